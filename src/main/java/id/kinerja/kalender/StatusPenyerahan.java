package id.kinerja.kalender;

import id.kinerja.platform.waktu.Waktu;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Where one document of one unit stands against its deadline. Judged on WIB calendar days: handed
 * in on the deadline day is on time; {@code hari} counts the days late (or overdue while missing).
 */
public record StatusPenyerahan(Kategori kategori, long hari, Instant diserahkan) {

    public enum Kategori { TEPAT_WAKTU, TERLAMBAT, TIDAK_ADA, BELUM_JATUH_TEMPO, TIDAK_DIPANTAU }

    public static StatusPenyerahan nilai(LocalDate tenggat, boolean dipantau, Instant diserahkan, LocalDate hariIni) {
        if (!dipantau) {
            return new StatusPenyerahan(Kategori.TIDAK_DIPANTAU, 0, null);
        }
        if (diserahkan != null) {
            long telat = ChronoUnit.DAYS.between(tenggat, diserahkan.atZone(Waktu.WIB).toLocalDate());
            return telat > 0 ? new StatusPenyerahan(Kategori.TERLAMBAT, telat, diserahkan)
                    : new StatusPenyerahan(Kategori.TEPAT_WAKTU, 0, diserahkan);
        }
        if (hariIni.isAfter(tenggat)) {
            return new StatusPenyerahan(Kategori.TIDAK_ADA, ChronoUnit.DAYS.between(tenggat, hariIni), null);
        }
        return new StatusPenyerahan(Kategori.BELUM_JATUH_TEMPO, 0, null);
    }

    /** Late or missing: what the dashboard flags. */
    public boolean bermasalah() {
        return kategori == Kategori.TERLAMBAT || kategori == Kategori.TIDAK_ADA;
    }
}
