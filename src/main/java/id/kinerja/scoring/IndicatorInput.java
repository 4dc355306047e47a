package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * One IKU of a PK as scored for one period; target and realisation are already consolidated
 * ("s.d. period n", see {@link PeriodConsolidator}).
 *
 * @param code         IKU code (unique within the PK)
 * @param sasaranCode  code of its sasaran strategis (required for map owners under an NCKO rulebook)
 * @param perspective  perspective of the sasaran (required for map owners under an NCKO rulebook)
 * @param polarization MAXIMIZE / MINIMIZE / STABILIZE
 * @param target       point target; may be null when a STABILIZE range is given, or when the
 *                     realisation is n/a (period not due)
 * @param targetRange  STABILIZE target range, or null
 * @param realization  consolidated realisation; null = n/a
 * @param maxTarget    konversi 120: the target is the maximum attainable
 * @param validity     validity (VALIDITY_CONTROL rulebooks)
 * @param control      control (VALIDITY_CONTROL rulebooks, map owners)
 * @param quality      quality tier (QUALITY_TIER rulebooks)
 */
public record IndicatorInput(
        String code,
        String sasaranCode,
        Perspective perspective,
        Polarization polarization,
        BigDecimal target,
        TargetRange targetRange,
        BigDecimal realization,
        boolean maxTarget,
        Validity validity,
        Control control,
        QualityTier quality) {

    public static Builder builder(String code) {
        return new Builder().code(code);
    }

    /** Mutable builder (not shared; one per indicator being built). */
    public static final class Builder {
        private String code;
        private String sasaranCode;
        private Perspective perspective;
        private Polarization polarization = Polarization.MAXIMIZE;
        private BigDecimal target;
        private TargetRange targetRange;
        private BigDecimal realization;
        private boolean maxTarget;
        private Validity validity;
        private Control control;
        private QualityTier quality;

        public Builder code(String v) {
            code = v;
            return this;
        }

        public Builder sasaran(String v) {
            sasaranCode = v;
            return this;
        }

        public Builder perspective(Perspective v) {
            perspective = v;
            return this;
        }

        public Builder polarization(Polarization v) {
            polarization = v;
            return this;
        }

        public Builder target(BigDecimal v) {
            target = v;
            return this;
        }

        public Builder target(String v) {
            return target(v == null ? null : new BigDecimal(v));
        }

        public Builder targetRange(TargetRange v) {
            targetRange = v;
            return this;
        }

        public Builder realization(BigDecimal v) {
            realization = v;
            return this;
        }

        public Builder realization(String v) {
            return realization(v == null ? null : new BigDecimal(v));
        }

        public Builder maxTarget(boolean v) {
            maxTarget = v;
            return this;
        }

        public Builder validity(Validity v) {
            validity = v;
            return this;
        }

        public Builder control(Control v) {
            control = v;
            return this;
        }

        public Builder quality(QualityTier v) {
            quality = v;
            return this;
        }

        public IndicatorInput build() {
            return new IndicatorInput(code, sasaranCode, perspective, polarization, target, targetRange, realization,
                    maxTarget, validity, control, quality);
        }
    }
}
