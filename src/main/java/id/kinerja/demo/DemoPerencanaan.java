package id.kinerja.demo;

import static id.kinerja.perencanaan.JenisCascading.C;
import static id.kinerja.perencanaan.JenisCascading.CP;
import static id.kinerja.perencanaan.JenisCascading.N;
import static id.kinerja.perencanaan.MetodeCascading.DIRECT;
import static id.kinerja.perencanaan.MetodeCascading.INDIRECT;
import static id.kinerja.scoring.Control.LOW;
import static id.kinerja.scoring.Control.MODERATE;
import static id.kinerja.scoring.PeriodConsolidation.AVERAGE;
import static id.kinerja.scoring.PeriodConsolidation.SUM;
import static id.kinerja.scoring.PeriodConsolidation.TAKE_LAST_KNOWN;
import static id.kinerja.scoring.Perspective.CUSTOMER;
import static id.kinerja.scoring.Perspective.INTERNAL_PROCESS;
import static id.kinerja.scoring.Perspective.LEARNING_GROWTH;
import static id.kinerja.scoring.Perspective.STAKEHOLDER;
import static id.kinerja.scoring.QualityTier.IMMEDIATE_OUTCOME;
import static id.kinerja.scoring.QualityTier.INTERMEDIATE_OUTCOME;
import static id.kinerja.scoring.QualityTier.OUTPUT;
import static id.kinerja.scoring.QualityTier.ULTIMATE_OUTCOME;
import static id.kinerja.scoring.Validity.ACTIVITY;
import static id.kinerja.scoring.Validity.EXACT;
import static id.kinerja.scoring.Validity.PROXY;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.PerencanaanService.PkView;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's approved 2026 plans: a Perjanjian Kinerja with Sasaran Strategis, IKU (complete Manual
 * IKU) and Rencana Aksi trajectory for Kemenlu (ministry, Setjen, Biro Perencanaan and one
 * Analis Kebijakan) and Kemenko Marves (ministry, Deputi I, Asdep Energi), each drafted, submitted
 * and approved through {@link PerencanaanService} so that every planning rule is applied to it.
 * ASTIMPAS, ROKEU, M-ASDEP-KM and M-ASDEP-INV are deliberately left without a PK: they are where a
 * new user (and the browser tests) start drafting from scratch.
 */
@Component
class DemoPerencanaan {

    private static final Logger log = LoggerFactory.getLogger(DemoPerencanaan.class);

    private final PerencanaanService perencanaan;

    DemoPerencanaan(PerencanaanService perencanaan) {
        this.perencanaan = perencanaan;
    }

    /** Runs inside DemoData's transaction and security context (the super admin). */
    void seed(Map<String, Long> unitIds) {
        long mulai = System.nanoTime();
        List<Rencana> rencana = List.of(kemenlu(), setjen(), roren(), analisEvaluasi(), marves(), deputiSatu(),
                asdepEnergi());
        for (Rencana r : rencana) {
            Long unitId = unitIds.get(r.unit());
            if (unitId == null) {
                throw new IllegalStateException("Unit demo tidak ditemukan: " + r.unit());
            }
            susun(unitId, r);
        }
        log.info("Demo plans: {} approved {} PKs in {} ms", rencana.size(), DemoData.TAHUN_DEMO,
                (System.nanoTime() - mulai) / 1_000_000);
    }

    /**
     * Heads of the units that have no PIMPINAN account in the demo (fictitious names and NIPs), so
     * that the printed PK carries a name on both signature blocks. A minister has no NIP.
     */
    private static final Map<String, Pejabat> PEJABAT = Map.of(
            "KEMENLU", new Pejabat("Dr. Arief Nugroho Wicaksono", null),
            "ROREN", new Pejabat("Dewi Lestari Rahayu, S.IP., M.A.", "197903142005012901"),
            "ROREN-PK-EVA", new Pejabat("Intan Permatasari, S.E., M.M.", "198606092010122903"),
            "ROREN-PK-EVA-01", new Pejabat("Fajar Ramadhan, S.Sos.", "199002172015031902"),
            "MARVES", new Pejabat("Ir. Budi Hartawan, M.Sc.", null),
            "M-ASDEP-EN", new Pejabat("Dr. Rahmat Hidayat, S.T., M.T.", "197506212002121904"));

    private record Pejabat(String nama, String nip) {
    }

    private void susun(Long unitId, Rencana r) {
        PkView awal = perencanaan.buka(unitId, DemoData.TAHUN_DEMO);
        Long pkId = awal.id();
        lengkapiPihak(awal, r);
        for (int s = 0; s < r.sasaran().size(); s++) {
            Ss ss = r.sasaran().get(s);
            Long ssId = perencanaan.simpanSasaran(pkId, null, ss.nama(), ss.deskripsi(), ss.perspektif(), s + 1);
            for (int k = 0; k < ss.iku().size(); k++) {
                Iku iku = ss.iku().get(k);
                Long ikuId = perencanaan.simpanIku(pkId, ssId, null, iku.parameters(k + 1));
                if (iku.periode != JenisPeriode.TAHUN) {
                    perencanaan.simpanTrajektori(pkId, ikuId, iku.trajektori);
                }
            }
        }
        PkView pk = perencanaan.pkById(pkId);
        if (!pk.masalah().isEmpty()) {
            throw new IllegalStateException("PK demo " + r.unit() + " belum lengkap: " + pk.masalah());
        }
        perencanaan.ajukan(pkId, pk.version());
        perencanaan.tetapkan(pkId, perencanaan.pkById(pkId).version());
    }

    /** Fills a party the tree left empty (no PIMPINAN account) from {@link #PEJABAT}. */
    private void lengkapiPihak(PkView pk, Rencana r) {
        Pejabat pertama = pk.pihakPertamaNama() == null ? PEJABAT.get(r.unit()) : null;
        Pejabat kedua = pk.pihakKeduaNama() == null && r.induk() != null ? PEJABAT.get(r.induk()) : null;
        if (pertama == null && kedua == null) {
            return;
        }
        perencanaan.ubahPihak(pk.id(), pk.version(),
                pertama == null ? pk.pihakPertamaNama() : pertama.nama(),
                pertama == null ? pk.pihakPertamaNip() : pertama.nip(),
                kedua == null ? pk.pihakKeduaNama() : kedua.nama(), pk.pihakKeduaJabatan(),
                kedua == null ? pk.pihakKeduaNip() : kedua.nip(), false);
    }

    // -------------------------------------------------------------------------------------------
    // Kemenlu (rulebook KEMENLU_BSC: validity × control, four perspectives)

    private static Rencana kemenlu() {
        return new Rencana("KEMENLU", null, List.of(
                ss(STAKEHOLDER, "Terwujudnya diplomasi yang berdampak bagi kepentingan nasional",
                        "Kesepakatan dan prakarsa internasional yang dihasilkan diplomasi Indonesia ditindaklanjuti "
                                + "di dalam negeri dan memberi manfaat nyata bagi kepentingan nasional.",
                        iku("Persentase tindak lanjut kesepakatan internasional oleh stakeholders dalam negeri", "%")
                                .manual("Kesepakatan internasional yang telah ditandatangani Pemerintah RI dan "
                                        + "ditindaklanjuti oleh kementerian/lembaga atau pemangku kepentingan dalam "
                                        + "negeri melalui kebijakan, program, atau kegiatan.",
                                        "Jumlah kesepakatan yang ditindaklanjuti / jumlah kesepakatan yang "
                                                + "ditandatangani × 100%",
                                        "Mengukur manfaat hasil diplomasi bagi kepentingan nasional.")
                                .bsc(EXACT, MODERATE)
                                .data("Direktur Jenderal Kerja Sama Multilateral", "Biro Perencanaan dan Organisasi",
                                        "Laporan tindak lanjut kesepakatan dari satuan kerja")
                                .cascading(CP, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Jumlah kesepakatan yang ditindaklanjuti",
                                        "Jumlah kesepakatan yang ditandatangani")
                                .target("80").triwulan(TAKE_LAST_KNOWN, "25", "50", "65", "80")
                                .riwayat("75", "78.5", "78", "79.2"),
                        iku("Jumlah kesepakatan hasil perundingan di bidang diplomasi maritim, politik dan keamanan, "
                                + "dan perbatasan", "kesepakatan")
                                .manual("Naskah kesepakatan (perjanjian, MoU, joint statement) hasil perundingan "
                                        + "bilateral, regional, dan multilateral di bidang diplomasi maritim, politik "
                                        + "dan keamanan, serta perbatasan yang disepakati para pihak.",
                                        "Σ naskah kesepakatan yang disepakati dalam tahun berjalan",
                                        "Mengukur hasil perundingan yang menjaga kedaulatan dan keutuhan wilayah.")
                                .bsc(PROXY, MODERATE)
                                .data("Direktur Jenderal Asia Pasifik dan Afrika", "Direktorat Perjanjian Politik, "
                                        + "Keamanan, dan Kewilayahan", "Treaty Room dan laporan perundingan")
                                .cascading(CP, INDIRECT, LocationConsolidation.SUM)
                                .target("6").triwulan(SUM, "1", "2", "2", "1")
                                .riwayat("5", "5", "6", "7"),
                        iku("Indeks citra Indonesia di dunia internasional", "indeks (skala 1–5)")
                                .manual("Persepsi publik di negara akreditasi terhadap Indonesia yang diukur melalui "
                                        + "survei persepsi di seluruh Perwakilan RI dengan skala 1 (sangat negatif) "
                                        + "sampai 5 (sangat positif).",
                                        "Rata-rata indeks citra Indonesia hasil survei seluruh Perwakilan RI",
                                        "Mengukur keberhasilan diplomasi publik dalam membangun citra positif "
                                                + "Indonesia.")
                                .bsc(PROXY, LOW)
                                .data("Direktur Jenderal Informasi dan Diplomasi Publik",
                                        "Direktorat Diplomasi Publik", "Laporan survei persepsi Perwakilan RI")
                                .cascading(CP, INDIRECT, LocationConsolidation.AVERAGE)
                                .target("4").tahunan()
                                .riwayat(null, null, "3.8", "3.9")),
                ss(CUSTOMER, "Meningkatnya kualitas perlindungan WNI di luar negeri",
                        "WNI dan BHI di luar negeri memperoleh pelayanan dan perlindungan yang cepat, tepat, dan "
                                + "sesuai standar pelayanan.",
                        iku("Indeks Pelayanan dan Perlindungan WNI dan BHI", "indeks (skala 0–100)")
                                .manual("Indeks gabungan kecepatan penanganan kasus, kepatuhan terhadap standar "
                                        + "pelayanan, dan kepuasan WNI/BHI yang dilayani Perwakilan RI.",
                                        "Σ (bobot komponen × nilai komponen)",
                                        "Mengukur kualitas pelayanan dan pelindungan WNI dan BHI di luar negeri.")
                                .bsc(EXACT, MODERATE)
                                .data("Direktur Jenderal Protokol dan Konsuler",
                                        "Direktorat Pelindungan WNI dan BHI", "Portal Peduli WNI dan survei kepuasan")
                                .cascading(CP, DIRECT, null)
                                .target("80").triwulan(AVERAGE, "78", "80", "80", "82")
                                .riwayat("78", "79.1", "79", "80.4"),
                        iku("Persentase permasalahan WNI dan BHI di luar negeri yang diselesaikan", "%")
                                .manual("Kasus WNI dan BHI yang dilaporkan kepada Perwakilan RI dan dinyatakan "
                                        + "selesai (kasus ditutup) pada tahun berjalan.",
                                        "Jumlah kasus yang diselesaikan / jumlah kasus yang ditangani × 100%",
                                        "Mengukur efektivitas penanganan permasalahan WNI dan BHI.")
                                .bsc(EXACT, LOW)
                                .data("Direktur Jenderal Protokol dan Konsuler",
                                        "Direktorat Pelindungan WNI dan BHI", "Portal Peduli WNI")
                                .cascading(CP, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Jumlah kasus yang diselesaikan", "Jumlah kasus yang ditangani")
                                .target("90").triwulan(TAKE_LAST_KNOWN, "40", "60", "75", "90")
                                .riwayat("85", "87.3", "88", "89.6")),
                ss(INTERNAL_PROCESS, "Terwujudnya tata kelola organisasi yang akuntabel",
                        "Pengelolaan anggaran, kinerja, dan organisasi Kemenlu yang tertib, transparan, dan dapat "
                                + "dipertanggungjawabkan.",
                        iku("Opini BPK atas Laporan Keuangan Kemenlu", "opini (WTP = 4)")
                                .manual("Opini Badan Pemeriksa Keuangan atas kewajaran Laporan Keuangan Kemenlu: "
                                        + "WTP = 4, WDP = 3, Tidak Wajar = 2, Tidak Menyatakan Pendapat = 1.",
                                        "Opini BPK atas Laporan Keuangan Kemenlu tahun anggaran sebelumnya",
                                        "Mengukur akuntabilitas pengelolaan keuangan Kemenlu.")
                                .bsc(PROXY, LOW)
                                .data("Sekretaris Jenderal", "Biro Keuangan", "Laporan Hasil Pemeriksaan BPK")
                                .cascading(CP, DIRECT, null)
                                .target("4").maksimum().tahunan()
                                .riwayat("4", "4", "4", "4"),
                        iku("Persentase deviasi pagu anggaran Kemenlu antara perencanaan dan dokumen anggaran", "%")
                                .manual("Selisih antara pagu dalam dokumen perencanaan (Renja) dan pagu dalam dokumen "
                                        + "anggaran (DIPA) Kemenlu; semakin kecil deviasi semakin akurat perencanaan.",
                                        "|Pagu DIPA − pagu Renja| / pagu Renja × 100%",
                                        "Mengukur keselarasan perencanaan dan penganggaran.")
                                .bsc(EXACT, MODERATE)
                                .data("Sekretaris Jenderal", "Biro Perencanaan dan Organisasi",
                                        "Renja K/L dan DIPA Kemenlu")
                                .cascading(CP, DIRECT, null).minimize()
                                .target("5").triwulan(AVERAGE, "5", "5", "5", "5")
                                .riwayat("7", "6.4", "6", "5.8"),
                        iku("Persentase realisasi anggaran Kemenlu", "%")
                                .manual("Realisasi belanja Kemenlu terhadap pagu DIPA; dinilai baik bila berada di "
                                        + "rentang 95–100% (tidak terlalu rendah dan tidak melampaui pagu).",
                                        "Realisasi belanja / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran sesuai rencana.")
                                .bsc(PROXY, MODERATE)
                                .data("Sekretaris Jenderal", "Biro Keuangan", "OM-SPAN Kementerian Keuangan")
                                .cascading(CP, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Realisasi belanja", "Pagu DIPA")
                                .stabilize("95", "100").tahunan()
                                .riwayat("95", "96.2", "95", "97.1")),
                ss(LEARNING_GROWTH, "Meningkatnya kompetensi SDM",
                        "Pegawai Kemenlu memiliki kompetensi teknis, manajerial, dan sosial kultural sesuai "
                                + "standar jabatan untuk mendukung diplomasi.",
                        iku("Persentase pegawai yang memenuhi standar kompetensi jabatan", "%")
                                .manual("Pegawai yang hasil penilaian kompetensinya memenuhi atau melampaui standar "
                                        + "kompetensi jabatan yang diduduki.",
                                        "Jumlah pegawai yang memenuhi standar / jumlah pegawai yang dinilai × 100%",
                                        "Mengukur kesesuaian kompetensi pegawai dengan jabatannya.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Biro Kepegawaian", "Pusat Pendidikan dan Pelatihan",
                                        "Hasil asesmen kompetensi (SIMPEG)")
                                .cascading(CP, INDIRECT, LocationConsolidation.AVERAGE)
                                .target("75").triwulan(TAKE_LAST_KNOWN, "55", "62", "70", "75")
                                .riwayat(null, null, "65", "68.2"),
                        iku("Persentase SDM Kemenlu yang memiliki nilai TOEFL di atas 550", "%")
                                .manual("Pegawai yang memiliki sertifikat TOEFL (atau setara) dengan skor di atas 550 "
                                        + "yang masih berlaku.",
                                        "Jumlah pegawai dengan skor TOEFL > 550 / jumlah pegawai × 100%",
                                        "Mengukur kemampuan bahasa asing sebagai kompetensi dasar diplomat.")
                                .bsc(EXACT, LOW)
                                .data("Kepala Pusat Pendidikan dan Pelatihan", "Pusat Pendidikan dan Pelatihan",
                                        "Basis data sertifikat bahasa pegawai")
                                .cascading(N, null, null)
                                .target("55").triwulan(TAKE_LAST_KNOWN, "40", "45", "50", "55")
                                .riwayat("45", "46.8", "50", "51.5"))));
    }

    private static Rencana setjen() {
        return new Rencana("SETJEN", "KEMENLU", List.of(
                ss(CUSTOMER, "Meningkatnya kualitas layanan dukungan manajemen bagi satuan kerja Kemenlu",
                        "Satuan kerja pusat dan Perwakilan RI memperoleh layanan perencanaan, keuangan, kepegawaian, "
                                + "dan umum yang cepat dan andal.",
                        iku("Indeks kepuasan satuan kerja terhadap layanan Sekretariat Jenderal", "indeks (skala 1–4)")
                                .manual("Tingkat kepuasan satuan kerja pusat dan Perwakilan RI atas layanan "
                                        + "Sekretariat Jenderal, diukur dengan survei triwulanan skala 1–4.",
                                        "Rata-rata nilai survei kepuasan seluruh responden satuan kerja",
                                        "Mengukur kualitas layanan dukungan manajemen.")
                                .bsc(PROXY, MODERATE)
                                .data("Sekretaris Jenderal", "Biro Perencanaan dan Organisasi",
                                        "Survei kepuasan layanan internal")
                                .cascading(N, null, null)
                                .target("3.4").triwulan(AVERAGE, "3.3", "3.4", "3.4", "3.5")
                                .riwayat("3.2", "3.25", "3.3", "3.31"),
                        iku("Rata-rata waktu penyelesaian layanan administrasi kepegawaian", "hari kerja")
                                .manual("Waktu sejak berkas usulan layanan kepegawaian (kenaikan pangkat, mutasi, "
                                        + "pensiun) diterima lengkap sampai keputusan diterbitkan.",
                                        "Σ hari penyelesaian layanan / jumlah layanan yang diselesaikan",
                                        "Mengukur kecepatan layanan kepegawaian.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Biro Kepegawaian", "Biro Kepegawaian", "Aplikasi layanan kepegawaian")
                                .cascading(N, null, null).minimize()
                                .target("5").triwulan(AVERAGE, "6", "5", "5", "4")
                                .riwayat(null, null, "7", "6.2")),
                ss(INTERNAL_PROCESS, "Terwujudnya tata kelola organisasi yang akuntabel",
                        "Sekretariat Jenderal mengelola keuangan dan kinerja Kemenlu secara tertib dan akuntabel.",
                        iku("Opini BPK atas Laporan Keuangan Kemenlu", "opini (WTP = 4)")
                                .manual("Opini Badan Pemeriksa Keuangan atas kewajaran Laporan Keuangan Kemenlu: "
                                        + "WTP = 4, WDP = 3, Tidak Wajar = 2, Tidak Menyatakan Pendapat = 1.",
                                        "Opini BPK atas Laporan Keuangan Kemenlu tahun anggaran sebelumnya",
                                        "Mengukur akuntabilitas pengelolaan keuangan Kemenlu.")
                                .bsc(PROXY, LOW)
                                .data("Sekretaris Jenderal", "Biro Keuangan", "Laporan Hasil Pemeriksaan BPK")
                                .cascading(CP, DIRECT, null)
                                .target("4").maksimum().tahunan()
                                .riwayat("4", "4", "4", "4"),
                        iku("Persentase realisasi anggaran Sekretariat Jenderal", "%")
                                .manual("Realisasi belanja Sekretariat Jenderal terhadap pagu DIPA, kumulatif sampai "
                                        + "akhir triwulan; dinilai baik bila mendekati rencana penarikan dana.",
                                        "Realisasi belanja kumulatif / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran sesuai rencana penarikan dana.")
                                .bsc(PROXY, MODERATE)
                                .data("Sekretaris Jenderal", "Biro Keuangan", "OM-SPAN Kementerian Keuangan")
                                .cascading(CP, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Realisasi belanja kumulatif", "Pagu DIPA")
                                .stabilize().target("95").triwulan(TAKE_LAST_KNOWN, "20", "45", "70", "95")
                                .riwayat("95", "96.4", "95", "95.8"),
                        iku("Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti", "%")
                                .manual("Rekomendasi BPK atas Laporan Keuangan Kemenlu yang telah ditindaklanjuti "
                                        + "sesuai rekomendasi dan dinyatakan selesai oleh BPK.",
                                        "Jumlah rekomendasi selesai ditindaklanjuti / jumlah rekomendasi × 100%",
                                        "Mengukur kepatuhan terhadap hasil pemeriksaan.")
                                .bsc(EXACT, MODERATE)
                                .data("Sekretaris Jenderal", "Inspektorat Jenderal",
                                        "Sistem Informasi Pemantauan Tindak Lanjut BPK")
                                .cascading(N, null, null)
                                .rasio("Jumlah rekomendasi selesai ditindaklanjuti", "Jumlah rekomendasi")
                                .target("90").triwulan(TAKE_LAST_KNOWN, "30", "50", "70", "90")
                                .riwayat("85", "82.4", "85", "88.1")),
                ss(LEARNING_GROWTH, "Meningkatnya kompetensi SDM",
                        "Pegawai Sekretariat Jenderal memenuhi standar kompetensi jabatan dan terus mengembangkan "
                                + "dirinya.",
                        iku("Persentase pegawai yang memenuhi standar kompetensi jabatan", "%")
                                .manual("Pegawai Sekretariat Jenderal yang hasil penilaian kompetensinya memenuhi "
                                        + "atau melampaui standar kompetensi jabatan yang diduduki.",
                                        "Jumlah pegawai yang memenuhi standar / jumlah pegawai yang dinilai × 100%",
                                        "Mengukur kesesuaian kompetensi pegawai dengan jabatannya.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Biro Kepegawaian", "Biro Kepegawaian", "Hasil asesmen kompetensi (SIMPEG)")
                                .cascading(CP, INDIRECT, LocationConsolidation.AVERAGE)
                                .target("75").triwulan(TAKE_LAST_KNOWN, "55", "62", "70", "75")
                                .riwayat(null, null, "65", "67.9"),
                        iku("Jumlah jam pelajaran pengembangan kompetensi per pegawai", "jam pelajaran")
                                .manual("Rata-rata jam pelajaran pelatihan, seminar, coaching, dan e-learning yang "
                                        + "diikuti pegawai Sekretariat Jenderal dan tercatat di SIMPEG.",
                                        "Σ jam pelajaran seluruh pegawai / jumlah pegawai",
                                        "Memastikan setiap pegawai memperoleh hak pengembangan kompetensi minimal "
                                                + "20 JP setahun.")
                                .bsc(ACTIVITY, MODERATE)
                                .data("Kepala Biro Kepegawaian", "Pusat Pendidikan dan Pelatihan", "SIMPEG")
                                .cascading(N, null, null)
                                .target("20").triwulan(SUM, "5", "5", "5", "5")
                                .riwayat("20", "18", "20", "21.5"))));
    }

    private static Rencana roren() {
        return new Rencana("ROREN", "SETJEN", List.of(
                ss(CUSTOMER, "Meningkatnya kualitas perencanaan dan penganggaran Kemenlu",
                        "Dokumen perencanaan dan penganggaran Kemenlu selaras, tepat waktu, dan memenuhi kaidah "
                                + "perencanaan kinerja.",
                        iku("Persentase deviasi pagu anggaran Kemenlu antara perencanaan dan dokumen anggaran", "%")
                                .manual("Selisih antara pagu dalam dokumen perencanaan (Renja) dan pagu dalam dokumen "
                                        + "anggaran (DIPA) Kemenlu; semakin kecil deviasi semakin akurat perencanaan.",
                                        "|Pagu DIPA − pagu Renja| / pagu Renja × 100%",
                                        "Mengukur keselarasan perencanaan dan penganggaran.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Perencanaan Anggaran",
                                        "Renja K/L dan DIPA Kemenlu")
                                .cascading(CP, DIRECT, null).minimize()
                                .target("5").triwulan(AVERAGE, "5", "5", "5", "5")
                                .riwayat("7", "6.4", "6", "5.8"),
                        iku("Persentase dokumen perencanaan kinerja satuan kerja yang memenuhi kaidah SMART", "%")
                                .manual("Dokumen PK, Manual IKU, dan rencana aksi satuan kerja yang lolos reviu "
                                        + "Biro Perencanaan karena sasarannya spesifik, terukur, dapat dicapai, relevan, "
                                        + "dan berbatas waktu.",
                                        "Jumlah dokumen yang memenuhi kaidah / jumlah dokumen yang direviu × 100%",
                                        "Mengukur kualitas perencanaan kinerja di seluruh satuan kerja.")
                                .bsc(PROXY, MODERATE)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Perencanaan Kinerja",
                                        "Lembar reviu dokumen perencanaan kinerja")
                                .cascading(N, null, null)
                                .rasio("Jumlah dokumen yang memenuhi kaidah", "Jumlah dokumen yang direviu")
                                .target("90").triwulan(TAKE_LAST_KNOWN, "25", "50", "75", "90")
                                .riwayat(null, null, "80", "83.3")),
                ss(INTERNAL_PROCESS, "Terwujudnya akuntabilitas kinerja organisasi yang efektif",
                        "Sistem akuntabilitas kinerja Kemenlu diterapkan secara konsisten dari tingkat kementerian "
                                + "sampai pegawai.",
                        iku("Nilai SAKIP Kementerian Luar Negeri", "nilai (skala 0–100)")
                                .manual("Nilai hasil evaluasi implementasi Sistem Akuntabilitas Kinerja Instansi "
                                        + "Pemerintah oleh Kementerian PANRB.",
                                        "Nilai evaluasi SAKIP yang ditetapkan Kementerian PANRB",
                                        "Mengukur efektivitas penerapan manajemen kinerja Kemenlu.")
                                .bsc(PROXY, LOW)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Perencanaan Kinerja",
                                        "Laporan Hasil Evaluasi SAKIP Kementerian PANRB")
                                .cascading(CP, DIRECT, null)
                                .target("80").tahunan()
                                .riwayat("76", "77.12", "78", "78.65"),
                        iku("Persentase dokumen RB bidang penguatan akuntabilitas kinerja yang dipenuhi", "%")
                                .manual("Dokumen evidence Reformasi Birokrasi area penguatan akuntabilitas kinerja yang "
                                        + "telah dipenuhi dan diunggah ke Virtual Sekretariat RB Kemenlu.",
                                        "Jumlah dokumen dipenuhi / jumlah dokumen yang dipersyaratkan × 100%",
                                        "Mendukung pencapaian Nilai Reformasi Birokrasi Kemenlu.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Organisasi dan Tata Laksana",
                                        "Virtual Sekretariat RB Kemenlu")
                                .cascading(CP, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Jumlah dokumen dipenuhi", "Jumlah dokumen yang dipersyaratkan")
                                .target("100").triwulan(TAKE_LAST_KNOWN, "25", "50", "75", "100")
                                .riwayat("100", "92", "100", "96.5"),
                        iku("Persentase realisasi anggaran Biro Perencanaan dan Organisasi", "%")
                                .manual("Realisasi belanja Biro Perencanaan dan Organisasi terhadap pagu DIPA; dinilai "
                                        + "baik bila berada di rentang 93–100%.",
                                        "Realisasi belanja / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran sesuai rencana.")
                                .bsc(PROXY, MODERATE)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Tata Usaha Biro",
                                        "OM-SPAN Kementerian Keuangan")
                                .cascading(CP, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Realisasi belanja", "Pagu DIPA")
                                .stabilize("93", "100").tahunan()
                                .riwayat("95", "94.1", "95", "96.3")),
                ss(LEARNING_GROWTH, "Meningkatnya kapasitas pengelola kinerja",
                        "Pengelola kinerja di satuan kerja pusat dan Perwakilan RI mampu menyusun, memantau, dan "
                                + "melaporkan kinerja sesuai pedoman.",
                        iku("Indeks efektivitas coaching implementasi SAKIP", "indeks (skala 0–100)")
                                .manual("Penilaian peserta dan pendamping atas efektivitas coaching implementasi SAKIP "
                                        + "yang diselenggarakan Biro Perencanaan setiap triwulan.",
                                        "Rata-rata nilai evaluasi coaching seluruh peserta",
                                        "Mengukur efektivitas pembinaan pengelola kinerja.")
                                .bsc(PROXY, MODERATE)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Perencanaan Kinerja",
                                        "Formulir evaluasi coaching")
                                .cascading(N, null, null)
                                .target("75").triwulan(AVERAGE, "80", "70", "75", "75")
                                .riwayat("70", "73.75", "72", "74.1"),
                        iku("Jumlah pengelola kinerja yang mengikuti bimbingan teknis SAKIP", "orang")
                                .manual("Pengelola kinerja satuan kerja pusat dan Perwakilan RI yang menyelesaikan "
                                        + "bimbingan teknis penyusunan PK, Manual IKU, dan laporan kinerja.",
                                        "Σ peserta yang menyelesaikan bimbingan teknis",
                                        "Memperluas jumlah pengelola kinerja yang terlatih.")
                                .bsc(ACTIVITY, MODERATE)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Perencanaan Kinerja",
                                        "Daftar hadir dan sertifikat bimbingan teknis")
                                .cascading(N, null, null)
                                .target("130").triwulan(SUM, "30", "40", "40", "20")
                                .riwayat("100", "112", "120", "126"))));
    }

    /** ROREN-PK-EVA-01, level Five: not a map owner, so only validity weights its IKU (CKP). */
    private static Rencana analisEvaluasi() {
        return new Rencana("ROREN-PK-EVA-01", "ROREN-PK-EVA", List.of(
                ss(INTERNAL_PROCESS, "Terwujudnya evaluasi kinerja satuan kerja yang berkualitas",
                        "Evaluasi implementasi SAKIP satuan kerja dilaksanakan tuntas, tepat waktu, dan menghasilkan "
                                + "rekomendasi perbaikan.",
                        iku("Persentase satuan kerja yang dievaluasi implementasi SAKIP-nya", "%")
                                .manual("Satuan kerja di wilayah evaluasi yang telah dievaluasi implementasi SAKIP-nya "
                                        + "dan menerima laporan hasil evaluasi.",
                                        "Jumlah satuan kerja dievaluasi / jumlah satuan kerja dalam rencana × 100%",
                                        "Mendukung cakupan evaluasi SAKIP seluruh satuan kerja Kemenlu.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Subbagian Evaluasi Kinerja", "Analis Kebijakan Ahli Muda",
                                        "Laporan hasil evaluasi SAKIP")
                                .cascading(C, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Jumlah satuan kerja dievaluasi", "Jumlah satuan kerja dalam rencana")
                                .target("100").triwulan(TAKE_LAST_KNOWN, "20", "45", "75", "100")
                                .riwayat("100", "95", "100", "100"),
                        iku("Jumlah laporan hasil evaluasi kinerja yang disampaikan kepada pimpinan", "laporan")
                                .manual("Laporan hasil evaluasi kinerja triwulanan yang disusun dan disampaikan kepada "
                                        + "Kepala Biro Perencanaan dan Organisasi.",
                                        "Σ laporan yang disampaikan",
                                        "Menyediakan bahan dialog kinerja bagi pimpinan setiap triwulan.")
                                .bsc(ACTIVITY, MODERATE)
                                .data("Kepala Subbagian Evaluasi Kinerja", "Analis Kebijakan Ahli Muda",
                                        "Arsip nota dinas penyampaian laporan")
                                .cascading(N, null, null)
                                .target("4").triwulan(SUM, "1", "1", "1", "1")
                                .riwayat("4", "4", "4", "4"),
                        iku("Rata-rata waktu penyusunan laporan hasil evaluasi", "hari kerja")
                                .manual("Waktu sejak evaluasi lapangan selesai sampai laporan hasil evaluasi "
                                        + "disampaikan kepada satuan kerja.",
                                        "Σ hari penyusunan laporan / jumlah laporan",
                                        "Mempercepat umpan balik hasil evaluasi kepada satuan kerja.")
                                .bsc(PROXY, MODERATE)
                                .data("Kepala Subbagian Evaluasi Kinerja", "Analis Kebijakan Ahli Muda",
                                        "Agenda surat keluar Biro Perencanaan dan Organisasi")
                                .cascading(N, null, null).minimize()
                                .target("10").triwulan(AVERAGE, "12", "10", "10", "8")
                                .riwayat(null, null, "14", "12.5")),
                ss(LEARNING_GROWTH, "Meningkatnya kompetensi SDM",
                        "Analis kebijakan menguasai metode evaluasi kinerja dan analisis kebijakan.",
                        iku("Jumlah jam pelajaran pengembangan kompetensi yang diikuti", "jam pelajaran")
                                .manual("Jam pelajaran pelatihan, seminar, atau e-learning yang diikuti dan tercatat "
                                        + "di SIMPEG.",
                                        "Σ jam pelajaran yang diikuti",
                                        "Memenuhi hak pengembangan kompetensi minimal 20 JP setahun.")
                                .bsc(ACTIVITY, MODERATE)
                                .data("Kepala Subbagian Evaluasi Kinerja", "Biro Kepegawaian", "SIMPEG")
                                .cascading(N, null, null)
                                .target("20").triwulan(SUM, "4", "6", "6", "4")
                                .riwayat("20", "24", "20", "22"),
                        iku("Nilai uji kompetensi teknis analis kebijakan", "nilai (skala 0–100)")
                                .manual("Nilai uji kompetensi teknis jabatan fungsional Analis Kebijakan yang "
                                        + "diselenggarakan instansi pembina.",
                                        "Nilai uji kompetensi yang diterbitkan instansi pembina",
                                        "Mengukur penguasaan kompetensi teknis jabatan.")
                                .bsc(PROXY, LOW)
                                .data("Kepala Subbagian Evaluasi Kinerja", "Biro Kepegawaian",
                                        "Sertifikat uji kompetensi LAN")
                                .cascading(N, null, null)
                                .target("80").tahunan()
                                .riwayat(null, null, "75", "78"))));
    }

    // -------------------------------------------------------------------------------------------
    // Kemenko Marves (rulebook MARVES: quality tiers, NKO, konversi-120 on at most 20 % of a PK's IKU)

    private static Rencana marves() {
        return new Rencana("MARVES", null, List.of(
                ss(STAKEHOLDER, "Terwujudnya ekonomi maritim yang inklusif dan kuat sebagai penggerak utama "
                        + "perekonomian nasional",
                        "Sektor maritim tumbuh dan menyumbang semakin besar bagi produk domestik bruto nasional.",
                        iku("Kontribusi PDB maritim terhadap perekonomian nasional", "%")
                                .manual("Porsi nilai tambah sektor-sektor maritim (perikanan, transportasi laut, "
                                        + "energi dan sumber daya mineral lepas pantai, pariwisata bahari, industri "
                                        + "maritim) terhadap PDB nasional.",
                                        "PDB sektor maritim / PDB nasional × 100%",
                                        "Mengukur peran ekonomi maritim dalam perekonomian nasional.")
                                .mutu(ULTIMATE_OUTCOME)
                                .data("Menteri Koordinator Bidang Kemaritiman dan Investasi",
                                        "Biro Perencanaan dan Keuangan", "Badan Pusat Statistik (PDB triwulanan)")
                                .cascading(CP, INDIRECT, LocationConsolidation.AVERAGE)
                                .target("8.5").triwulan(AVERAGE, "8.3", "8.5", "8.6", "8.6")
                                .riwayat("7.8", "7.92", "8.1", "8.05"),
                        iku("Pertumbuhan nilai investasi bidang jasa", "%")
                                .manual("Pertumbuhan realisasi investasi (PMA dan PMDN) sektor jasa dibandingkan "
                                        + "periode yang sama tahun sebelumnya, kumulatif sampai akhir triwulan.",
                                        "(Investasi jasa tahun n − investasi jasa tahun n-1) / investasi jasa tahun "
                                                + "n-1 × 100%",
                                        "Mengukur dampak koordinasi kebijakan terhadap iklim investasi.")
                                .mutu(INTERMEDIATE_OUTCOME)
                                .data("Deputi Bidang Koordinasi Investasi dan Pertambangan",
                                        "Biro Perencanaan dan Keuangan", "Kementerian Investasi/BKPM")
                                .cascading(C, DIRECT, null)
                                .target("3.5").triwulan(TAKE_LAST_KNOWN, "1", "2", "2.75", "3.5")
                                .riwayat("3", "3.2", "3.25", "3.1")),
                ss(STAKEHOLDER, "Meningkatnya koordinasi kebijakan kedaulatan maritim dan energi",
                        "Rekomendasi kebijakan hasil koordinasi Kemenko Marves di bidang kedaulatan maritim dan "
                                + "energi dilaksanakan oleh kementerian/lembaga terkait.",
                        iku("Persentase rekomendasi kebijakan kedaulatan maritim dan energi yang ditindaklanjuti "
                                + "kementerian/lembaga", "%")
                                .manual("Rekomendasi kebijakan hasil rapat koordinasi yang ditindaklanjuti "
                                        + "kementerian/lembaga dalam bentuk regulasi, program, atau kegiatan.",
                                        "Jumlah rekomendasi ditindaklanjuti / jumlah rekomendasi × 100%",
                                        "Mengukur efektivitas fungsi koordinasi dan sinkronisasi kebijakan.")
                                .mutu(INTERMEDIATE_OUTCOME)
                                .data("Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                        "Sekretariat Deputi Kedaulatan Maritim dan Energi",
                                        "Notula rapat koordinasi dan surat tindak lanjut K/L")
                                .cascading(C, DIRECT, null)
                                .rasio("Jumlah rekomendasi ditindaklanjuti", "Jumlah rekomendasi")
                                .target("80").triwulan(TAKE_LAST_KNOWN, "20", "45", "65", "80")
                                .riwayat("75", "76.5", "78", "79")),
                ss(INTERNAL_PROCESS, "Terwujudnya birokrasi yang efektif dan akuntabel",
                        "Layanan birokrasi Kemenko Marves modern, efektif, dan akuntabel.",
                        iku("Indeks Reformasi Birokrasi Kemenko Marves", "nilai (skala 0–100)")
                                .manual("Nilai hasil evaluasi pelaksanaan Reformasi Birokrasi oleh Kementerian PANRB.",
                                        "Nilai evaluasi RB yang ditetapkan Kementerian PANRB",
                                        "Mengukur kemajuan reformasi birokrasi.")
                                .mutu(IMMEDIATE_OUTCOME)
                                .data("Sekretaris Kementerian Koordinator", "Biro Perencanaan dan Keuangan",
                                        "Laporan Hasil Evaluasi RB Kementerian PANRB")
                                .cascading(N, null, null)
                                .target("80").tahunan()
                                .riwayat("77", "76.35", "78", "78.9"),
                        iku("Persentase realisasi anggaran Kemenko Marves", "%")
                                .manual("Realisasi belanja Kemenko Marves terhadap pagu DIPA; dinilai baik bila berada "
                                        + "di rentang 95–100%.",
                                        "Realisasi belanja / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran.")
                                .mutu(OUTPUT)
                                .data("Sekretaris Kementerian Koordinator", "Biro Perencanaan dan Keuangan",
                                        "OM-SPAN Kementerian Keuangan")
                                .cascading(C, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Realisasi belanja", "Pagu DIPA")
                                .stabilize("95", "100").tahunan()
                                .riwayat("95", "97.4", "95", "96.1"),
                        // saved last: 1 flagged of 6 IKU stays within the MARVES 20 % konversi-120 quota
                        iku("Opini BPK atas Laporan Keuangan Kemenko Marves", "opini (WTP = 4)")
                                .manual("Opini Badan Pemeriksa Keuangan atas Laporan Keuangan Kemenko Marves: "
                                        + "WTP = 4, WDP = 3, Tidak Wajar = 2, Tidak Menyatakan Pendapat = 1.",
                                        "Opini BPK atas Laporan Keuangan tahun anggaran sebelumnya",
                                        "Mengukur akuntabilitas pengelolaan keuangan.")
                                .mutu(IMMEDIATE_OUTCOME)
                                .data("Sekretaris Kementerian Koordinator", "Biro Perencanaan dan Keuangan",
                                        "Laporan Hasil Pemeriksaan BPK")
                                .cascading(N, null, null)
                                .target("4").maksimum().tahunan()
                                .riwayat("4", "4", "4", "4"))));
    }

    private static Rencana deputiSatu() {
        return new Rencana("M-DEP1", "MARVES", List.of(
                ss(STAKEHOLDER, "Meningkatnya koordinasi kebijakan kedaulatan maritim dan energi",
                        "Kebijakan kementerian/lembaga di bidang kedaulatan maritim dan energi selaras dan "
                                + "dilaksanakan sesuai hasil koordinasi.",
                        iku("Persentase rekomendasi kebijakan kedaulatan maritim dan energi yang ditindaklanjuti "
                                + "kementerian/lembaga", "%")
                                .manual("Rekomendasi kebijakan hasil rapat koordinasi yang ditindaklanjuti "
                                        + "kementerian/lembaga dalam bentuk regulasi, program, atau kegiatan.",
                                        "Jumlah rekomendasi ditindaklanjuti / jumlah rekomendasi × 100%",
                                        "Mengukur efektivitas fungsi koordinasi dan sinkronisasi kebijakan.")
                                .mutu(INTERMEDIATE_OUTCOME)
                                .data("Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                        "Sekretariat Deputi Kedaulatan Maritim dan Energi",
                                        "Notula rapat koordinasi dan surat tindak lanjut K/L")
                                .cascading(C, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Jumlah rekomendasi ditindaklanjuti", "Jumlah rekomendasi")
                                .target("80").triwulan(TAKE_LAST_KNOWN, "20", "45", "65", "80")
                                .riwayat("75", "76.5", "78", "79"),
                        iku("Persentase energi baru terbarukan dalam bauran energi primer nasional", "%")
                                .manual("Porsi energi baru dan terbarukan dalam total pasokan energi primer nasional.",
                                        "Pasokan energi baru terbarukan / total pasokan energi primer × 100%",
                                        "Mengukur kemajuan transisi energi yang dikoordinasikan.")
                                .mutu(ULTIMATE_OUTCOME)
                                .data("Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                        "Asisten Deputi Energi", "Handbook of Energy and Economic Statistics, "
                                                + "Kementerian ESDM")
                                .cascading(N, null, null)
                                .target("17").tahunan()
                                .riwayat("17.9", "13.1", "19.5", "14.1")),
                ss(STAKEHOLDER, "Meningkatnya keamanan dan keselamatan di wilayah perairan Indonesia",
                        "Pelanggaran hukum di wilayah perairan dan yurisdiksi Indonesia berkurang berkat patroli "
                                + "terpadu yang dikoordinasikan.",
                        iku("Jumlah pelanggaran hukum di wilayah perairan yurisdiksi Indonesia", "kasus")
                                .manual("Kasus pelanggaran (penangkapan ikan ilegal, penyelundupan, pelanggaran "
                                        + "wilayah) yang tercatat oleh Bakamla dan instansi penegak hukum di laut.",
                                        "Σ kasus pelanggaran yang tercatat",
                                        "Mengukur dampak koordinasi keamanan laut.")
                                .mutu(INTERMEDIATE_OUTCOME)
                                .data("Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                        "Asisten Deputi Keamanan dan Ketahanan Maritim",
                                        "Laporan Bakamla dan Indonesia Maritime Information Centre")
                                .cascading(N, null, null).minimize()
                                .target("120").triwulan(SUM, "35", "30", "30", "25")
                                .riwayat("150", "163", "140", "138")),
                ss(INTERNAL_PROCESS, "Terwujudnya birokrasi yang efektif dan akuntabel",
                        "Kedeputian mengelola anggaran dan kinerjanya secara tertib dan akuntabel.",
                        iku("Persentase realisasi anggaran Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                "%")
                                .manual("Realisasi belanja kedeputian terhadap pagu DIPA, kumulatif sampai akhir "
                                        + "triwulan; dinilai baik bila mendekati rencana penarikan dana.",
                                        "Realisasi belanja kumulatif / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran.")
                                .mutu(OUTPUT)
                                .data("Sekretaris Deputi", "Sekretariat Deputi Kedaulatan Maritim dan Energi",
                                        "OM-SPAN Kementerian Keuangan")
                                .cascading(C, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Realisasi belanja kumulatif", "Pagu DIPA")
                                .stabilize().target("96").triwulan(TAKE_LAST_KNOWN, "20", "45", "70", "96")
                                .riwayat("95", "96.8", "96", "95.2"),
                        iku("Nilai evaluasi SAKIP Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                "nilai (skala 0–100)")
                                .manual("Nilai evaluasi implementasi SAKIP kedeputian oleh Inspektorat.",
                                        "Nilai evaluasi SAKIP dari Inspektorat",
                                        "Mengukur penerapan manajemen kinerja di kedeputian.")
                                .mutu(IMMEDIATE_OUTCOME)
                                .data("Sekretaris Deputi", "Inspektorat", "Laporan Hasil Evaluasi SAKIP internal")
                                .cascading(N, null, null)
                                .target("80").tahunan()
                                .riwayat(null, null, "78", "79.3"))));
    }

    private static Rencana asdepEnergi() {
        return new Rencana("M-ASDEP-EN", "M-DEP1", List.of(
                ss(STAKEHOLDER, "Terwujudnya koordinasi dan sinkronisasi perumusan kebijakan di bidang energi yang "
                        + "berkualitas",
                        "Rekomendasi kebijakan energi yang dihasilkan Asisten Deputi Energi berkualitas dan "
                                + "ditindaklanjuti.",
                        iku("Persentase rekomendasi kebijakan di bidang energi yang ditindaklanjuti "
                                + "kementerian/lembaga", "%")
                                .manual("Rekomendasi kebijakan energi hasil rapat koordinasi yang ditindaklanjuti "
                                        + "kementerian/lembaga dalam bentuk regulasi, program, atau kegiatan.",
                                        "Jumlah rekomendasi ditindaklanjuti / jumlah rekomendasi × 100%",
                                        "Mendukung efektivitas koordinasi kebijakan kedeputian.")
                                .mutu(IMMEDIATE_OUTCOME)
                                .data("Asisten Deputi Energi", "Asisten Deputi Energi",
                                        "Notula rapat koordinasi dan surat tindak lanjut K/L")
                                .cascading(C, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Jumlah rekomendasi ditindaklanjuti", "Jumlah rekomendasi")
                                .target("80").triwulan(TAKE_LAST_KNOWN, "20", "45", "65", "80")
                                .riwayat("75", "80", "78", "77.8"),
                        iku("Jumlah rekomendasi kebijakan percepatan transisi energi", "rekomendasi")
                                .manual("Rekomendasi kebijakan percepatan transisi energi yang disampaikan kepada "
                                        + "Menteri Koordinator dan kementerian/lembaga terkait.",
                                        "Σ rekomendasi kebijakan yang disampaikan",
                                        "Menghasilkan masukan kebijakan transisi energi.")
                                .mutu(OUTPUT)
                                .data("Asisten Deputi Energi", "Asisten Deputi Energi",
                                        "Arsip surat penyampaian rekomendasi")
                                .cascading(N, null, null)
                                .target("8").triwulan(SUM, "1", "2", "2", "3")
                                .riwayat("6", "6", "7", "8")),
                ss(INTERNAL_PROCESS, "Terwujudnya birokrasi yang efektif dan akuntabel",
                        "Asisten Deputi Energi mengelola anggaran dan pertanggungjawaban kegiatannya secara tertib.",
                        iku("Persentase deviasi halaman III DIPA Asisten Deputi Energi", "%")
                                .manual("Selisih antara rencana penarikan dana pada halaman III DIPA dan realisasi "
                                        + "penyerapan per triwulan; semakin kecil semakin baik.",
                                        "|Realisasi − rencana penarikan| / rencana penarikan × 100%",
                                        "Mengukur ketepatan perencanaan kas.")
                                .mutu(OUTPUT)
                                .data("Asisten Deputi Energi", "Sekretariat Deputi Kedaulatan Maritim dan Energi",
                                        "OM-SPAN Kementerian Keuangan")
                                .cascading(N, null, null).minimize()
                                .target("5").triwulan(AVERAGE, "5", "5", "5", "5")
                                .riwayat(null, null, "5", "6.3"),
                        iku("Persentase dokumen pertanggungjawaban kegiatan yang lengkap dan tepat waktu", "%")
                                .manual("Dokumen pertanggungjawaban kegiatan yang diterima Sekretariat Deputi lengkap "
                                        + "dan paling lambat 5 hari kerja setelah kegiatan.",
                                        "Jumlah dokumen lengkap dan tepat waktu / jumlah kegiatan × 100%",
                                        "Mendukung akuntabilitas keuangan kedeputian.")
                                .mutu(OUTPUT)
                                .data("Asisten Deputi Energi", "Sekretariat Deputi Kedaulatan Maritim dan Energi",
                                        "Register dokumen pertanggungjawaban")
                                .cascading(N, null, null)
                                .rasio("Jumlah dokumen lengkap dan tepat waktu", "Jumlah kegiatan")
                                .target("95").triwulan(AVERAGE, "90", "95", "95", "100")
                                .riwayat("90", "88.5", "90", "92.4"))));
    }

    // -------------------------------------------------------------------------------------------
    // a small vocabulary for the data above

    /** The plan of one unit; induk = the superior unit (Pihak Kedua), null for a ministry. */
    private record Rencana(String unit, String induk, List<Ss> sasaran) {
    }

    private record Ss(String nama, String deskripsi, Perspective perspektif, List<Iku> iku) {
    }

    private static Ss ss(Perspective perspektif, String nama, String deskripsi, Iku... iku) {
        return new Ss(nama, deskripsi, perspektif, List.of(iku));
    }

    private static Iku iku(String nama, String satuan) {
        return new Iku(nama, satuan);
    }

    /** One IKU with its Manual IKU, built fluently; defaults: maximize, reported quarterly. */
    private static final class Iku {
        private final String nama;
        private final String satuan;
        private String definisi;
        private String formula;
        private String tujuan;
        private Validity validitas;
        private Control kendali;
        private QualityTier kualitas;
        private String penanggungJawab;
        private String penyediaData;
        private String sumberData;
        private JenisCascading jenisCascading = N;
        private MetodeCascading metodeCascading;
        private LocationConsolidation konsolidasiLokasi;
        private PeriodConsolidation konsolidasiPeriode = TAKE_LAST_KNOWN;
        private Polarization polarisasi = Polarization.MAXIMIZE;
        private JenisPeriode periode = JenisPeriode.TRIWULAN;
        private boolean maksimum;
        private BigDecimal target;
        private BigDecimal targetBawah;
        private BigDecimal targetAtas;
        private String pembilang;
        private String penyebut;
        private BigDecimal[] riwayat = new BigDecimal[4];
        private List<BigDecimal> trajektori = List.of();

        Iku(String nama, String satuan) {
            this.nama = nama;
            this.satuan = satuan;
        }

        Iku manual(String definisi, String formula, String tujuan) {
            this.definisi = definisi;
            this.formula = formula;
            this.tujuan = tujuan;
            return this;
        }

        Iku bsc(Validity validitas, Control kendali) {
            this.validitas = validitas;
            this.kendali = kendali;
            return this;
        }

        Iku mutu(QualityTier kualitas) {
            this.kualitas = kualitas;
            return this;
        }

        Iku data(String penanggungJawab, String penyediaData, String sumberData) {
            this.penanggungJawab = penanggungJawab;
            this.penyediaData = penyediaData;
            this.sumberData = sumberData;
            return this;
        }

        Iku cascading(JenisCascading jenis, MetodeCascading metode, LocationConsolidation lokasi) {
            this.jenisCascading = jenis;
            this.metodeCascading = metode;
            this.konsolidasiLokasi = lokasi;
            return this;
        }

        Iku rasio(String pembilang, String penyebut) {
            this.pembilang = pembilang;
            this.penyebut = penyebut;
            return this;
        }

        Iku target(String target) {
            this.target = new BigDecimal(target);
            return this;
        }

        Iku minimize() {
            this.polarisasi = Polarization.MINIMIZE;
            return this;
        }

        /** Stabilize around a point target (set with {@link #target}). */
        Iku stabilize() {
            this.polarisasi = Polarization.STABILIZE;
            return this;
        }

        /** Stabilize within a range, without a point target. */
        Iku stabilize(String bawah, String atas) {
            this.polarisasi = Polarization.STABILIZE;
            this.targetBawah = new BigDecimal(bawah);
            this.targetAtas = new BigDecimal(atas);
            return this;
        }

        /** Konversi 120: the target is the maximum attainable (e.g. WTP). */
        Iku maksimum() {
            this.maksimum = true;
            return this;
        }

        Iku tahunan() {
            this.periode = JenisPeriode.TAHUN;
            this.konsolidasiPeriode = TAKE_LAST_KNOWN;
            return this;
        }

        Iku triwulan(PeriodConsolidation konsolidasi, String... perTriwulan) {
            this.periode = JenisPeriode.TRIWULAN;
            this.konsolidasiPeriode = konsolidasi;
            this.trajektori = Arrays.stream(perTriwulan).map(BigDecimal::new).toList();
            return this;
        }

        /** Y-2 target, Y-2 realisasi, Y-1 target, Y-1 realisasi; null = N/A. */
        Iku riwayat(String y2Target, String y2Realisasi, String y1Target, String y1Realisasi) {
            List<BigDecimal> nilai = new ArrayList<>();
            for (String s : new String[] {y2Target, y2Realisasi, y1Target, y1Realisasi}) {
                nilai.add(s == null ? null : new BigDecimal(s));
            }
            this.riwayat = nilai.toArray(BigDecimal[]::new);
            return this;
        }

        IkuParameters parameters(int urutan) {
            return new IkuParameters(urutan, nama, definisi, formula, tujuan, satuan, validitas, kendali, kualitas,
                    penanggungJawab, penyediaData, sumberData, jenisCascading, metodeCascading, konsolidasiPeriode,
                    konsolidasiLokasi, polarisasi, periode, maksimum, target, targetBawah, targetAtas, pembilang,
                    penyebut, riwayat[0], riwayat[1], riwayat[2], riwayat[3]);
        }
    }
}
