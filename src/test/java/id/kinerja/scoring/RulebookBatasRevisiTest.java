package id.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The revision cut-off is rulebook data: a valid month-day, or none. */
class RulebookBatasRevisiTest {

    @Test
    void kemenluStopsRevisionsAfterTheTwentiethOfOctober() {
        assertThat(Rulebooks.KEMENLU_BSC.revisionCutoff(2026)).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(Rulebooks.KEMENLU_BSC.revisionCutoff(2027)).isEqualTo(LocalDate.of(2027, 10, 20));
        assertThat(Rulebooks.MARVES.revisionCutoff(2026)).isNull();
        assertThat(Rulebooks.KEMENKEU.revisionCutoff(2026)).isNull();
    }

    @Test
    void aCutoffIsAValidMonthDayOrNothing() {
        assertThat(Rulebooks.MARVES.withRevisionCutoff("  ").revisionCutoff()).isNull();
        assertThat(Rulebooks.MARVES.withRevisionCutoff("12-31").revisionCutoff(2026))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        for (String salah : new String[] {"10-32", "13-01", "2-30", "02-30", "20-10", "10/20"}) {
            assertThatThrownBy(() -> Rulebooks.MARVES.withRevisionCutoff(salah)).as(salah)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void editingOtherPartsKeepsTheCutoff() {
        Rulebook r = Rulebooks.KEMENLU_BSC.withPerspectiveWeightSets(Rulebooks.KEMENLU_BSC.perspectiveWeightSets());
        assertThat(r.revisionCutoff()).isEqualTo("10-20");
        assertThat(r).isEqualTo(Rulebooks.KEMENLU_BSC);
    }
}
