package id.kinerja.penilaian;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily run of the overdue-answer reminders of objections (default 06:05 WIB, after the calendar's
 * reminders). Switched off with the calendar's ones ({@code kinerja.kalender.pengingat.aktif=false}); the
 * ShedLock lock and the per-day key of each reminder make a second instance or a rerun harmless.
 */
@Component
@ConditionalOnProperty(name = "kinerja.kalender.pengingat.aktif", havingValue = "true", matchIfMissing = true)
class PengingatKeberatanTerjadwal {

    private final PemberitahuanKeberatan pemberitahuan;

    PengingatKeberatanTerjadwal(PemberitahuanKeberatan pemberitahuan) {
        this.pemberitahuan = pemberitahuan;
    }

    @Scheduled(cron = "${kinerja.penilaian.keberatan.pengingat.cron:0 5 6 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "penilaian-keberatan-pengingat", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void jalankan() {
        pemberitahuan.pengingat();
    }
}
