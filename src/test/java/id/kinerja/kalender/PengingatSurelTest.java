package id.kinerja.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.kinerja.akses.KinerjaUser;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue 14 item 7: a reminder e-mail reaches a real (in-process) SMTP server exactly once while
 * two scheduler "instances" — each its own PengingatService with its own mail sender, on the one
 * database and the one ShedLock provider — run the job at the same moment, and again when both
 * run once more without the lock (the unique key per reminder). The scheduled bean itself is
 * skipped while another instance holds its lock.
 */
@IntegrationTest
class PengingatSurelTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    PengingatService pengingat;

    @Autowired
    PengingatTerjadwal terjadwal;

    @Autowired
    LockProvider lockProvider;

    @Autowired
    JamUji jam;

    private long idAwal;

    @AfterEach
    void bersihkan() {
        jam.pulihkan();
        SecurityContextHolder.clearContext();
        // reminders this test made for the demo's people too: gone, so no other test sees them
        jdbc.update("delete from notifikasi where id > ?", idAwal);
    }

    private JavaMailSenderImpl pengirim() {
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("localhost");
        s.setPort(smtp.getSmtp().getPort());
        return s;
    }

    @Test
    void oneMailPerReminderWithTwoInstancesAndReruns() throws Exception {
        idAwal = jdbc.queryForObject("select coalesce(max(id), 0) from notifikasi", Long.class);
        // a Kemenlu "Three" with its planner: realisation and LKj triwulan TW III are due 6 October
        KinerjaUser pko = (KinerjaUser) users.loadUserByUsername("kemenlu.pko");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(pko, null, pko.getAuthorities()));
        String akhiran = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
        // a chain of its own under the ministry (One → Two → Three): the demo's subtrees stay as they are
        String kode = "UJI-PGT-" + akhiran.toUpperCase();
        long satu = units.buat(new UnitParameters(DemoUnits.id(jdbc, "KEMENLU"), kode + "-1", "Badan Uji " + kode,
                JenisUnit.UNIT_KERJA, true, "Kepala Badan Uji", 98)).id();
        long dua = units.buat(new UnitParameters(satu, kode + "-2", "Biro Uji " + kode, JenisUnit.UNIT_KERJA, true,
                "Kepala Biro Uji", 1)).id();
        long unit = units.buat(new UnitParameters(dua, kode, "Bagian Uji Pengingat " + akhiran, JenisUnit.UNIT_KERJA,
                false, "Kepala Bagian", 1)).id();
        SecurityContextHolder.clearContext();
        String alamat = "perencana." + akhiran + "@uji-kalender.example";
        long orang = jdbc.queryForObject("insert into pengguna (username, nama, email, password_hash) values (?, ?, ?, 'x') "
                + "returning id", Long.class, "uji.pengingat." + akhiran, "Perencana Uji", alamat);
        jdbc.update("insert into penugasan (pengguna_id, unit_id, peran) values (?, ?, 'PERENCANA')", orang, unit);

        // three days before: inside the reminder window of 6 October
        jam.setel("2026-10-03T06:00:00+07:00");

        // another instance holds the job's lock: the scheduled bean does nothing
        SimpleLock dipegang = lockProvider.lock(new LockConfiguration(Instant.now(), "kalender-pengingat",
                Duration.ofMinutes(1), Duration.ZERO)).orElseThrow();
        try {
            terjadwal.jalankan();
        } finally {
            dipegang.unlock();
        }
        assertThat(jdbc.queryForObject("select count(*) from notifikasi where pengguna_id = ?", Integer.class, orang))
                .isZero();

        // two instances, the same moment, the same lock provider and database, each with its own sender
        PengingatService a = pengingat.denganSurel(Optional.of(pengirim()));
        PengingatService b = pengingat.denganSurel(Optional.of(pengirim()));
        DefaultLockingTaskExecutor pelaksana = new DefaultLockingTaskExecutor(lockProvider);
        CountDownLatch mulai = new CountDownLatch(1);
        List<Throwable> galat = new ArrayList<>();
        List<Thread> instansi = new ArrayList<>();
        for (PengingatService s : List.of(a, b)) {
            Thread t = new Thread(() -> {
                try {
                    mulai.await();
                    pelaksana.executeWithLock((Runnable) s::jalankan, new LockConfiguration(Instant.now(),
                            "kalender-pengingat-uji-" + akhiran, Duration.ofMinutes(5), Duration.ofMinutes(1)));
                } catch (Throwable e) {
                    synchronized (galat) {
                        galat.add(e);
                    }
                }
            });
            t.start();
            instansi.add(t);
        }
        mulai.countDown();
        for (Thread t : instansi) {
            t.join(120_000);
        }
        assertThat(galat).isEmpty();
        // and both once more without any lock (a rerun, a misconfigured node): the key holds
        a.jalankan();
        b.jalankan();
        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();

        List<String> subjek = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            for (Address to : m.getAllRecipients()) {
                if (to.toString().equals(alamat)) {
                    subjek.add(m.getSubject());
                }
            }
        }
        assertThat(subjek).containsExactlyInAnyOrder(
                "[Kinerja] Pengingat: Laporan Realisasi TW III 2026 jatuh tempo Selasa, 6 Oktober 2026",
                "[Kinerja] Pengingat: LKj Triwulan TW III 2026 jatuh tempo Selasa, 6 Oktober 2026");
        assertThat(jdbc.queryForList("select surel_status from notifikasi where pengguna_id = ?", String.class, orang))
                .containsExactly("TERKIRIM", "TERKIRIM");

        // on the day itself: one more of each kind, once
        jam.setel("2026-10-06T06:00:00+07:00");
        a.jalankan();
        b.jalankan();
        assertThat(smtp.waitForIncomingEmail(10_000, 4)).isTrue();
        long hariH = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (m.getAllRecipients()[0].toString().equals(alamat) && m.getSubject().startsWith("[Kinerja] Hari ini")) {
                hariH++;
                assertThat(m.getContent().toString()).contains("Bagian Uji Pengingat " + akhiran);
            }
        }
        assertThat(hariH).isEqualTo(2);
        // nothing else was recorded or sent for this person
        assertThat(jdbc.queryForObject("select count(*) from notifikasi where pengguna_id = ?", Integer.class, orang))
                .isEqualTo(4);
        assertThat(smtp.getReceivedMessages()).filteredOn(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(alamat);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).hasSize(4);
    }
}
