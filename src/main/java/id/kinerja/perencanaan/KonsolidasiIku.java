package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How an IKU's values travel: across the reporting periods of the year (period consolidation) and
 * across the units below it (cascading type and method, location consolidation).
 */
@Embeddable
public record KonsolidasiIku(
        @Enumerated(EnumType.STRING) @Column(name = "jenis_cascading", nullable = false)
        JenisCascading jenisCascading,
        @Enumerated(EnumType.STRING) @Column(name = "metode_cascading") MetodeCascading metodeCascading,
        @Enumerated(EnumType.STRING) @Column(name = "konsolidasi_periode", nullable = false)
        PeriodConsolidation konsolidasiPeriode,
        @Enumerated(EnumType.STRING) @Column(name = "konsolidasi_lokasi")
        LocationConsolidation konsolidasiLokasi,
        @Enumerated(EnumType.STRING) @Column(name = "periode_pelaporan", nullable = false)
        JenisPeriode periodePelaporan) {

    /** Not cascaded (N), reported in {@code periode}, periods combined by {@code konsolidasi}. */
    public static KonsolidasiIku tanpaCascading(PeriodConsolidation konsolidasi, JenisPeriode periode) {
        return new KonsolidasiIku(JenisCascading.N, null, konsolidasi, null, periode);
    }

    /**
     * What an IKU keeps: a cascading method only when it cascades at all, a location consolidation
     * only for an INDIRECT method as entered (a form may send leftovers of fields it hid).
     */
    public KonsolidasiIku dinormalisasi() {
        return new KonsolidasiIku(jenisCascading, jenisCascading == JenisCascading.N ? null : metodeCascading,
                konsolidasiPeriode, metodeCascading == MetodeCascading.INDIRECT ? konsolidasiLokasi : null,
                periodePelaporan);
    }

    public KonsolidasiIku withCascading(JenisCascading jenis, MetodeCascading metode,
            LocationConsolidation lokasi) {
        return new KonsolidasiIku(jenis, metode, konsolidasiPeriode, lokasi, periodePelaporan);
    }

    public KonsolidasiIku withKonsolidasiPeriode(PeriodConsolidation konsolidasiPeriode) {
        return new KonsolidasiIku(jenisCascading, metodeCascading, konsolidasiPeriode, konsolidasiLokasi,
                periodePelaporan);
    }

    public KonsolidasiIku withPeriodePelaporan(JenisPeriode periodePelaporan) {
        return new KonsolidasiIku(jenisCascading, metodeCascading, konsolidasiPeriode, konsolidasiLokasi,
                periodePelaporan);
    }
}
