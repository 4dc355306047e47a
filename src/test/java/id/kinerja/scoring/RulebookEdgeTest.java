package id.kinerja.scoring;

import static id.kinerja.scoring.TestValues.bd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rulebook validation and look-ups at exact edges: overlapping bands, quotas, depths, deadlines. */
class RulebookEdgeTest {

    private static final Rulebook M = Rulebooks.MARVES;

    private static Rulebook with(List<StatusBand> status, BigDecimal cap, BigDecimal floor, BigDecimal quota,
                                 Map<String, Integer> depths, Map<String, String> deadlines) {
        return new Rulebook("X", WeightingScheme.QUALITY_TIER, RollUp.NKO, List.of(), M.predikatBands(), status,
                cap, floor, quota, Map.of(), false, depths, deadlines, null);
    }

    private static Rulebook withStatus(List<StatusBand> status) {
        return with(status, bd("120"), bd("0"), null, null, null);
    }

    @Test
    void overlappingOrDuplicateStatusBandsAreRejected() {
        StatusBand hijau = new StatusBand(Band.HIJAU, "h", bd("100"), true, bd("120"), true);
        StatusBand kuningTouching = new StatusBand(Band.KUNING, "k", bd("80"), true, bd("100"), true);
        StatusBand kuning = new StatusBand(Band.KUNING, "k", bd("80"), true, bd("100"), false);
        StatusBand merah = new StatusBand(Band.MERAH, "m", null, false, bd("80"), false);
        StatusBand merahOverlapsHijau = new StatusBand(Band.MERAH, "m", bd("110"), true, null, false);
        assertThat(withStatus(List.of(hijau, kuning, merah)).band(bd("99.995"))).isEqualTo(Band.HIJAU);
        assertThatThrownBy(() -> withStatus(List.of(hijau, kuningTouching)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status band KUNING overlaps HIJAU");
        // overlap with a band that is not the previous one
        assertThatThrownBy(() -> withStatus(List.of(hijau, kuning, merahOverlapsHijau)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status band MERAH overlaps HIJAU");
        assertThatThrownBy(() -> withStatus(List.of(hijau, kuning, new StatusBand(Band.HIJAU, "h2", bd("200"), true,
                null, false)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("duplicate status band HIJAU");
        assertThatThrownBy(() -> withStatus(List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status bands are required");
        assertThatThrownBy(() -> withStatus(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status bands are required");
    }

    @Test
    void valueOutsideEveryStatusBandHasNoBand() {
        Rulebook gap = withStatus(List.of(new StatusBand(Band.HIJAU, "h", bd("100"), true, bd("120"), true)));
        assertThat(gap.statusBandOf(bd("99.99"))).isNull();
        assertThat(gap.band(bd("120.004"))).isEqualTo(Band.HIJAU);
        assertThat(gap.band(bd("120.005"))).isNull();
        assertThat(gap.statusBandOf(null)).isNull();
        assertThat(gap.band(null)).isNull();
        assertThat(M.band(bd("130"))).isNull();
    }

    @Test
    void floorMustBeBelowCapAndQuotaWithin0To100() {
        assertThatThrownBy(() -> with(M.statusBands(), bd("100"), bd("100"), null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("floor must be below cap");
        assertThat(with(M.statusBands(), bd("100"), bd("99.99"), null, null, null).floor()).isEqualByComparingTo("99.99");
        assertThat(with(M.statusBands(), bd("120"), bd("0"), bd("0"), null, null).konversi120QuotaPercent()).isZero();
        assertThat(with(M.statusBands(), bd("120"), bd("0"), bd("100"), null, null).konversi120QuotaPercent())
                .isEqualByComparingTo("100");
        assertThatThrownBy(() -> with(M.statusBands(), bd("120"), bd("0"), bd("-0.01"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quota must be 0..100");
        assertThatThrownBy(() -> with(M.statusBands(), bd("120"), bd("0"), bd("100.01"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quota must be 0..100");
    }

    @Test
    void cascadeDepthLimits() {
        Rulebook rb = with(M.statusBands(), bd("120"), bd("0"), null, Map.of("ESELON_I", 1, "ESELON_II", 3), null);
        assertThat(rb.cascadeDepth("ESELON_I")).isEqualTo(1);
        assertThat(rb.cascadeDepth("ESELON_II")).isEqualTo(3);
        assertThat(rb.cascadeDepth("LAIN")).isEqualTo(Rulebook.DEFAULT_CASCADE_DEPTH);
        assertThat(M.cascadeDepth("LAIN")).isEqualTo(2);
        for (Map<String, Integer> bad : List.of(Map.of("ESELON_I", 0), Map.of(" ", 1))) {
            assertThatThrownBy(() -> with(M.statusBands(), bd("120"), bd("0"), null, bad, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid cascade depth");
        }
        Map<String, Integer> nullValue = new HashMap<>();
        nullValue.put("ESELON_I", null);
        Map<String, Integer> nullKey = new HashMap<>();
        nullKey.put(null, 1);
        for (Map<String, Integer> bad : List.of(nullValue, nullKey)) {
            assertThatThrownBy(() -> with(M.statusBands(), bd("120"), bd("0"), null, bad, null))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid cascade depth");
        }
    }

    @Test
    void pkDeadlines() {
        Rulebook rb = with(M.statusBands(), bd("120"), bd("0"), null, null, Map.of("ESELON_I", "02-29"));
        assertThat(rb.pkDeadline("ESELON_I", 2028)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(rb.pkDeadline("ESELON_I", 2027)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(rb.pkDeadline("LAIN", 2027)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThatThrownBy(() -> with(M.statusBands(), bd("120"), bd("0"), null, null, Map.of("ESELON_I", "13-01")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid PK deadline");
    }

    @Test
    void perspectiveSetByCode() {
        Rulebook bsc = Rulebooks.KEMENLU_BSC;
        for (PerspectiveWeights set : bsc.perspectiveWeightSets()) {
            assertThat(bsc.perspectiveSet(set.code())).containsSame(set);
        }
        assertThat(bsc.perspectiveSet("TIDAK_ADA")).isEmpty();
        assertThat(M.perspectiveSet("FOUR")).isEmpty();
    }
}
