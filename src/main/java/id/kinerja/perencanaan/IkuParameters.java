package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;

/** Every field of the Manual IKU (Kemenlu Gambar 3.20) plus Marves' quality tier and raw-data labels. */
public record IkuParameters(int urutan, String nama, String definisi, String formula, String tujuan, String satuan,
        Validity validitas, Control kendali, QualityTier kualitas, String penanggungJawab, String penyediaData,
        String sumberData, JenisCascading jenisCascading, MetodeCascading metodeCascading,
        PeriodConsolidation konsolidasiPeriode, LocationConsolidation konsolidasiLokasi, Polarization polarisasi,
        JenisPeriode periodePelaporan, boolean targetMaksimum, BigDecimal target, BigDecimal targetBawah,
        BigDecimal targetAtas, String labelPembilang, String labelPenyebut, BigDecimal dataY2Target,
        BigDecimal dataY2Realisasi, BigDecimal dataY1Target, BigDecimal dataY1Realisasi) {
}
