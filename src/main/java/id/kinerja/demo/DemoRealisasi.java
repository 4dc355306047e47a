package id.kinerja.demo;

import id.kinerja.bukti.BuktiService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.realisasi.analisis.AnalisisIku;
import id.kinerja.realisasi.analisis.AnalisisService;
import id.kinerja.akses.KinerjaUser;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.SkorService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * A living demo year: the approved demo PKs get realisations for TW I–III, entered and submitted
 * by the organisation's central PKO and approved by the super admin (never the one who entered),
 * all through {@link RealisasiService} so every rule applies. TW I and II are approved; TW III is
 * waiting for approval — except Sekretariat Jenderal (entered, not submitted: late) and Ditjen
 * Aspasaf (nothing entered: <i>belum dilaporkan</i>). One IKU per unit is n/a in TW II, with a
 * reason. Values flowing up from below (direct/indirect cascades) are never typed. TW IV is left
 * open for a new user. Early in the year (fewer than three quarters started) the same picture is
 * drawn on the quarters that have started: the latest one plays TW III's part (waiting, Setjen
 * not submitted, Aspasaf empty) and the n/a value falls in it when TW II has not started.
 */
@Component
class DemoRealisasi {

    private static final Logger log = LoggerFactory.getLogger(DemoRealisasi.class);
    private static final List<String> UNIT = List.of("ROREN-PK-EVA-01", "ROREN", "ASPASAF", "SETJEN", "KEMENLU",
            "M-ASDEP-EN", "M-DEP1", "M-DEP2", "MARVES");
    private static final String TANPA_TW3 = "ASPASAF";
    private static final String TW3_TIDAK_DIAJUKAN = "SETJEN";
    private static final BigDecimal[] FAKTOR = {new BigDecimal("0.96"), new BigDecimal("1.04"),
            new BigDecimal("0.88"), new BigDecimal("1.00"), new BigDecimal("1.10"), new BigDecimal("0.93"),
            new BigDecimal("0.75")};

    private final RealisasiService realisasi;
    private final SkorService skor;
    private final RencanaKinerjaApi rencana;
    private final OrganisasiQuery organisasi;
    private final UserDetailsService users;
    private final EntityManager em;
    private final Clock clock;
    private final AnalisisService analisis;
    private final BuktiService bukti;

    DemoRealisasi(RealisasiService realisasi, SkorService skor, RencanaKinerjaApi rencana,
            OrganisasiQuery organisasi, UserDetailsService users, EntityManager em,
            Clock clock, AnalisisService analisis, BuktiService bukti) {
        this.analisis = analisis;
        this.bukti = bukti;
        this.em = em;
        this.clock = clock;
        this.realisasi = realisasi;
        this.skor = skor;
        this.rencana = rencana;
        this.organisasi = organisasi;
        this.users = users;
    }

    /** Runs inside DemoData's transaction; switches the signed-in user as a real office would. */
    void seed(Map<String, Long> unitIds) {
        long mulai = System.nanoTime();
        SecurityContext semula = SecurityContextHolder.getContext();
        int nilai = 0;
        try {
            int tahun = DemoData.TAHUN_DEMO;
            int akhir = akhir(unitIds, tahun);
            for (int tw = 1; tw <= akhir; tw++) {
                for (String kode : UNIT) {
                    Long unitId = unitIds.get(kode);
                    var unit = organisasi.unit(unitId).orElseThrow();
                    if (!dimulai(unit.organisasiId(), tahun, tw)) {
                        continue;
                    }
                    PkBerlaku pk = rencana.berlaku(unitId, unit.organisasiId(), tahun, tw).orElse(null);
                    if (pk == null || (tw == akhir && kode.equals(TANPA_TW3))) {
                        continue;
                    }
                    // the seed is one transaction: a small persistence context keeps each auto-flush cheap
                    em.flush();
                    em.clear();
                    masuk(kode.startsWith("M-") || kode.equals("MARVES") ? "marves.pko" : "kemenlu.pko");
                    int urut = 0;
                    List<RealisasiService.Baris> baris = new ArrayList<>();
                    for (IkuRencana iku : pk.iku()) {
                        urut++;
                        if (skor.turunan(iku) != null) {
                            continue;
                        }
                        for (var kp : periode(iku, tw)) {
                            baris.add(new RealisasiService.Baris(iku.id(), kp, null,
                                    masukan(iku, kp, tw, urut, kode, Math.min(2, akhir))));
                        }
                    }
                    // one quarter of one unit at a time, as the entry page saves it
                    nilai += realisasi.simpanSemua(unitId, tahun, tw, baris);
                    if (tw == akhir && kode.equals(TW3_TIDAK_DIAJUKAN)) {
                        continue;
                    }
                    analisisDemo(unitId, tahun, tw);
                    buktiDemo(unitId, tw);
                    realisasi.ajukan(unitId, tahun, tw, versi(unitId, tahun, tw));
                    if (tw < akhir) {
                        masuk("admin");
                        realisasi.setujui(unitId, tahun, tw, versi(unitId, tahun, tw));
                    }
                }
            }
        } finally {
            SecurityContextHolder.setContext(semula);
        }
        log.info("Demo realisations: {} values for TW I–III {} in {} ms", nilai, DemoData.TAHUN_DEMO,
                (System.nanoTime() - mulai) / 1_000_000);
    }

    /** The quarter's latest value carries a small PDF report as bukti dukung (stored like any upload). */
    private void buktiDemo(Long unitId, int tw) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from realisasi where unit_id = ?1 order by id desc limit 1")
                .setParameter(1, unitId).getResultList();
        if (ids.isEmpty()) {
            return;
        }
        byte[] pdf = ("%PDF-1.4\n% Laporan kegiatan triwulan " + tw + " (data demo)\n1 0 obj << /Type /Catalog >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        bukti.unggah("REALISASI", ids.get(0).longValue(), "laporan-kegiatan-tw" + tw + ".pdf", pdf.length,
                new ByteArrayResource(pdf));
    }

    /** Red or declining values get the analysis submission requires, with a follow-up. */
    private void analisisDemo(Long unitId, int tahun, int tw) {
        for (AnalisisService.AnalisisWajib w : analisis.nilaiTanpaAnalisisWajib(unitId, tahun, tw)) {
            analisis.simpan(unitId, tahun, tw, w.ikuId(), null, new AnalisisIku.Isi(
                    "Dukungan pimpinan untuk percepatan kegiatan",
                    "Sebagian kegiatan triwulan ini tertunda",
                    "Capaian " + w.kode() + " tertinggal dari trajektori",
                    "Data dari mitra diterima terlambat dan jadwal rapat koordinasi bergeser",
                    "Keterbatasan jadwal narasumber",
                    "Realisasi triwulan ini di bawah target; kegiatan yang tertunda dijadwalkan ulang."));
            analisis.tambahTindakLanjut(unitId, tahun, tw, w.ikuId(),
                    "Menyepakati jadwal pengiriman data bulanan dengan mitra", "Kepala Bagian Data dan Informasi",
                    Math.min(tw + 1, 4));
        }
    }

    /** The quarter that plays TW III's part: the latest started one, at most III (0 before the year starts). */
    private int akhir(Map<String, Long> unitIds, int tahun) {
        Long organisasiId = organisasi.unit(unitIds.get("KEMENLU")).orElseThrow().organisasiId();
        int akhir = 0;
        while (akhir < 3 && dimulai(organisasiId, tahun, akhir + 1)) {
            akhir++;
        }
        return akhir;
    }

    private boolean dimulai(Long organisasiId, int tahun, int tw) {
        return organisasi.periode(organisasiId, tahun).stream()
                .filter(p -> p.jenis() == JenisPeriode.TRIWULAN && p.nomor() == tw)
                .anyMatch(p -> !LocalDate.now(clock.withZone(ZoneId.of("Asia/Jakarta"))).isBefore(p.mulai()));
    }

    private long versi(Long unitId, int tahun, int tw) {
        return realisasi.versiLaporan(unitId, tahun, tw);
    }

    private void masuk(String username) {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername(username);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
    }

    private static List<String> periode(IkuRencana iku, int tw) {
        int bulan = iku.periodePelaporan().bulanPerPeriode();
        int dari = (tw - 1) * 3 / bulan + 1;
        int sampai = tw * 3 / bulan;
        ArrayList<String> out = new ArrayList<>();
        for (int i = dari; i <= sampai; i++) {
            out.add(switch (iku.periodePelaporan()) {
                case BULAN -> String.format("B%02d", i);
                case TRIWULAN -> "TW" + i;
                case SEMESTER -> "S" + i;
                case TAHUN -> "TAHUN";
            });
        }
        return out;
    }

    /** A plausible value around the period's trajectory target; the second IKU is n/a in TW II. */
    private static RealisasiService.Masukan masukan(IkuRencana iku, String periode, int tw, int urut, String unit,
            int twNa) {
        if (urut == 2 && tw == twNa) {
            return new RealisasiService.Masukan(null, null, null, null, true,
                    "Tidak ada kegiatan yang diukur pada triwulan ini (dijadwalkan ulang ke triwulan berikutnya)");
        }
        int nomor = Integer.parseInt(periode.replaceAll("\\D", "").isEmpty() ? "1" : periode.replaceAll("\\D", ""));
        BigDecimal target = iku.trajektori().size() >= nomor && iku.trajektori().get(nomor - 1) != null
                ? iku.trajektori().get(nomor - 1) : iku.target();
        if (target == null) {
            target = iku.targetBawah() != null ? iku.targetBawah() : BigDecimal.ONE;
        }
        BigDecimal f = FAKTOR[Math.floorMod((unit + iku.kode() + periode).hashCode(), FAKTOR.length)];
        if (iku.satuan() != null && iku.satuan().toLowerCase().startsWith("opini")) {
            return new RealisasiService.Masukan(null, null, null, "WTP", false, null);
        }
        if (iku.rawData()) {
            BigDecimal penyebut = BigDecimal.valueOf(40);
            BigDecimal pembilang = target.multiply(f).multiply(penyebut).divide(BigDecimal.valueOf(100), 0,
                    RoundingMode.HALF_UP).min(penyebut);
            return new RealisasiService.Masukan(null, teks(pembilang), teks(penyebut), null, false, null);
        }
        return new RealisasiService.Masukan(teks(target.multiply(f).setScale(2, RoundingMode.HALF_UP)), null, null,
                null, false, null);
    }

    private static String teks(BigDecimal v) {
        BigDecimal d = v.stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString().replace('.', ',');
    }
}
