package id.kinerja.perencanaan;

import id.kinerja.scoring.Polarization;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An IKU's annual target as entered: a point, a range (stabilise) or a ratio (a point with the
 * labels of its numerator and denominator), plus the konversi-120 flag. The entered values are
 * kept as they are so that the scoring engine can place every refusal at its field, all at once;
 * {@link #bentuk(Polarization)} is the checked, typed view for code that computes with a target.
 */
@Embeddable
public record TargetIku(
        @Column(name = "target_maksimum", nullable = false) boolean targetMaksimum,
        @Column(name = "target") BigDecimal target,
        @Column(name = "target_bawah") BigDecimal targetBawah,
        @Column(name = "target_atas") BigDecimal targetAtas,
        @Column(name = "label_pembilang") String labelPembilang,
        @Column(name = "label_penyebut") String labelPenyebut) {

    /** A point target. */
    public static TargetIku titik(BigDecimal target) {
        return new TargetIku(false, target, null, null, null, null);
    }

    /** A range target [bawah, atas] (stabilise). */
    public static TargetIku rentang(BigDecimal bawah, BigDecimal atas) {
        return new TargetIku(false, null, bawah, atas, null, null);
    }

    /** A ratio target: the point value and what its numerator and denominator count. */
    public static TargetIku rasio(BigDecimal target, String labelPembilang, String labelPenyebut) {
        return new TargetIku(false, target, null, null, labelPembilang, labelPenyebut);
    }

    /** True when no target of any shape was entered. */
    public boolean kosong() {
        return target == null && targetBawah == null && targetAtas == null;
    }

    /**
     * The target's shape under a polarisation, the way scoring reads it: a stabilise IKU with a
     * bound is a range, an IKU with a numerator label a ratio, anything else a point.
     *
     * @throws IllegalArgumentException when the shape is broken (a range low above high, a point
     *                                  without value) — planning refuses such input before it is saved
     */
    public BentukTarget bentuk(Polarization polarisasi) {
        if (polarisasi == Polarization.STABILIZE && (targetBawah != null || targetAtas != null)) {
            return new Rentang(targetBawah, targetAtas);
        }
        if (labelPembilang != null) {
            return new Rasio(target, labelPembilang, labelPenyebut);
        }
        return new Titik(target);
    }

    public TargetIku withTarget(BigDecimal target) {
        return new TargetIku(targetMaksimum, target, targetBawah, targetAtas, labelPembilang, labelPenyebut);
    }

    public TargetIku withRentang(BigDecimal bawah, BigDecimal atas) {
        return new TargetIku(targetMaksimum, target, bawah, atas, labelPembilang, labelPenyebut);
    }

    public TargetIku withTargetMaksimum(boolean targetMaksimum) {
        return new TargetIku(targetMaksimum, target, targetBawah, targetAtas, labelPembilang, labelPenyebut);
    }

    public TargetIku withLabel(String labelPembilang, String labelPenyebut) {
        return new TargetIku(targetMaksimum, target, targetBawah, targetAtas, labelPembilang, labelPenyebut);
    }

    /** The typed shape of a target. */
    public sealed interface BentukTarget permits Titik, Rentang, Rasio {
    }

    /** One value to reach (maximise/minimise, or stabilise around it). */
    public record Titik(BigDecimal nilai) implements BentukTarget {
        public Titik {
            Objects.requireNonNull(nilai, "scoring.target.required");
        }
    }

    /** A band to stay within: both bounds present, not negative, low ≤ high. */
    public record Rentang(BigDecimal bawah, BigDecimal atas) implements BentukTarget {
        public Rentang {
            if (bawah == null || atas == null) {
                throw new IllegalArgumentException("scoring.targetRange.required");
            }
            if (bawah.signum() < 0 || atas.signum() < 0) {
                throw new IllegalArgumentException("scoring.target.negative");
            }
            if (bawah.compareTo(atas) > 0) {
                throw new IllegalArgumentException("scoring.targetRange.invalid");
            }
        }
    }

    /** A percentage of a numerator over a denominator; the value is the planned ratio × 100. */
    public record Rasio(BigDecimal nilai, String labelPembilang, String labelPenyebut) implements BentukTarget {
        public Rasio {
            Objects.requireNonNull(nilai, "scoring.target.required");
            Objects.requireNonNull(labelPembilang, "labelPembilang");
        }
    }
}
