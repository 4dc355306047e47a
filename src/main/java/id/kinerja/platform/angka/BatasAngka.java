package id.kinerja.platform.angka;

/**
 * How large and how fine a number may be where it is entered: digits before and after the decimal
 * comma (the column's precision and scale), whether it may be negative, and whether an {@code Rp}
 * prefix is accepted. A value finer than {@link #digitPecahan()} is refused, never rounded, so
 * nothing is stored other than what was typed (0,0000001 never silently becomes 0).
 */
public record BatasAngka(int digitBulat, int digitPecahan, boolean bolehNegatif, boolean bolehRupiah) {

    /** IKU targets, trajectory, realisations, rulebook numbers: numeric(24, 6). */
    public static final BatasAngka NILAI = new BatasAngka(18, 6, true, false);

    /** Rupiah amounts (activity budget, PK budget lines): numeric(18, 2), not negative, cents kept. */
    public static final BatasAngka RUPIAH = new BatasAngka(16, 2, false, true);

    public BatasAngka {
        if (digitBulat < 1 || digitBulat > AngkaIndonesia.MAKS_DIGIT || digitPecahan < 0
                || digitPecahan > AngkaIndonesia.MAKS_DIGIT) {
            throw new IllegalArgumentException("batas digit di luar 1.." + AngkaIndonesia.MAKS_DIGIT);
        }
    }

    public BatasAngka tanpaNegatif() {
        return new BatasAngka(digitBulat, digitPecahan, false, bolehRupiah);
    }
}
