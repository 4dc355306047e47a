package id.kinerja.kalender;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily reminder run (default 06:00 WIB). The ShedLock lock lets one instance run it at a
 * time; the unique key per reminder (PengingatService) makes even an overlapping or repeated run
 * harmless. {@code kinerja.kalender.pengingat.aktif=false} switches the schedule off.
 */
@Component
@ConditionalOnProperty(name = "kinerja.kalender.pengingat.aktif", havingValue = "true", matchIfMissing = true)
public class PengingatTerjadwal {

    private final PengingatService pengingat;

    PengingatTerjadwal(PengingatService pengingat) {
        this.pengingat = pengingat;
    }

    @Scheduled(cron = "${kinerja.kalender.pengingat.cron:0 0 6 * * *}", zone = "Asia/Jakarta")
    @SchedulerLock(name = "kalender-pengingat", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
    public void jalankan() {
        pengingat.jalankan();
    }
}
