package id.kinerja.kalender;

import id.kinerja.akses.Peran;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The documents of the reporting calendar (Kemenlu Tabel 3.40, Marves §2.4.4), the periods each
 * is due for, the day its deadline is counted from, and who is reminded of it (roles held on the
 * unit itself). The code is the rulebook's key in {@code calendarDeadlines}.
 */
public enum JenisDokumen {
    PK(true, List.of(JenisDokumen.TAHUN), EnumSet.of(Peran.PERENCANA, Peran.PIMPINAN, Peran.PKO_UNIT)),
    MANUAL_IKU(true, List.of(JenisDokumen.TAHUN), EnumSet.of(Peran.PERENCANA, Peran.PKO_UNIT)),
    REALISASI(false, List.of("TW1", "TW2", "TW3", "TW4"), EnumSet.of(Peran.PERENCANA, Peran.PKO_UNIT)),
    VALIDASI(false, List.of("TW1", "TW2", "TW3", "TW4"), EnumSet.of(Peran.VALIDATOR, Peran.PKO_UNIT)),
    DKO(false, List.of("TW1", "TW2", "TW3", "TW4"), EnumSet.of(Peran.PIMPINAN, Peran.PKO_UNIT)),
    LKJ_TRIWULAN(false, List.of("TW1", "TW2", "TW3"),
            EnumSet.of(Peran.PERENCANA, Peran.PIMPINAN, Peran.PKO_UNIT, Peran.PKO_PUSAT)),
    LKJ_TAHUNAN(false, List.of(JenisDokumen.TAHUN),
            EnumSet.of(Peran.PERENCANA, Peran.PIMPINAN, Peran.PKO_UNIT, Peran.PKO_PUSAT)),
    REVIU_LKJ(false, List.of(JenisDokumen.TAHUN), EnumSet.of(Peran.VALIDATOR, Peran.PKO_PUSAT));

    public static final String TAHUN = "TAHUN";

    /** Plans are due early in their own year; reports after the period they cover. */
    private final boolean awalTahun;
    private final List<String> periode;
    private final Set<Peran> penanggungJawab;

    JenisDokumen(boolean awalTahun, List<String> periode, Set<Peran> penanggungJawab) {
        this.awalTahun = awalTahun;
        this.periode = periode;
        this.penanggungJawab = penanggungJawab;
    }

    public List<String> periode() {
        return periode;
    }

    public Set<Peran> penanggungJawab() {
        return penanggungJawab;
    }

    /** The day the rulebook's rule counts from. */
    public LocalDate jangkar(int tahun, String kodePeriode) {
        if (awalTahun) {
            return LocalDate.of(tahun, 1, 1);
        }
        return akhirPeriode(tahun, kodePeriode);
    }

    /** The quarter whose rulebook version decides (the first for plans, the fourth for the year). */
    public int triwulanAturan(String kodePeriode) {
        if (awalTahun) {
            return 1;
        }
        return TAHUN.equals(kodePeriode) ? 4 : triwulan(kodePeriode);
    }

    public static int triwulan(String kodePeriode) {
        if (kodePeriode == null || !kodePeriode.matches("TW[1-4]")) {
            throw new IllegalArgumentException("periode " + kodePeriode);
        }
        return kodePeriode.charAt(2) - '0';
    }

    public static LocalDate akhirPeriode(int tahun, String kodePeriode) {
        if (TAHUN.equals(kodePeriode)) {
            return LocalDate.of(tahun, 12, 31);
        }
        return YearMonth.of(tahun, triwulan(kodePeriode) * 3).atEndOfMonth();
    }
}
