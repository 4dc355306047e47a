package id.kinerja.organisasi;

import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one rule for the fiscal year a page opens on when the user names none: the clock's WIB year
 * if any organisation has opened it, otherwise the latest fiscal year before it. So after New Year
 * the pages stay on the last year that exists (the demo's year) until the new one is opened.
 */
@Service
public class TahunBerjalan {

    private final TahunAnggaranRepository tahun;
    private final Clock clock;

    TahunBerjalan(TahunAnggaranRepository tahun, Clock clock) {
        this.tahun = tahun;
        this.clock = clock;
    }

    /** The clock's calendar year in WIB. */
    public int tahunKalender() {
        return Waktu.hariIni(clock).getYear();
    }

    /** The default fiscal year of planning, cascading and every page with an optional {@code ?tahun}. */
    @Transactional(readOnly = true)
    public int tahunBawaan() {
        int sekarang = tahunKalender();
        Integer ada = tahun.tahunTerakhirSampai(sekarang);
        return ada == null ? sekarang : ada;
    }

    /**
     * The default "s.d." quarter of a year: the last quarter that has ended (TW I while the first
     * is running; TW IV for a past year, TW I for a future one).
     */
    public int triwulanBawaan(int th) {
        var hariIni = Waktu.hariIni(clock);
        if (hariIni.getYear() != th) {
            return hariIni.getYear() > th ? 4 : 1;
        }
        return Math.max(1, (hariIni.getMonthValue() - 1) / 3);
    }
}
