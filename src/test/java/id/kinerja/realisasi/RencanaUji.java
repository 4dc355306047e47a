package id.kinerja.realisasi;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Validity;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A fresh organisation in a past year (every period has started) with an approved PK carrying a
 * quarterly SUM IKU, a raw-data IKU, a monthly IKU and a yearly qualitative IKU (Opini BPK), and
 * Rencana Aksi activities with budget (one of them an Inisiatif Strategis).
 */
final class RencanaUji {

    static final int TAHUN = 2021;

    record Hasil(String unitKode, long unitId, long pkId, long ikuJumlah, long ikuRasio, long ikuBulanan,
            long ikuOpini, long kegiatanKajian, long kegiatanRapat, long kegiatanIs, Map<Long, String> kode) {
    }

    private RencanaUji() {
    }

    static Hasil buat(OrganisasiService organisasi, PerencanaanService perencanaan, RencanaAksiService renaksi) {
        String akhiran = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unitKode = "H8-" + akhiran;
        var org = organisasi.buatTanpaPemeriksaan(new OrganisasiService.OrganisasiBaru("ORGH8-" + akhiran,
                "Organisasi Uji " + akhiran, "H8" + akhiran, "KEMENLU_BSC", "Jakarta",
                List.of(new OrganisasiService.LevelBaru("WIDE", "Wide", true),
                        new OrganisasiService.LevelBaru("ONE", "One", true)),
                "Kementerian Uji " + akhiran, unitKode, "Menteri Uji"));
        organisasi.bukaTahunTanpaPemeriksaan(org.id(), TAHUN);
        long unitId = org.unitAkarId();
        long pk = perencanaan.buka(unitId, TAHUN).id();
        Long s1 = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya kualitas rekomendasi kebijakan", null,
                Perspective.STAKEHOLDER, 1);
        Long s2 = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Layanan yang prima", null, Perspective.INTERNAL_PROCESS, 1);
        Long jumlah = perencanaan.simpanIku(pk, perencanaan.versi(pk), s1, null, iku("Jumlah rekomendasi kebijakan", "rekomendasi",
                PeriodConsolidation.SUM, JenisPeriode.TRIWULAN, "100", null, null));
        perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), jumlah, traj("10", "20", "30", "40"));
        Long rasio = perencanaan.simpanIku(pk, perencanaan.versi(pk), s2, null, iku("Persentase layanan tepat waktu", "%",
                PeriodConsolidation.TAKE_LAST_KNOWN, JenisPeriode.TRIWULAN, "90", "Layanan tepat waktu",
                "Seluruh layanan"));
        perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), rasio, traj("90", "90", "90", "90"));
        Long bulanan = perencanaan.simpanIku(pk, perencanaan.versi(pk), s2, null, iku("Jumlah layanan konsuler", "layanan",
                PeriodConsolidation.SUM, JenisPeriode.BULAN, "120", null, null));
        perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), bulanan, Collections.nCopies(12, new BigDecimal("10")));
        Long opini = perencanaan.simpanIku(pk, perencanaan.versi(pk), s2, null, iku("Opini BPK atas laporan keuangan", "Opini BPK",
                PeriodConsolidation.TAKE_LAST_KNOWN, JenisPeriode.TAHUN, "4", null, null));
        long kajian = renaksi.tambahKegiatan(pk, perencanaan.versi(pk), jumlah, new RencanaAksiService.KegiatanParameters(1,
                "Penyusunan kajian kebijakan", new BigDecimal("25000000"), "Dokumen kajian", false, null, null));
        long rapat = renaksi.tambahKegiatan(pk, perencanaan.versi(pk), jumlah, new RencanaAksiService.KegiatanParameters(2,
                "Rapat koordinasi lintas K/L", new BigDecimal("75000000"), "Notulen rapat", false, null, null));
        long is = renaksi.tambahKegiatan(pk, perencanaan.versi(pk), rasio, new RencanaAksiService.KegiatanParameters(1,
                "Digitalisasi layanan antrean", new BigDecimal("50000000"), "Aplikasi antrean", true,
                LocalDate.of(TAHUN, 2, 1), LocalDate.of(TAHUN, 9, 30)));
        perencanaan.ajukan(pk, perencanaan.pkById(pk).version());
        PkUji.tetapkan(perencanaan, pk);
        Map<Long, String> kode = perencanaan.pkById(pk).sasaran().stream().flatMap(s -> s.iku().stream())
                .collect(Collectors.toMap(PerencanaanService.IkuView::id,
                        PerencanaanService.IkuView::kode));
        return new Hasil(unitKode, unitId, pk, jumlah, rasio, bulanan, opini, kajian, rapat, is, kode);
    }

    static IkuParameters iku(String nama, String satuan, PeriodConsolidation kons, JenisPeriode periode,
            String target, String labelPembilang, String labelPenyebut) {
        return IkuMother.iku(nama).satuan(satuan).bsc(Validity.EXACT, Control.MODERATE).konsolidasi(kons)
                .periode(periode).target(target).rasio(labelPembilang, labelPenyebut).build();
    }

    static List<BigDecimal> traj(String... v) {
        return Arrays.stream(v).map(BigDecimal::new).toList();
    }
}
