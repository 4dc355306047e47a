package id.kinerja.demo;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.Peran;
import id.kinerja.dialog.DialogKinerja;
import id.kinerja.dialog.DialogService;
import id.kinerja.dialog.PermintaanPerubahan;
import id.kinerja.dialog.logbook.LogbookHarian;
import id.kinerja.dialog.logbook.LogbookService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.platform.waktu.Waktu;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Dialog Kinerja of the demo year, only what has already happened by the clock's today: quarterly
 * DKO with risalah for a Kemenlu and a Marves unit (the 20th of each quarter's middle month),
 * follow-ups (one closed, one overdue, one still running), one target-change request of Asdep
 * Energi approved by the Marves PKO into a PK revision (new target from the next quarter), and
 * a logbook of an individual position (Analis Kebijakan Ahli Muda) with entries to discuss, one
 * answered by the Sekretaris Jenderal.
 */
@Component
@Order(5)
class DemoDialog implements LangkahDemo {

    private static final Logger log = LoggerFactory.getLogger(DemoDialog.class);

    private final DialogService dialog;
    private final LogbookService logbook;
    private final PenggunaService pengguna;
    private final PasswordEncoder encoder;
    private final UserDetailsService users;
    private final Clock clock;
    private final EntityManager em;

    DemoDialog(DialogService dialog, LogbookService logbook, PenggunaService pengguna, PasswordEncoder encoder,
            UserDetailsService users, Clock clock, EntityManager em) {
        this.em = em;
        this.dialog = dialog;
        this.logbook = logbook;
        this.pengguna = pengguna;
        this.encoder = encoder;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void seed(Map<String, Long> unitIds) {
        LocalDate hariIni = Waktu.hariIni(clock);
        int tahun = DemoData.TAHUN_DEMO;
        if (Math.abs(hariIni.getYear() - tahun) > 1) {
            log.info("Demo dialogues skipped: the clock's year {} is far from the demo year {}", hariIni.getYear(), tahun);
            return;
        }
        SecurityContext semula = SecurityContextHolder.getContext();
        int jumlah = 0;
        try {
            jumlah += dialogUnit(unitIds.get("ROREN"), "kemenlu.perencana", tahun, hariIni,
                    "Kepala Biro Perencanaan dan Organisasi", "Rapat Biro Perencanaan", null);
            jumlah += dialogUnit(unitIds.get("M-ASDEP-EN"), "marves.perencana", tahun, hariIni,
                    "Asisten Deputi Energi", "Ruang Rapat Deputi I", unitIds.get("M-ASDEP-EN"));
            // the other Marves units hold their quarterly DKO too (Marves: no forum lock without it)
            for (String kode : List.of("M-DEP1", "M-DEP2", "MARVES")) {
                jumlah += dkoSaja(unitIds.get(kode), tahun, hariIni);
            }
            logbook(unitIds, tahun, hariIni);
        } finally {
            SecurityContextHolder.setContext(semula);
        }
        log.info("Demo dialogues: {} risalah up to {}", jumlah, hariIni);
    }

    private int dialogUnit(Long unitId, String penyusun, int tahun, LocalDate hariIni, String pemimpin,
            String tempat, Long unitPermintaan) {
        masuk(penyusun);
        List<Long> ids = new ArrayList<>();
        List<LocalDate> tanggal = new ArrayList<>();
        for (int tw = 1; tw <= 4; tw++) {
            LocalDate t = LocalDate.of(tahun, tw * 3 - 1, 20);
            if (t.isAfter(hariIni)) {
                break;
            }
            List<Long> iku = dialog.ikuUntuk(unitId, t).stream().limit(2).map(DialogService.IkuLingkup::akarId).toList();
            Long id = dialog.catat(unitId, new DialogKinerja.Risalah(t, DialogKinerja.Tingkat.ORGANISASI,
                    DialogKinerja.Bentuk.KELOMPOK, DialogKinerja.Sifat.BERKALA, tempat, "Pimpinan " + pemimpin,
                    pemimpin, null, "Pimpinan unit, para koordinator, pengelola kinerja unit",
                    "Pemantauan capaian IKU dan rencana aksi TW " + tw,
                    "Sebagian besar rencana aksi TW " + tw + " berjalan sesuai jadwal.",
                    tw == 2 ? "Data dukung dari mitra terlambat diterima." : "Tidak ada hambatan berarti.",
                    tw == 2 ? "Jadwal rapat koordinasi mitra bergeser." : null,
                    tw == 2 ? "Percepat permintaan data dan jadwalkan ulang rapat koordinasi." : null,
                    tw == 2, tw < 4 ? DialogKinerja.StatusSelesai.SELESAI : DialogKinerja.StatusSelesai.BELUM_SELESAI,
                    null, iku));
            ids.add(id);
            tanggal.add(t);
            if (tw == 1) {
                // one closed, one left open past its month: overdue from then on
                Long selesai = dialog.tambahTindakLanjut(id, "Lengkapi bukti dukung TW I", "Koordinator Fungsi",
                        YearMonth.from(t));
                dialog.tutupTindakLanjut(selesai, 0, "Bukti dukung telah diunggah");
                dialog.tambahTindakLanjut(id, "Susun SOP pengumpulan data kinerja", "Kepala Bagian",
                        YearMonth.from(t).plusMonths(1));
            } else {
                dialog.tambahTindakLanjut(id, "Laporkan progres rencana aksi TW " + tw + " pada dialog berikutnya",
                        "Pengelola Kinerja Unit", YearMonth.from(t).plusMonths(2));
            }
        }
        if (unitPermintaan != null) {
            permintaanDisetujui(unitId, ids, tanggal, hariIni);
        }
        return ids.size();
    }

    /** A plain quarterly DKO with its risalah, recorded by the Marves PKO. */
    private int dkoSaja(Long unitId, int tahun, LocalDate hariIni) {
        masuk("marves.pko");
        int n = 0;
        for (int tw = 1; tw <= 4; tw++) {
            LocalDate t = LocalDate.of(tahun, tw * 3 - 1, 20);
            if (t.isAfter(hariIni)) {
                break;
            }
            List<Long> iku = dialog.ikuUntuk(unitId, t).stream().limit(2).map(DialogService.IkuLingkup::akarId).toList();
            dialog.catat(unitId, new DialogKinerja.Risalah(t, DialogKinerja.Tingkat.ORGANISASI,
                    DialogKinerja.Bentuk.KELOMPOK, DialogKinerja.Sifat.BERKALA, "Ruang Rapat Kemenko Marves",
                    "Pimpinan unit", "Pimpinan unit", null, "Pimpinan unit dan pengelola kinerja",
                    "Dialog Kinerja Organisasi TW " + tw, "Rencana aksi TW " + tw + " berjalan sesuai jadwal.",
                    "Tidak ada hambatan berarti.", null, null, false, DialogKinerja.StatusSelesai.SELESAI, null, iku));
            n++;
        }
        return n;
    }

    /** The latest dialog whose next quarter is still in the year files a target change; the PKO approves. */
    private void permintaanDisetujui(Long unitId, List<Long> ids, List<LocalDate> tanggal, LocalDate hariIni) {
        if (tanggal.isEmpty() || tanggal.get(0).getYear() != hariIni.getYear()) {
            return;
        }
        int twKini = (hariIni.getMonthValue() + 2) / 3;
        for (int i = ids.size() - 1; i >= 0; i--) {
            int tw = (tanggal.get(i).getMonthValue() + 2) / 3;
            if (Math.max(tw + 1, twKini) > 4) {
                continue;
            }
            var iku = dialog.ikuUntukPermintaan(unitId, tanggal.get(i).getYear()).stream()
                    .filter(x -> x.target() != null).findFirst();
            if (iku.isEmpty()) {
                return;
            }
            BigDecimal baru = iku.get().target().multiply(new BigDecimal("0.90")).setScale(2,
                    RoundingMode.HALF_UP);
            Long p = dialog.ajukanPermintaan(ids.get(i), PermintaanPerubahan.Jenis.TARGET, iku.get().akarId(), baru,
                    "Target " + iku.get().kode() + " disesuaikan menjadi " + baru.toPlainString(),
                    "Kebijakan energi nasional berubah; sebagian kegiatan mitra ditunda ke tahun berikutnya.");
            masuk("marves.pko");
            // the seed is one transaction: start the revision from freshly loaded plan rows, not from
            // lazy proxies earlier steps left in the persistence context (the copy reads their fields)
            em.flush();
            em.clear();
            dialog.setujui(p, 0, "Disetujui dalam Dialog Kinerja Organisasi; revisi PK disiapkan unit.");
            return;
        }
    }

    private void logbook(Map<String, Long> unitIds, int tahun, LocalDate hariIni) {
        Long jabatan = unitIds.get("ROREN-PK-EVA-01");
        pengguna.buatAkunAwal("kemenlu.analis", "198703152010012003", "Dewi Lestari, S.E.",
                "Analis Kebijakan Ahli Muda", "Penata (III/c)", encoder.encode("demo"), false,
                List.of(Map.entry(jabatan, Peran.PERENCANA)));
        masuk("kemenlu.analis");
        List<Long> diskusi = new ArrayList<>();
        // the last three weeks' working days, within a year back and not in the future
        for (int h = 20; h >= 0; h--) {
            LocalDate t = hariIni.minusDays(h);
            if (t.getYear() != tahun || t.getDayOfWeek().getValue() > 5) {
                continue;
            }
            boolean perluDiskusi = t.getDayOfMonth() % 6 == 0;
            Long id = logbook.tulis(jabatan, t, null, perluDiskusi
                    ? "Kendala rumus IKU indeks kepuasan: data survei belum lengkap"
                    : "Rekap capaian IKU unit dan verifikasi bukti dukung", perluDiskusi
                    ? null : "https://drive.kemlu.go.id/kinerja/rekap-" + t,
                    perluDiskusi ? LogbookHarian.Kategori.PERLU_DISKUSI : LogbookHarian.Kategori.BIASA);
            if (perluDiskusi) {
                diskusi.add(id);
            }
        }
        if (diskusi.size() > 1) {
            masuk("kemenlu.pimpinan");
            logbook.jawab(diskusi.get(0), 0, "Gunakan data survei semester I; bahas di dialog kinerja berikutnya.");
        }
    }

    private void masuk(String username) {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername(username);
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        SecurityContextHolder.setContext(ctx);
    }
}
