package id.kinerja.kalender;

import id.kinerja.pengguna.PemegangPeran;
import id.kinerja.pengguna.PemegangPeran.Penerima;
import jakarta.annotation.PreDestroy;
import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link KirimPemberitahuan}: one {@code notifikasi} row per key (insert … on conflict do nothing), the
 * e-mail decided as {@link PengingatService} decides it (a mail sender exists and the user has an
 * address) and queued in the same row. After the caller's transaction commits, the queue is sent by
 * {@link PengingatService#kirimSurel} on one background thread, so a slow SMTP server never holds a
 * request; what fails stays queued for the daily run. The mail sender is looked up at each notice:
 * Spring Boot has one exactly when {@code spring.mail.host} is set.
 */
@Service
class PemberitahuanService implements KirimPemberitahuan {

    private static final Logger log = LoggerFactory.getLogger(PemberitahuanService.class);

    private final JdbcTemplate jdbc;
    private final PemegangPeran pengguna;
    private final ObjectProvider<JavaMailSender> surel;
    private final PengingatService pengingat;
    private final Clock clock;
    private final ExecutorService pelaksana = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pemberitahuan-surel");
        t.setDaemon(true);
        return t;
    });
    /** One send of the queue waiting at most: notices made meanwhile go out with it. */
    private final AtomicBoolean menunggu = new AtomicBoolean();

    PemberitahuanService(JdbcTemplate jdbc, PemegangPeran pengguna, ObjectProvider<JavaMailSender> surel,
            PengingatService pengingat, Clock clock) {
        this.jdbc = jdbc;
        this.pengguna = pengguna;
        this.surel = surel;
        this.pengingat = pengingat;
        this.clock = clock;
    }

    @Override
    public boolean kirim(Pemberitahuan p) {
        Optional<Penerima> orang = pengguna.aktif(p.username());
        if (orang.isEmpty()) {
            return false;
        }
        String email = orang.get().email();
        boolean kirim = surel.getIfAvailable() != null && email != null && !email.isBlank();
        String[] argumen = p.argumen().toArray(String[]::new);
        int baru = jdbc.update("""
                insert into notifikasi (pengguna_id, unit_id, unit_nama, tahun, tenggat, dibuat_pada, surel_status, surel,
                                        kunci, pesan, argumen, tautan)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kunci) do nothing""", ps -> {
                    ps.setLong(1, orang.get().penggunaId());
                    ps.setLong(2, p.unitId());
                    ps.setString(3, p.unitNama());
                    ps.setInt(4, p.tahun());
                    if (p.tenggat() == null) {
                        ps.setNull(5, Types.DATE);
                    } else {
                        ps.setDate(5, Date.valueOf(p.tenggat()));
                    }
                    ps.setTimestamp(6, Timestamp.from(clock.instant()));
                    ps.setString(7, kirim ? "MENUNGGU" : null);
                    ps.setString(8, kirim ? email.trim() : null);
                    ps.setString(9, p.kunci());
                    ps.setString(10, p.pesan());
                    ps.setArray(11, ps.getConnection().createArrayOf("text", argumen));
                    ps.setString(12, p.tautan());
                });
        if (baru > 0 && kirim) {
            setelahCommit();
        }
        return baru > 0;
    }

    private void setelahCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    kirimAntrean();
                }
            });
        } else {
            kirimAntrean();
        }
    }

    private void kirimAntrean() {
        JavaMailSender s = surel.getIfAvailable();
        if (s == null || !menunggu.compareAndSet(false, true)) {
            return;
        }
        try {
            pelaksana.execute(() -> {
                menunggu.set(false);
                try {
                    pengingat.kirimSurel(s);
                } catch (RuntimeException e) {
                    // stays queued (MENUNGGU or MENGIRIM); the daily run picks MENUNGGU up again
                    log.warn("Surel pemberitahuan tertunda: {}", e.getMessage());
                }
            });
        } catch (RejectedExecutionException e) {
            menunggu.set(false);
        }
    }

    @PreDestroy
    void berhenti() {
        pelaksana.shutdownNow();
    }
}
