package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The IKU value objects on their own (ADR 0019): copies, the target's typed shape, cascading leftovers. */
class NilaiIkuTest {

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    @Test
    void theComposedValueReadsThroughLikeTheFlatRecordDid() {
        IkuParameters susun = new IkuParameters(2, new UraianIku("Nama", "def", "for", "tuj", "%", "pj", "pd", "sd"),
                new KlasifikasiIku(Validity.EXACT, Control.LOW, QualityTier.OUTPUT, Polarization.STABILIZE),
                new KonsolidasiIku(JenisCascading.C, MetodeCascading.INDIRECT, PeriodConsolidation.AVERAGE,
                        LocationConsolidation.RAW_DATA, JenisPeriode.SEMESTER),
                new TargetIku(true, d("5"), d("1"), d("9"), "a", "b"), new RiwayatIku(d("1"), d("2"), d("3"), d("4")));
        // the read-through accessors answer what the flat record did
        assertThat(susun.nama()).isEqualTo("Nama");
        assertThat(susun.satuan()).isEqualTo("%");
        assertThat(susun.kendali()).isEqualTo(Control.LOW);
        assertThat(susun.polarisasi()).isEqualTo(Polarization.STABILIZE);
        assertThat(susun.konsolidasiLokasi()).isEqualTo(LocationConsolidation.RAW_DATA);
        assertThat(susun.periodePelaporan()).isEqualTo(JenisPeriode.SEMESTER);
        assertThat(susun.targetMaksimum()).isTrue();
        assertThat(susun.target()).isEqualTo(d("5"));
        assertThat(susun.targetBawah()).isEqualTo(d("1"));
        assertThat(susun.targetAtas()).isEqualTo(d("9"));
        assertThat(susun.labelPenyebut()).isEqualTo("b");
        assertThat(susun.dataY2Realisasi()).isEqualTo(d("2"));
        assertThat(susun.dataY1Realisasi()).isEqualTo(d("4"));
    }

    @Test
    void aCopyChangesOnlyWhatItNames() {
        IkuParameters p = IkuMother.iku("Jumlah laporan").satuan("laporan").rasio("x", "y").targetMaksimum().build();
        IkuParameters q = p.withTarget(d("7"));
        assertThat(q.target()).isEqualTo(d("7"));
        assertThat(q.withTarget(p.target())).isEqualTo(p);
        assertThat(q.labelPembilang()).isEqualTo("x");
        assertThat(q.targetMaksimum()).isTrue();
        assertThat(p.withNama("Lain").uraian()).isEqualTo(p.uraian().withNama("Lain"));
        assertThat(p.withNama("Lain").satuan()).isEqualTo("laporan");
        assertThat(p.klasifikasi().withPolarisasi(Polarization.MINIMIZE).kualitas()).isEqualTo(QualityTier.OUTPUT);
        assertThat(p.konsolidasi().withPeriodePelaporan(JenisPeriode.TAHUN).konsolidasiPeriode())
                .isEqualTo(PeriodConsolidation.SUM);
        assertThat(p.riwayat()).isEqualTo(RiwayatIku.KOSONG);
        assertThat(RiwayatIku.KOSONG.withY1(d("1"), null).kosong()).isFalse();
        assertThat(new IkuParameters(1, p.uraian(), p.klasifikasi(), p.konsolidasi(), p.targetIku(), null).riwayat())
                .isSameAs(RiwayatIku.KOSONG);
    }

    @Test
    void theTargetsShapeFollowsPolarisationAndLabels() {
        assertThat(TargetIku.titik(d("10")).bentuk(Polarization.MAXIMIZE)).isEqualTo(new TargetIku.Titik(d("10")));
        assertThat(TargetIku.rentang(d("1"), d("3")).bentuk(Polarization.STABILIZE))
                .isEqualTo(new TargetIku.Rentang(d("1"), d("3")));
        // a range left on a non-stabilise IKU is ignored, as scoring ignores it
        assertThat(TargetIku.titik(d("10")).withRentang(d("5"), d("1")).bentuk(Polarization.MINIMIZE))
                .isEqualTo(new TargetIku.Titik(d("10")));
        // a stabilise IKU without bounds is a point
        assertThat(TargetIku.titik(d("10")).bentuk(Polarization.STABILIZE)).isInstanceOf(TargetIku.Titik.class);
        assertThat(TargetIku.rasio(d("80"), "lulus", "peserta").bentuk(Polarization.MAXIMIZE))
                .isEqualTo(new TargetIku.Rasio(d("80"), "lulus", "peserta"));
        assertThat(TargetIku.titik(null).kosong()).isTrue();
        assertThat(TargetIku.rentang(null, d("1")).kosong()).isFalse();
    }

    @Test
    void aRangeHasBothBoundsNotNegativeLowNotAboveHigh() {
        assertThat(new TargetIku.Rentang(d("2"), d("2.0")).bawah()).isEqualTo(d("2"));
        assertThatThrownBy(() -> TargetIku.rentang(d("5"), d("4.99")).bentuk(Polarization.STABILIZE))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("scoring.targetRange.invalid");
        assertThatThrownBy(() -> new TargetIku.Rentang(null, d("1")))
                .hasMessage("scoring.targetRange.required");
        assertThatThrownBy(() -> new TargetIku.Rentang(d("1"), null))
                .hasMessage("scoring.targetRange.required");
        assertThatThrownBy(() -> new TargetIku.Rentang(d("-1"), d("1"))).hasMessage("scoring.target.negative");
        assertThatThrownBy(() -> new TargetIku.Rentang(d("0"), d("-0.01"))).hasMessage("scoring.target.negative");
        assertThatThrownBy(() -> new TargetIku.Titik(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new TargetIku.Rasio(d("1"), null, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void anIkuKeepsACascadingMethodOnlyWhenItCascadesAndALocationConsolidationOnlyForIndirect() {
        KonsolidasiIku n = new KonsolidasiIku(JenisCascading.N, MetodeCascading.DIRECT, PeriodConsolidation.SUM,
                LocationConsolidation.SUM, JenisPeriode.TRIWULAN).dinormalisasi();
        assertThat(n.metodeCascading()).isNull();
        assertThat(n.konsolidasiLokasi()).isNull();
        KonsolidasiIku direct = new KonsolidasiIku(JenisCascading.C, MetodeCascading.DIRECT, PeriodConsolidation.SUM,
                LocationConsolidation.SUM, JenisPeriode.TRIWULAN).dinormalisasi();
        assertThat(direct.metodeCascading()).isEqualTo(MetodeCascading.DIRECT);
        assertThat(direct.konsolidasiLokasi()).isNull();
        KonsolidasiIku indirect = new KonsolidasiIku(JenisCascading.CP, MetodeCascading.INDIRECT,
                PeriodConsolidation.AVERAGE, LocationConsolidation.RAW_DATA, JenisPeriode.TAHUN).dinormalisasi();
        assertThat(indirect).isEqualTo(new KonsolidasiIku(JenisCascading.CP, MetodeCascading.INDIRECT,
                PeriodConsolidation.AVERAGE, LocationConsolidation.RAW_DATA, JenisPeriode.TAHUN));
        // as before the value objects: the location is judged on the method as entered
        KonsolidasiIku sisa = new KonsolidasiIku(JenisCascading.N, MetodeCascading.INDIRECT, PeriodConsolidation.SUM,
                LocationConsolidation.AVERAGE, JenisPeriode.TRIWULAN).dinormalisasi();
        assertThat(sisa.metodeCascading()).isNull();
        assertThat(sisa.konsolidasiLokasi()).isEqualTo(LocationConsolidation.AVERAGE);
    }
}
