package id.kinerja.perencanaan;

import id.kinerja.scoring.Control;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How the rulebook classifies an IKU for scoring: validity × control (the 0.3–1.0 weight index of
 * the balanced scorecard), Marves' quality tier, and the polarisation that decides how a
 * realisation turns into an achievement. The SS's perspective belongs to the SS, not here.
 */
@Embeddable
public record KlasifikasiIku(
        @Enumerated(EnumType.STRING) @Column(name = "validitas") Validity validitas,
        @Enumerated(EnumType.STRING) @Column(name = "kendali") Control kendali,
        @Enumerated(EnumType.STRING) @Column(name = "kualitas") QualityTier kualitas,
        @Enumerated(EnumType.STRING) @Column(name = "polarisasi", nullable = false) Polarization polarisasi) {

    /** Only a polarisation: no validity, control or quality tier (rulebooks that do not weigh them). */
    public static KlasifikasiIku dari(Polarization polarisasi) {
        return new KlasifikasiIku(null, null, null, polarisasi);
    }

    public KlasifikasiIku withValiditas(Validity validitas) {
        return new KlasifikasiIku(validitas, kendali, kualitas, polarisasi);
    }

    public KlasifikasiIku withKendali(Control kendali) {
        return new KlasifikasiIku(validitas, kendali, kualitas, polarisasi);
    }

    public KlasifikasiIku withKualitas(QualityTier kualitas) {
        return new KlasifikasiIku(validitas, kendali, kualitas, polarisasi);
    }

    public KlasifikasiIku withPolarisasi(Polarization polarisasi) {
        return new KlasifikasiIku(validitas, kendali, kualitas, polarisasi);
    }
}
