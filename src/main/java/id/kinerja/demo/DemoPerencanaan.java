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

import id.kinerja.akses.KinerjaUser;
import id.kinerja.cascading.CascadingService;
import id.kinerja.cascading.MetodeLink;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.KlasifikasiIku;
import id.kinerja.perencanaan.KonsolidasiIku;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.PerencanaanService.PkView;
import id.kinerja.perencanaan.RiwayatIku;
import id.kinerja.perencanaan.TargetIku;
import id.kinerja.perencanaan.UraianIku;
import id.kinerja.perencanaan.PetaStrategiService;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's approved 2026 plans, fully cascaded: a Perjanjian Kinerja with Sasaran Strategis, IKU
 * (complete Manual IKU) and Rencana Aksi trajectory for Kemenlu (ministry, Setjen, Ditjen Aspasaf,
 * Biro Perencanaan and one Analis Kebijakan) and Kemenko Marves (ministry, Deputi I, Deputi II,
 * Asdep Energi), each drafted, submitted and approved through {@link PerencanaanService} so that
 * every planning rule is applied to it.
 *
 * <p>The plans are drafted from the top down: an upper PK first, then each lower PK, still a draft,
 * receives the upper IKU it carries through {@link CascadingService} — direct (adopted whole, at most
 * two levels down), indirect (own name and share of the target, consolidated back up by SUM or
 * RAW_DATA) — and after all of them a few lower non-cascading IKU are linked as support. Only then
 * is every PK submitted and approved. Every lower IKU that claims to be cascaded (CP/C) hangs on a
 * link or is itself cascaded further down (a unit's own C/CP IKU, e.g. Setjen's indeks kepuasan);
 * a -N IKU is never cascaded (it may only be supported). Every indirect consolidation reproduces its
 * upper target; the seed checks both.
 *
 * <p>ASTIMPAS, ASELTENG, ROKEU, ITJEN, KBRI Tokyo, ROREN-PK-EVA-02, M-SESDEP1, M-ASDEP-KM and
 * M-ASDEP-INV are deliberately left without a PK: they are where a new user (and the browser tests)
 * start drafting from scratch.
 */
@Component
class DemoPerencanaan {

    private static final Logger log = LoggerFactory.getLogger(DemoPerencanaan.class);

    private final PerencanaanService perencanaan;
    private final CascadingService cascading;
    private final PetaStrategiService peta;
    private final JdbcTemplate jdbc;

    DemoPerencanaan(PerencanaanService perencanaan, CascadingService cascading,
            PetaStrategiService peta, JdbcTemplate jdbc) {
        this.perencanaan = perencanaan;
        this.cascading = cascading;
        this.peta = peta;
        this.jdbc = jdbc;
    }

    /** Runs inside DemoData's transaction and security context (the super admin). */
    void seed(Map<String, Long> unitIds) {
        long mulai = System.nanoTime();
        sebagaiPenyusun();
        try {
            seedSebagaiPenyusun(unitIds, mulai);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(penyetuju);
        }
    }

    private void seedSebagaiPenyusun(Map<String, Long> unitIds, long mulai) {
        // upper plans before the plans that carry their IKU
        List<Rencana> rencana = List.of(kemenlu(), setjen(), aspasaf(), roren(), analisEvaluasi(), marves(),
                deputiSatu(), deputiDua(), asdepEnergi());
        Map<String, IkuTersimpan> ikuDemo = new HashMap<>();
        Map<String, Long> pkIds = new LinkedHashMap<>();
        int tautan = 0;
        for (Rencana r : rencana) {
            pkIds.put(r.unit(), susun(unitId(unitIds, r.unit()), r, ikuDemo));
            tautan += (int) r.sasaran().stream().flatMap(s -> s.iku().stream()).filter(Turunan.class::isInstance)
                    .count();
        }
        for (Dukungan d : dukungan()) {
            IkuTersimpan atas = cari(ikuDemo, d.unitAtas(), d.ikuAtas());
            IkuTersimpan bawah = cari(ikuDemo, d.unitBawah(), d.ikuBawah());
            cascading.cascade(atas.id(), new CascadingService.Parameter(MetodeLink.SUPPORT, null, null, null, null,
                    null, null, bawah.id()));
            tautan++;
        }
        // complete: submitted, then approved by the superior (the ministry first, as the deadlines run)
        pkIds.forEach(this::ajukanDanTetapkan);
        periksaCascading(rencana.stream().map(r -> unitIds.get(r.unit())).toList());
        log.info("Demo plans: {} approved {} PKs with {} cascading links in {} ms", pkIds.size(),
                DemoData.TAHUN_DEMO, tautan, (System.nanoTime() - mulai) / 1_000_000);
    }

    private static Long unitId(Map<String, Long> unitIds, String kode) {
        Long id = unitIds.get(kode);
        if (id == null) {
            throw new IllegalStateException("Unit demo tidak ditemukan: " + kode);
        }
        return id;
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
            "M-DEP2", new Pejabat("Dr. Hendro Kusumo Adi, M.B.A.", "197108232000031905"),
            "M-ASDEP-EN", new Pejabat("Dr. Rahmat Hidayat, S.T., M.T.", "197506212002121904"));

    /** Pihak Kedua of a ministry-wide PK: the President (a fictitious name, no NIP). */
    private static final Pejabat PRESIDEN = new Pejabat("Ir. H. Wibowo Sasmito", null);

    private record Pejabat(String nama, String nip) {
    }

    /** An IKU the seed has saved, by unit and name, for the links that come after it. */
    private record IkuTersimpan(Long id, String nama, JenisPeriode periode, List<BigDecimal> trajektori) {
    }

    private static String kunci(String unit, String namaIku) {
        return unit + "|" + namaIku;
    }

    private static IkuTersimpan cari(Map<String, IkuTersimpan> ikuDemo, String unit, String namaIku) {
        IkuTersimpan iku = ikuDemo.get(kunci(unit, namaIku));
        if (iku == null) {
            throw new IllegalStateException("IKU demo belum disusun: " + unit + " — " + namaIku);
        }
        return iku;
    }

    /** Drafts one PK: parties, SS, own IKU with their trajectory, and the IKU cascaded from above. */
    private Long susun(Long unitId, Rencana r, Map<String, IkuTersimpan> ikuDemo) {
        PkView awal = perencanaan.buka(unitId, DemoData.TAHUN_DEMO);
        Long pkId = awal.id();
        lengkapiPihak(awal, r);
        for (int s = 0; s < r.sasaran().size(); s++) {
            Ss ss = r.sasaran().get(s);
            Long ssId = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, ss.nama(), ss.deskripsi(), ss.perspektif(), s + 1);
            for (int k = 0; k < ss.iku().size(); k++) {
                IkuTersimpan iku = ss.iku().get(k) instanceof Turunan t
                        ? turunkan(unitId, r.unit(), ssId, t, ikuDemo)
                        : simpan(pkId, ssId, (Iku) ss.iku().get(k), k + 1);
                ikuDemo.put(kunci(r.unit(), iku.nama()), iku);
                if (iku.periode() != JenisPeriode.TAHUN) {
                    perencanaan.simpanTrajektori(pkId, perencanaan.versi(pkId), iku.id(), iku.trajektori());
                }
            }
        }
        return pkId;
    }

    private IkuTersimpan simpan(Long pkId, Long ssId, Iku iku, int urutan) {
        Long id = perencanaan.simpanIku(pkId, perencanaan.versi(pkId), ssId, null, iku.parameters(urutan));
        return new IkuTersimpan(id, iku.nama, iku.periode, iku.trajektori);
    }

    /**
     * Cascades an upper IKU into this (draft) PK. The cascading service puts the lower IKU under the
     * lower SS that bears the upper SS's name, so the plan declares that SS under exactly that name.
     */
    private IkuTersimpan turunkan(Long unitId, String unit, Long ssId, Turunan t, Map<String, IkuTersimpan> ikuDemo) {
        IkuTersimpan atas = cari(ikuDemo, t.unitAtas, t.ikuAtas);
        Long linkId = cascading.cascade(atas.id(), t.parameter(unitId));
        Long ikuId = jdbc.queryForObject("select bawah_iku_id from cascading where id = ?", Long.class, linkId);
        Long ssBawah = jdbc.queryForObject("select ss_id from iku where id = ?", Long.class, ikuId);
        if (!ssId.equals(ssBawah)) {
            throw new IllegalStateException("PK demo " + unit + ": IKU turunan " + t.ikuAtas
                    + " harus berada di SS yang bernama sama dengan SS " + t.unitAtas);
        }
        boolean direct = t.metode == MetodeLink.DIRECT;
        return new IkuTersimpan(ikuId, direct ? atas.nama() : t.nama, atas.periode(),
                direct ? atas.trajektori() : t.trajektori);
    }

    /** Map owners' Peta Strategi: each SS supports the first SS of the nearest higher perspective. */
    private void panahPeta(PkView pk) {
        if (!pk.pemilikPeta()) {
            return;
        }
        List<PerencanaanService.SsView> ss = pk.sasaran();
        for (PerencanaanService.SsView dari : ss) {
            ss.stream().filter(ke -> ke.perspektif().ordinal() < dari.perspektif().ordinal())
                    .max(Comparator.comparingInt((PerencanaanService.SsView ke) -> ke.perspektif().ordinal())
                            .thenComparing(ke -> -ke.posisi()))
                    .ifPresent(ke -> peta.tambahPanah(pk.id(), perencanaan.versi(pk.id()), dari.id(), ke.id()));
        }
    }

    private void ajukanDanTetapkan(String unit, Long pkId) {
        panahPeta(perencanaan.pkById(pkId));
        PkView pk = perencanaan.pkById(pkId);
        if (!pk.masalah().isEmpty()) {
            throw new IllegalStateException("PK demo " + unit + " belum lengkap: " + pk.masalah());
        }
        perencanaan.ajukan(pkId, pk.version());
        // segregation of duties holds for the seed too: drafted as the seed's planner, approved as itself
        var context = SecurityContextHolder.getContext();
        var penyusun = context.getAuthentication();
        context.setAuthentication(penyetuju);
        try {
            perencanaan.tetapkan(pkId, perencanaan.pkById(pkId).version());
        } finally {
            context.setAuthentication(penyusun);
        }
    }

    /** Who approves the seeded PKs: the super admin DemoData acts as ("sistem-demo"). */
    private Authentication penyetuju;

    /** The seed drafts under a planner name of its own, so that "sistem-demo" may approve. */
    private void sebagaiPenyusun() {
        var context = SecurityContextHolder.getContext();
        penyetuju = context.getAuthentication();
        if (penyetuju != null && penyetuju.getPrincipal() instanceof KinerjaUser u) {
            var penyusun = new KinerjaUser(u.getId(), "sistem-demo-penyusun", "", u.getNama(), true,
                    false, true, List.of());
            context.setAuthentication(new UsernamePasswordAuthenticationToken(
                    penyusun, null, penyusun.getAuthorities()));
        }
    }

    /** Every indirect consolidation reproduces its upper target; every CP/C lower IKU hangs on a link. */
    private void periksaCascading(List<Long> unitIds) {
        for (Long unitId : unitIds) {
            CascadingService.Matriks m = cascading.matriks(unitId, DemoData.TAHUN_DEMO);
            for (CascadingService.IkuAtas iku : m.baris()) {
                if (iku.konsolidasi() != null && !iku.konsolidasi().cocok()) {
                    throw new IllegalStateException("Cascading demo " + m.unit() + " " + iku.kode()
                            + ": konsolidasi " + iku.konsolidasi().target() + " ≠ target " + iku.target());
                }
            }
            if (!m.ikuBawahTanpaInduk().isEmpty()) {
                throw new IllegalStateException("Cascading demo " + m.unit() + ": IKU turunan tanpa induk "
                        + m.ikuBawahTanpaInduk());
            }
        }
    }

    /** Fills a party the tree left empty (no PIMPINAN account) from {@link #PEJABAT}. */
    private void lengkapiPihak(PkView pk, Rencana r) {
        Pejabat pertama = pk.pihakPertamaNama() == null ? PEJABAT.get(r.unit()) : null;
        Pejabat kedua = pk.pihakKeduaNama() == null ? r.induk() != null ? PEJABAT.get(r.induk()) : PRESIDEN : null;
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
    //
    // KEMENLU ─ S1.2 kesepakatan ──indirect SUM──▶ SETJEN (4) + ASPASAF (5) = 9
    //         ├ S3.1 opini BPK ────direct────────▶ SETJEN
    //         ├ S3.2 deviasi pagu ─direct (2 lvl)▶ ROREN
    //         └ S4.1 kompetensi ───direct────────▶ SETJEN
    // SETJEN  ─ indeks kepuasan ───direct────────▶ ROREN
    // ROREN   ◀ support ─ ROREN-PK-EVA-01 (N): satuan kerja dievaluasi, laporan hasil evaluasi

    private static final String KESEPAKATAN = "Jumlah kesepakatan hasil perundingan di bidang diplomasi maritim, "
            + "politik dan keamanan, dan perbatasan";
    private static final String OPINI_BPK_KEMENLU = "Opini BPK atas Laporan Keuangan Kemenlu";
    private static final String DEVIASI_PAGU = "Persentase deviasi pagu anggaran Kemenlu antara perencanaan dan "
            + "dokumen anggaran";
    private static final String KOMPETENSI = "Persentase pegawai yang memenuhi standar kompetensi jabatan";
    private static final String KEPUASAN_SETJEN = "Indeks kepuasan satuan kerja terhadap layanan Sekretariat Jenderal";
    private static final String SAKIP_KEMENLU = "Nilai SAKIP Kementerian Luar Negeri";
    private static final String SATKER_DIEVALUASI = "Persentase satuan kerja yang dievaluasi implementasi SAKIP-nya";
    private static final String LAPORAN_EVALUASI = "Jumlah laporan hasil evaluasi kinerja yang disampaikan kepada "
            + "pimpinan";

    private static final String SS_DIPLOMASI = "Terwujudnya diplomasi yang berdampak bagi kepentingan nasional";
    private static final String SS_TATA_KELOLA = "Terwujudnya tata kelola organisasi yang akuntabel";
    private static final String SS_KOMPETENSI = "Meningkatnya kompetensi SDM";
    private static final String SS_LAYANAN_SETJEN = "Meningkatnya kualitas layanan dukungan manajemen bagi satuan "
            + "kerja Kemenlu";

    private static Rencana kemenlu() {
        return new Rencana("KEMENLU", null, List.of(
                ss(STAKEHOLDER, SS_DIPLOMASI,
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
                        iku(KESEPAKATAN, "kesepakatan")
                                .manual("Naskah kesepakatan (perjanjian, MoU, joint statement) hasil perundingan "
                                        + "bilateral, regional, dan multilateral di bidang diplomasi maritim, politik "
                                        + "dan keamanan, serta perbatasan yang disepakati para pihak.",
                                        "Σ naskah kesepakatan yang disepakati dalam tahun berjalan",
                                        "Mengukur hasil perundingan yang menjaga kedaulatan dan keutuhan wilayah.")
                                .bsc(PROXY, MODERATE)
                                .data("Direktur Jenderal Asia Pasifik dan Afrika", "Direktorat Perjanjian Politik, "
                                        + "Keamanan, dan Kewilayahan", "Treaty Room dan laporan perundingan")
                                .cascading(CP, INDIRECT, LocationConsolidation.SUM)
                                .target("9").triwulan(SUM, "2", "2", "3", "2")
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
                ss(INTERNAL_PROCESS, SS_TATA_KELOLA,
                        "Pengelolaan anggaran, kinerja, dan organisasi Kemenlu yang tertib, transparan, dan dapat "
                                + "dipertanggungjawabkan.",
                        iku(OPINI_BPK_KEMENLU, "opini (WTP = 4)")
                                .manual("Opini Badan Pemeriksa Keuangan atas kewajaran Laporan Keuangan Kemenlu: "
                                        + "WTP = 4, WDP = 3, Tidak Wajar = 2, Tidak Menyatakan Pendapat = 1.",
                                        "Opini BPK atas Laporan Keuangan Kemenlu tahun anggaran sebelumnya",
                                        "Mengukur akuntabilitas pengelolaan keuangan Kemenlu.")
                                .bsc(PROXY, LOW)
                                .data("Sekretaris Jenderal", "Biro Keuangan", "Laporan Hasil Pemeriksaan BPK")
                                .cascading(CP, DIRECT, null)
                                .target("4").maksimum().tahunan()
                                .riwayat("4", "4", "4", "4"),
                        iku(DEVIASI_PAGU, "%")
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
                ss(LEARNING_GROWTH, SS_KOMPETENSI,
                        "Pegawai Kemenlu memiliki kompetensi teknis, manajerial, dan sosial kultural sesuai "
                                + "standar jabatan untuk mendukung diplomasi.",
                        iku(KOMPETENSI, "%")
                                .manual("Pegawai yang hasil penilaian kompetensinya memenuhi atau melampaui standar "
                                        + "kompetensi jabatan yang diduduki.",
                                        "Jumlah pegawai yang memenuhi standar / jumlah pegawai yang dinilai × 100%",
                                        "Mengukur kesesuaian kompetensi pegawai dengan jabatannya.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Biro Kepegawaian", "Pusat Pendidikan dan Pelatihan",
                                        "Hasil asesmen kompetensi (SIMPEG)")
                                .cascading(CP, DIRECT, null)
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

    /** Setjen (One): carries three Kemenlu IKU and hands its service index down to Roren. */
    private static Rencana setjen() {
        return new Rencana("SETJEN", "KEMENLU", List.of(
                ss(STAKEHOLDER, SS_DIPLOMASI,
                        "Sekretariat Jenderal mendukung perundingan perbatasan dan kewilayahan sehingga kesepakatan "
                                + "yang dihasilkan menjaga kedaulatan dan keutuhan wilayah.",
                        indirect("KEMENLU", KESEPAKATAN, "Jumlah kesepakatan di bidang perbatasan dan kewilayahan "
                                + "yang perundingannya dikoordinasikan Sekretariat Jenderal")
                                .jumlah("4").triwulan("1", "1", "1", "1")),
                ss(CUSTOMER, SS_LAYANAN_SETJEN,
                        "Satuan kerja pusat dan Perwakilan RI memperoleh layanan perencanaan, keuangan, kepegawaian, "
                                + "dan umum yang cepat dan andal.",
                        iku(KEPUASAN_SETJEN, "indeks (skala 1–4)")
                                .manual("Tingkat kepuasan satuan kerja pusat dan Perwakilan RI atas layanan "
                                        + "Sekretariat Jenderal, diukur dengan survei triwulanan skala 1–4.",
                                        "Rata-rata nilai survei kepuasan seluruh responden satuan kerja",
                                        "Mengukur kualitas layanan dukungan manajemen.")
                                .bsc(PROXY, MODERATE)
                                // carried by Biro Perencanaan (direct): a cascading IKU, not -N
                                .cascading(CP, DIRECT, null)
                                .data("Sekretaris Jenderal", "Biro Perencanaan dan Organisasi",
                                        "Survei kepuasan layanan internal")
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
                ss(INTERNAL_PROCESS, SS_TATA_KELOLA,
                        "Sekretariat Jenderal mengelola keuangan dan kinerja Kemenlu secara tertib dan akuntabel.",
                        direct("KEMENLU", OPINI_BPK_KEMENLU),
                        iku("Persentase realisasi anggaran Sekretariat Jenderal", "%")
                                .manual("Realisasi belanja Sekretariat Jenderal terhadap pagu DIPA, kumulatif sampai "
                                        + "akhir triwulan; dinilai baik bila mendekati rencana penarikan dana.",
                                        "Realisasi belanja kumulatif / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran sesuai rencana penarikan dana.")
                                .bsc(PROXY, MODERATE)
                                .data("Sekretaris Jenderal", "Biro Keuangan", "OM-SPAN Kementerian Keuangan")
                                .cascading(N, null, null)
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
                ss(LEARNING_GROWTH, SS_KOMPETENSI,
                        "Pegawai Sekretariat Jenderal memenuhi standar kompetensi jabatan dan terus mengembangkan "
                                + "dirinya.",
                        direct("KEMENLU", KOMPETENSI),
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

    /**
     * Ditjen Aspasaf (One): its share of the Kemenlu agreements (SUM with Setjen's) and its own
     * regional objectives. The directorates below it (ASTIMPAS, ASELTENG) sign no seeded PK.
     */
    private static Rencana aspasaf() {
        return new Rencana("ASPASAF", "KEMENLU", List.of(
                ss(STAKEHOLDER, SS_DIPLOMASI,
                        "Perundingan dengan negara mitra di kawasan Asia Pasifik dan Afrika menghasilkan kesepakatan "
                                + "yang menjaga kepentingan nasional dan ditindaklanjuti di dalam negeri.",
                        indirect("KEMENLU", KESEPAKATAN, "Jumlah kesepakatan hasil perundingan maritim, politik dan "
                                + "keamanan, dan perbatasan dengan negara mitra di kawasan Asia Pasifik dan Afrika")
                                .jumlah("5").triwulan("1", "1", "2", "1"),
                        iku("Persentase kesepakatan bilateral kawasan Asia Pasifik dan Afrika yang diimplementasikan",
                                "%")
                                .manual("Kesepakatan bilateral dengan negara mitra di kawasan Asia Pasifik dan Afrika "
                                        + "yang berlaku dan telah dilaksanakan melalui program atau kegiatan bersama.",
                                        "Jumlah kesepakatan yang diimplementasikan / jumlah kesepakatan yang berlaku "
                                                + "× 100%",
                                        "Mengukur manfaat kesepakatan kawasan bagi kepentingan nasional.")
                                .bsc(EXACT, MODERATE)
                                .data("Direktur Jenderal Asia Pasifik dan Afrika",
                                        "Sekretariat Direktorat Jenderal Asia Pasifik dan Afrika",
                                        "Basis data kesepakatan bilateral dan laporan Perwakilan RI")
                                .cascading(N, null, null)
                                .rasio("Jumlah kesepakatan yang diimplementasikan", "Jumlah kesepakatan yang berlaku")
                                .target("75").triwulan(TAKE_LAST_KNOWN, "40", "55", "65", "75")
                                .riwayat("70", "68.4", "72", "73.5")),
                ss(CUSTOMER, "Meningkatnya peran Indonesia dalam kerja sama kawasan Asia Pasifik dan Afrika",
                        "Negara mitra dan forum kawasan memandang Indonesia sebagai mitra utama kerja sama "
                                + "pembangunan dan stabilitas kawasan.",
                        iku("Jumlah program Kerja Sama Selatan-Selatan dan Triangular dengan negara Afrika yang "
                                + "dilaksanakan", "program")
                                .manual("Program pelatihan, pengiriman tenaga ahli, dan hibah peralatan bagi negara "
                                        + "Afrika dalam kerangka Kerja Sama Selatan-Selatan dan Triangular.",
                                        "Σ program yang selesai dilaksanakan",
                                        "Memperkuat kehadiran Indonesia di kawasan Afrika.")
                                .bsc(ACTIVITY, MODERATE)
                                .data("Direktur Jenderal Asia Pasifik dan Afrika", "Direktorat Afrika",
                                        "Laporan pelaksanaan program KSST")
                                .cascading(N, null, null)
                                .target("10").triwulan(SUM, "2", "3", "3", "2")
                                .riwayat("8", "8", "9", "10"),
                        iku("Persentase prakarsa Indonesia yang diadopsi dalam forum kawasan Asia Pasifik dan Afrika",
                                "%")
                                .manual("Prakarsa Indonesia (usulan naskah, inisiatif, atau agenda) yang diadopsi "
                                        + "dalam dokumen hasil forum regional dan subregional di kawasan.",
                                        "Jumlah prakarsa diadopsi / jumlah prakarsa yang diajukan × 100%",
                                        "Mengukur pengaruh diplomasi Indonesia di forum kawasan.")
                                .bsc(PROXY, LOW)
                                .data("Direktur Jenderal Asia Pasifik dan Afrika",
                                        "Direktorat Kerja Sama Intrakawasan dan Antarkawasan Asia Pasifik dan Afrika",
                                        "Dokumen hasil forum kawasan")
                                .cascading(N, null, null)
                                .rasio("Jumlah prakarsa diadopsi", "Jumlah prakarsa yang diajukan")
                                .target("60").tahunan()
                                .riwayat("55", "57.1", "58", "58.3")),
                ss(LEARNING_GROWTH, SS_KOMPETENSI,
                        "Diplomat Ditjen Aspasaf menguasai bahasa dan isu kawasan yang ditanganinya.",
                        iku("Persentase diplomat Ditjen Aspasaf yang menguasai bahasa negara kawasan", "%")
                                .manual("Diplomat Ditjen Aspasaf yang memiliki sertifikat kemahiran bahasa negara di "
                                        + "kawasan yang ditanganinya (minimal tingkat menengah).",
                                        "Jumlah diplomat bersertifikat / jumlah diplomat × 100%",
                                        "Memperkuat kapasitas diplomat dalam perundingan kawasan.")
                                .bsc(EXACT, LOW)
                                .data("Direktur Jenderal Asia Pasifik dan Afrika",
                                        "Sekretariat Direktorat Jenderal Asia Pasifik dan Afrika",
                                        "Basis data sertifikat bahasa pegawai")
                                .cascading(N, null, null)
                                .target("40").triwulan(TAKE_LAST_KNOWN, "30", "33", "36", "40")
                                .riwayat(null, null, "30", "31.5"))));
    }

    /** Roren (Two): the Setjen service index and, two levels down, the Kemenlu budget deviation. */
    private static Rencana roren() {
        return new Rencana("ROREN", "SETJEN", List.of(
                ss(CUSTOMER, SS_LAYANAN_SETJEN,
                        "Biro Perencanaan dan Organisasi memberi layanan perencanaan yang cepat dan andal kepada "
                                + "satuan kerja pusat dan Perwakilan RI, dengan dokumen yang memenuhi kaidah "
                                + "perencanaan kinerja.",
                        direct("SETJEN", KEPUASAN_SETJEN),
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
                ss(INTERNAL_PROCESS, SS_TATA_KELOLA,
                        "Perencanaan dan penganggaran Kemenlu selaras, dan anggaran Biro dilaksanakan sesuai "
                                + "rencana.",
                        direct("KEMENLU", DEVIASI_PAGU),
                        iku("Persentase realisasi anggaran Biro Perencanaan dan Organisasi", "%")
                                .manual("Realisasi belanja Biro Perencanaan dan Organisasi terhadap pagu DIPA; dinilai "
                                        + "baik bila berada di rentang 93–100%.",
                                        "Realisasi belanja / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran sesuai rencana.")
                                .bsc(PROXY, MODERATE)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Tata Usaha Biro",
                                        "OM-SPAN Kementerian Keuangan")
                                .cascading(N, null, null)
                                .rasio("Realisasi belanja", "Pagu DIPA")
                                .stabilize("93", "100").tahunan()
                                .riwayat("95", "94.1", "95", "96.3")),
                ss(INTERNAL_PROCESS, "Terwujudnya akuntabilitas kinerja organisasi yang efektif",
                        "Sistem akuntabilitas kinerja Kemenlu diterapkan secara konsisten dari tingkat kementerian "
                                + "sampai pegawai.",
                        iku(SAKIP_KEMENLU, "nilai (skala 0–100)")
                                .manual("Nilai hasil evaluasi implementasi Sistem Akuntabilitas Kinerja Instansi "
                                        + "Pemerintah oleh Kementerian PANRB.",
                                        "Nilai evaluasi SAKIP yang ditetapkan Kementerian PANRB",
                                        "Mengukur efektivitas penerapan manajemen kinerja Kemenlu.")
                                .bsc(PROXY, LOW)
                                .data("Kepala Biro Perencanaan dan Organisasi", "Bagian Perencanaan Kinerja",
                                        "Laporan Hasil Evaluasi SAKIP Kementerian PANRB")
                                .cascading(N, null, null)
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
                                .cascading(N, null, null)
                                .rasio("Jumlah dokumen dipenuhi", "Jumlah dokumen yang dipersyaratkan")
                                .target("100").triwulan(TAKE_LAST_KNOWN, "25", "50", "75", "100")
                                .riwayat("100", "92", "100", "96.5")),
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

    /**
     * ROREN-PK-EVA-01, level Five: not a map owner, so only validity weights its IKU (CKP). Its
     * superiors (Three, Four) sign no PK of their own, so its IKU are its own (N); two of them support
     * the Nilai SAKIP of Roren.
     */
    private static Rencana analisEvaluasi() {
        return new Rencana("ROREN-PK-EVA-01", "ROREN-PK-EVA", List.of(
                ss(INTERNAL_PROCESS, "Terwujudnya akuntabilitas kinerja organisasi yang efektif",
                        "Evaluasi implementasi SAKIP satuan kerja dilaksanakan tuntas, tepat waktu, dan menghasilkan "
                                + "rekomendasi perbaikan.",
                        iku(SATKER_DIEVALUASI, "%")
                                .manual("Satuan kerja di wilayah evaluasi yang telah dievaluasi implementasi SAKIP-nya "
                                        + "dan menerima laporan hasil evaluasi.",
                                        "Jumlah satuan kerja dievaluasi / jumlah satuan kerja dalam rencana × 100%",
                                        "Mendukung cakupan evaluasi SAKIP seluruh satuan kerja Kemenlu.")
                                .bsc(EXACT, MODERATE)
                                .data("Kepala Subbagian Evaluasi Kinerja", "Analis Kebijakan Ahli Muda",
                                        "Laporan hasil evaluasi SAKIP")
                                .cascading(N, null, null)
                                .rasio("Jumlah satuan kerja dievaluasi", "Jumlah satuan kerja dalam rencana")
                                .target("100").triwulan(TAKE_LAST_KNOWN, "20", "45", "75", "100")
                                .riwayat("100", "95", "100", "100"),
                        iku(LAPORAN_EVALUASI, "laporan")
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

    /** Lower non-cascading IKU linked, after all plans are drafted, to the upper IKU they support. */
    private static List<Dukungan> dukungan() {
        return List.of(
                new Dukungan("ROREN", SAKIP_KEMENLU, "ROREN-PK-EVA-01", SATKER_DIEVALUASI),
                new Dukungan("ROREN", SAKIP_KEMENLU, "ROREN-PK-EVA-01", LAPORAN_EVALUASI),
                new Dukungan("M-DEP1", REKOMENDASI_DEP1, "M-ASDEP-EN", REKOMENDASI_ENERGI));
    }

    // -------------------------------------------------------------------------------------------
    // Kemenko Marves (rulebook MARVES: quality tiers, NKO, konversi-120 on at most 20 % of a PK's IKU)
    //
    // MARVES ─ S1.2 investasi jasa ─direct─────────────▶ M-DEP2
    //        ├ S2.1 rekomendasi ───indirect RAW_DATA──▶ M-DEP1 36/50 (72 %) + M-DEP2 84/100 (84 %)
    //        │                                          = 120/150 = 80 % (the plain average would be 78 %)
    //        └ S3.1 indeks RB ─────direct─────────────▶ M-DEP1
    // M-DEP1 ─ bauran EBT ─────────direct─────────────▶ M-ASDEP-EN
    // M-DEP1 ◀ support ─ M-ASDEP-EN (N): rekomendasi kebijakan di bidang energi

    private static final String SS_EKONOMI_MARITIM = "Terwujudnya ekonomi maritim yang inklusif dan kuat sebagai "
            + "penggerak utama perekonomian nasional";
    private static final String SS_KOORDINASI = "Meningkatnya efektivitas koordinasi dan sinkronisasi kebijakan "
            + "kemaritiman dan investasi";
    private static final String SS_BIROKRASI = "Terwujudnya birokrasi yang efektif dan akuntabel";
    private static final String SS_TRANSISI_ENERGI = "Terwujudnya transisi energi yang berkelanjutan";

    private static final String INVESTASI_JASA = "Pertumbuhan nilai investasi bidang jasa";
    private static final String REKOMENDASI_MARVES = "Persentase rekomendasi kebijakan hasil koordinasi yang "
            + "ditindaklanjuti kementerian/lembaga";
    private static final String REKOMENDASI_DEP1 = "Persentase rekomendasi kebijakan kedaulatan maritim dan energi "
            + "yang ditindaklanjuti kementerian/lembaga";
    private static final String INDEKS_RB = "Indeks Reformasi Birokrasi Kemenko Marves";
    private static final String BAURAN_EBT = "Persentase energi baru terbarukan dalam bauran energi primer nasional";
    private static final String REKOMENDASI_ENERGI = "Persentase rekomendasi kebijakan di bidang energi yang "
            + "ditindaklanjuti kementerian/lembaga";

    private static Rencana marves() {
        return new Rencana("MARVES", null, List.of(
                ss(STAKEHOLDER, SS_EKONOMI_MARITIM,
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
                        iku(INVESTASI_JASA, "%")
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
                ss(STAKEHOLDER, SS_KOORDINASI,
                        "Rekomendasi kebijakan hasil koordinasi Kemenko Marves dilaksanakan oleh kementerian/lembaga "
                                + "terkait.",
                        iku(REKOMENDASI_MARVES, "%")
                                .manual("Rekomendasi kebijakan hasil rapat koordinasi seluruh kedeputian yang "
                                        + "ditindaklanjuti kementerian/lembaga dalam bentuk regulasi, program, atau "
                                        + "kegiatan.",
                                        "Jumlah rekomendasi ditindaklanjuti / jumlah rekomendasi × 100%",
                                        "Mengukur efektivitas fungsi koordinasi dan sinkronisasi kebijakan.")
                                .mutu(INTERMEDIATE_OUTCOME)
                                .data("Menteri Koordinator Bidang Kemaritiman dan Investasi",
                                        "Biro Perencanaan dan Keuangan",
                                        "Notula rapat koordinasi dan surat tindak lanjut K/L")
                                .cascading(C, INDIRECT, LocationConsolidation.RAW_DATA)
                                .rasio("Jumlah rekomendasi ditindaklanjuti", "Jumlah rekomendasi")
                                .target("80").triwulan(TAKE_LAST_KNOWN, "20", "45", "65", "80")
                                .riwayat("75", "76.5", "78", "79")),
                ss(INTERNAL_PROCESS, SS_BIROKRASI,
                        "Layanan birokrasi Kemenko Marves modern, efektif, dan akuntabel.",
                        iku(INDEKS_RB, "nilai (skala 0–100)")
                                .manual("Nilai hasil evaluasi pelaksanaan Reformasi Birokrasi oleh Kementerian PANRB.",
                                        "Nilai evaluasi RB yang ditetapkan Kementerian PANRB",
                                        "Mengukur kemajuan reformasi birokrasi.")
                                .mutu(IMMEDIATE_OUTCOME)
                                .data("Sekretaris Kementerian Koordinator", "Biro Perencanaan dan Keuangan",
                                        "Laporan Hasil Evaluasi RB Kementerian PANRB")
                                .cascading(C, DIRECT, null)
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

    /** Deputi I (UPK1): its share of the Marves recommendations, the RB index, and the EBT mix for Asdep Energi. */
    private static Rencana deputiSatu() {
        return new Rencana("M-DEP1", "MARVES", List.of(
                ss(STAKEHOLDER, SS_KOORDINASI,
                        "Kebijakan kementerian/lembaga di bidang kedaulatan maritim dan energi selaras dan "
                                + "dilaksanakan sesuai hasil koordinasi.",
                        indirect("MARVES", REKOMENDASI_MARVES, REKOMENDASI_DEP1)
                                .dataMentah("36", "50").triwulan("18", "36", "54", "72")),
                ss(STAKEHOLDER, SS_TRANSISI_ENERGI,
                        "Porsi energi baru terbarukan dalam bauran energi primer nasional meningkat berkat kebijakan "
                                + "transisi energi yang dikoordinasikan kedeputian.",
                        iku(BAURAN_EBT, "%")
                                .manual("Porsi energi baru dan terbarukan dalam total pasokan energi primer nasional.",
                                        "Pasokan energi baru terbarukan / total pasokan energi primer × 100%",
                                        "Mengukur kemajuan transisi energi yang dikoordinasikan.")
                                .mutu(ULTIMATE_OUTCOME)
                                // carried by Asdep Energi (direct): a cascading IKU, not -N
                                .cascading(C, DIRECT, null)
                                .data("Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                        "Asisten Deputi Energi", "Handbook of Energy and Economic Statistics, "
                                                + "Kementerian ESDM")
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
                ss(INTERNAL_PROCESS, SS_BIROKRASI,
                        "Kedeputian mengelola anggaran dan kinerjanya secara tertib dan akuntabel.",
                        direct("MARVES", INDEKS_RB),
                        iku("Persentase realisasi anggaran Deputi Bidang Koordinasi Kedaulatan Maritim dan Energi",
                                "%")
                                .manual("Realisasi belanja kedeputian terhadap pagu DIPA, kumulatif sampai akhir "
                                        + "triwulan; dinilai baik bila mendekati rencana penarikan dana.",
                                        "Realisasi belanja kumulatif / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran.")
                                .mutu(OUTPUT)
                                .data("Sekretaris Deputi", "Sekretariat Deputi Kedaulatan Maritim dan Energi",
                                        "OM-SPAN Kementerian Keuangan")
                                .cascading(N, null, null)
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

    /** Deputi II (UPK1): the Marves investment growth, adopted whole, and its share of the recommendations. */
    private static Rencana deputiDua() {
        return new Rencana("M-DEP2", "MARVES", List.of(
                ss(STAKEHOLDER, SS_EKONOMI_MARITIM,
                        "Kebijakan investasi dan pertambangan yang dikoordinasikan kedeputian mendorong pertumbuhan "
                                + "investasi yang menopang ekonomi maritim.",
                        direct("MARVES", INVESTASI_JASA)),
                ss(STAKEHOLDER, SS_KOORDINASI,
                        "Rekomendasi kebijakan investasi dan pertambangan hasil koordinasi kedeputian dilaksanakan "
                                + "kementerian/lembaga.",
                        indirect("MARVES", REKOMENDASI_MARVES, "Persentase rekomendasi kebijakan investasi dan "
                                + "pertambangan yang ditindaklanjuti kementerian/lembaga")
                                .dataMentah("84", "100").triwulan("21", "42", "63", "84"),
                        iku("Jumlah rekomendasi kebijakan hilirisasi mineral dan batu bara", "rekomendasi")
                                .manual("Rekomendasi kebijakan percepatan hilirisasi mineral dan batu bara yang "
                                        + "disampaikan kepada Menteri Koordinator dan kementerian/lembaga terkait.",
                                        "Σ rekomendasi kebijakan yang disampaikan",
                                        "Menghasilkan masukan kebijakan peningkatan nilai tambah pertambangan.")
                                .mutu(OUTPUT)
                                .data("Deputi Bidang Koordinasi Investasi dan Pertambangan",
                                        "Sekretariat Deputi Investasi dan Pertambangan",
                                        "Arsip surat penyampaian rekomendasi")
                                .cascading(N, null, null)
                                .target("6").triwulan(SUM, "1", "2", "2", "1")
                                .riwayat("4", "4", "5", "6")),
                ss(INTERNAL_PROCESS, SS_BIROKRASI,
                        "Kedeputian mengelola anggaran dan kinerjanya secara tertib dan akuntabel.",
                        iku("Persentase realisasi anggaran Deputi Bidang Koordinasi Investasi dan Pertambangan", "%")
                                .manual("Realisasi belanja kedeputian terhadap pagu DIPA, kumulatif sampai akhir "
                                        + "triwulan; dinilai baik bila mendekati rencana penarikan dana.",
                                        "Realisasi belanja kumulatif / pagu DIPA × 100%",
                                        "Mengukur ketepatan pelaksanaan anggaran.")
                                .mutu(OUTPUT)
                                .data("Sekretaris Deputi", "Sekretariat Deputi Investasi dan Pertambangan",
                                        "OM-SPAN Kementerian Keuangan")
                                .cascading(N, null, null)
                                .rasio("Realisasi belanja kumulatif", "Pagu DIPA")
                                .stabilize().target("96").triwulan(TAKE_LAST_KNOWN, "20", "45", "70", "96")
                                .riwayat("95", "95.6", "96", "96.9"),
                        iku("Nilai evaluasi SAKIP Deputi Bidang Koordinasi Investasi dan Pertambangan",
                                "nilai (skala 0–100)")
                                .manual("Nilai evaluasi implementasi SAKIP kedeputian oleh Inspektorat.",
                                        "Nilai evaluasi SAKIP dari Inspektorat",
                                        "Mengukur penerapan manajemen kinerja di kedeputian.")
                                .mutu(IMMEDIATE_OUTCOME)
                                .data("Sekretaris Deputi", "Inspektorat", "Laporan Hasil Evaluasi SAKIP internal")
                                .cascading(N, null, null)
                                .target("80").tahunan()
                                .riwayat(null, null, "77", "78.2"))));
    }

    /** Asdep Energi (UPK2): the EBT mix of Deputi I, adopted whole; its own recommendations support Deputi I's. */
    private static Rencana asdepEnergi() {
        return new Rencana("M-ASDEP-EN", "M-DEP1", List.of(
                ss(STAKEHOLDER, SS_TRANSISI_ENERGI,
                        "Asisten Deputi Energi mengoordinasikan kebijakan yang meningkatkan porsi energi baru "
                                + "terbarukan dalam bauran energi primer nasional.",
                        direct("M-DEP1", BAURAN_EBT)),
                ss(STAKEHOLDER, "Terwujudnya koordinasi dan sinkronisasi perumusan kebijakan di bidang energi yang "
                        + "berkualitas",
                        "Rekomendasi kebijakan energi yang dihasilkan Asisten Deputi Energi berkualitas dan "
                                + "ditindaklanjuti.",
                        iku(REKOMENDASI_ENERGI, "%")
                                .manual("Rekomendasi kebijakan energi hasil rapat koordinasi yang ditindaklanjuti "
                                        + "kementerian/lembaga dalam bentuk regulasi, program, atau kegiatan.",
                                        "Jumlah rekomendasi ditindaklanjuti / jumlah rekomendasi × 100%",
                                        "Mendukung efektivitas koordinasi kebijakan kedeputian.")
                                .mutu(IMMEDIATE_OUTCOME)
                                .data("Asisten Deputi Energi", "Asisten Deputi Energi",
                                        "Notula rapat koordinasi dan surat tindak lanjut K/L")
                                .cascading(N, null, null)
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

    /**
     * An SS and its IKU in order. An SS that carries cascaded IKU bears the upper SS's name and
     * perspective (the cascading service files the lower IKU under it), and lists them first.
     */
    private record Ss(String nama, String deskripsi, Perspective perspektif, List<Butir> iku) {
    }

    private static Ss ss(Perspective perspektif, String nama, String deskripsi, Butir... iku) {
        return new Ss(nama, deskripsi, perspektif, List.of(iku));
    }

    private static Iku iku(String nama, String satuan) {
        return new Iku(nama, satuan);
    }

    /** An IKU of a plan: the unit's own ({@link Iku}) or one cascaded from above ({@link Turunan}). */
    private sealed interface Butir permits Iku, Turunan {
    }

    /** The upper IKU adopted whole: same name, Manual IKU, target and trajectory. */
    private static Turunan direct(String unitAtas, String ikuAtas) {
        return new Turunan(MetodeLink.DIRECT, unitAtas, ikuAtas, null);
    }

    /** A share of the upper IKU under the lower unit's own name; the target follows. */
    private static Turunan indirect(String unitAtas, String ikuAtas, String nama) {
        return new Turunan(MetodeLink.INDIRECT, unitAtas, ikuAtas, nama);
    }

    /** An IKU cascaded from an upper unit's IKU (already drafted) into this plan. */
    private static final class Turunan implements Butir {
        private final MetodeLink metode;
        private final String unitAtas;
        private final String ikuAtas;
        private final String nama;
        private LocationConsolidation konsolidasiLokasi;
        private BigDecimal target;
        private BigDecimal pembilang;
        private BigDecimal penyebut;
        private List<BigDecimal> trajektori = List.of();

        Turunan(MetodeLink metode, String unitAtas, String ikuAtas, String nama) {
            this.metode = metode;
            this.unitAtas = unitAtas;
            this.ikuAtas = ikuAtas;
            this.nama = nama;
        }

        /** Consolidated upstairs by SUM: the lower targets add up to the upper target. */
        Turunan jumlah(String target) {
            this.konsolidasiLokasi = LocationConsolidation.SUM;
            this.target = new BigDecimal(target);
            return this;
        }

        /** Consolidated upstairs by RAW_DATA: the pooled numerators over the pooled denominators. */
        Turunan dataMentah(String pembilang, String penyebut) {
            this.konsolidasiLokasi = LocationConsolidation.RAW_DATA;
            this.pembilang = new BigDecimal(pembilang);
            this.penyebut = new BigDecimal(penyebut);
            return this;
        }

        /** The lower IKU's own trajectory (a direct one takes the upper's). */
        Turunan triwulan(String... perTriwulan) {
            this.trajektori = Arrays.stream(perTriwulan).map(BigDecimal::new).toList();
            return this;
        }

        CascadingService.Parameter parameter(Long unitId) {
            return new CascadingService.Parameter(metode, unitId, nama, target, pembilang, penyebut,
                    konsolidasiLokasi, null);
        }
    }

    /** A lower non-cascading (N) IKU linked as support to an upper IKU, without consolidation. */
    private record Dukungan(String unitAtas, String ikuAtas, String unitBawah, String ikuBawah) {
    }

    /** One IKU with its Manual IKU, built fluently; defaults: maximize, reported quarterly. */
    private static final class Iku implements Butir {
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
            return new IkuParameters(urutan,
                    new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab,
                            penyediaData, sumberData),
                    new KlasifikasiIku(validitas, kendali, kualitas, polarisasi),
                    new KonsolidasiIku(jenisCascading, metodeCascading, konsolidasiPeriode,
                            konsolidasiLokasi, periode),
                    new TargetIku(maksimum, target, targetBawah, targetAtas, pembilang,
                            penyebut),
                    new RiwayatIku(riwayat[0], riwayat[1], riwayat[2], riwayat[3]));
        }
    }
}
