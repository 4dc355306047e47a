package id.kinerja.laporan;

import java.util.Optional;

/** The period of an LKj: a quarter's report (s.d. TW n) or the annual one. */
public enum PeriodeLkj {
    TW1(1), TW2(2), TW3(3), TAHUN(4);

    private final int triwulan;

    PeriodeLkj(int triwulan) {
        this.triwulan = triwulan;
    }

    /** The quarter the numbers run up to ("s.d. TW n"; the year is s.d. TW IV). */
    public int triwulan() {
        return triwulan;
    }

    public boolean tahunan() {
        return this == TAHUN;
    }

    public static Optional<PeriodeLkj> dari(String teks) {
        if (teks == null || teks.length() > 5) {
            return Optional.empty();
        }
        for (PeriodeLkj p : values()) {
            if (p.name().equals(teks)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
