package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * One status band of a rulebook (Kemenlu Gambar 3.33), judged on the value rounded to 2 decimals:
 * HIJAU 100 ≤ X ≤ 120 "Memenuhi Ekspektasi", KUNING 80 ≤ X &lt; 100 "Belum Memenuhi Ekspektasi",
 * MERAH X &lt; 80 "Tidak Memenuhi Ekspektasi". A null bound is unbounded.
 */
public record StatusBand(Band band, String label, BigDecimal lower, boolean lowerInclusive,
                         BigDecimal upper, boolean upperInclusive) {

    public StatusBand {
        if (band == null) {
            throw new IllegalArgumentException("a status band needs a band");
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("status band " + band + " needs a label");
        }
        Scores.checkInterval("status band " + band, lower, lowerInclusive, upper, upperInclusive);
    }

    /** Whether the (already rounded) value lies in this band. */
    public boolean contains(BigDecimal value) {
        return Scores.within(value, lower, lowerInclusive, upper, upperInclusive);
    }

    boolean overlaps(StatusBand o) {
        return Scores.overlaps(lower, lowerInclusive, upper, upperInclusive,
                o.lower, o.lowerInclusive, o.upper, o.upperInclusive);
    }
}
