package id.kinerja.realisasi;

import id.kinerja.scoring.PeriodConsolidator;
import java.math.BigDecimal;

/**
 * One value as entered, already parsed and checked: exactly one of a number, a raw pair, a scale
 * label (with its number) or an explicit n/a with its reason. {@code nilai} is the number scored.
 */
public record NilaiMasukan(JenisNilai jenis, BigDecimal nilai, BigDecimal pembilang, BigDecimal penyebut,
        String label, String alasan) {

    public static NilaiMasukan angka(BigDecimal nilai) {
        return new NilaiMasukan(JenisNilai.ANGKA, nilai, null, null, null, null);
    }

    public static NilaiMasukan rasio(BigDecimal pembilang, BigDecimal penyebut) {
        return new NilaiMasukan(JenisNilai.RASIO, PeriodConsolidator.ratio(pembilang, penyebut),
                pembilang, penyebut, null, null);
    }

    public static NilaiMasukan label(String label, BigDecimal nilaiSkala) {
        return new NilaiMasukan(JenisNilai.LABEL, nilaiSkala, null, null, label, null);
    }

    public static NilaiMasukan na(String alasan) {
        return new NilaiMasukan(JenisNilai.NA, null, null, null, null, alasan);
    }
}
