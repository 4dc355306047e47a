package id.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeadlineRuleTest {

    private static final LocalDate TW3 = LocalDate.of(2026, 9, 30);
    private static final LocalDate AKHIR_TAHUN = LocalDate.of(2026, 12, 31);

    @Test
    void kemenluAndMarvesRulesCountFromTheEndOfThePeriod() {
        assertThat(DeadlineRule.parse("+2").apply(TW3)).isEqualTo("2026-10-02");
        assertThat(DeadlineRule.parse("d8").apply(TW3)).isEqualTo("2026-10-08");
        assertThat(DeadlineRule.parse("d15").apply(AKHIR_TAHUN)).isEqualTo("2027-01-15");
        assertThat(DeadlineRule.parse("+10").apply(TW3)).isEqualTo("2026-10-10");
        assertThat(DeadlineRule.parse("+31").apply(AKHIR_TAHUN)).isEqualTo("2027-01-31");
        assertThat(DeadlineRule.parse("+40").apply(AKHIR_TAHUN)).isEqualTo("2027-02-09");
        assertThat(DeadlineRule.parse("02-28").apply(AKHIR_TAHUN)).isEqualTo("2027-02-28");
        assertThat(DeadlineRule.parse("02-10").apply(AKHIR_TAHUN)).isEqualTo("2027-02-10");
        assertThat(DeadlineRule.parse("01-25").apply(LocalDate.of(2026, 1, 1))).isEqualTo("2026-01-25");
    }

    @Test
    void workingDaysSkipWeekends() {
        // 30 Sep 2026 is a Wednesday: ten working days later is Wednesday 14 October
        assertThat(DeadlineRule.parse("hk10").apply(TW3)).isEqualTo("2026-10-14");
        assertThat(DeadlineRule.parse("hk12").apply(TW3)).isEqualTo("2026-10-16");
        // 31 Dec 2026 is a Thursday: Friday 1 Jan counts (holidays are not known), Mon 4 Jan second
        assertThat(DeadlineRule.parse("hk2").apply(AKHIR_TAHUN)).isEqualTo("2027-01-04");
    }

    @Test
    void publicHolidaysAreNotWorkingDays() {
        // TW I 2026 ends Tuesday 31 March; Friday 3 April 2026 is Wafat Yesus Kristus (SKB 3 Menteri 2026)
        LocalDate tw1 = LocalDate.of(2026, 3, 31);
        java.util.Set<LocalDate> libur = java.util.Set.of(LocalDate.of(2026, 4, 3));
        assertThat(DeadlineRule.parse("hk10").apply(tw1)).isEqualTo("2026-04-14");
        assertThat(DeadlineRule.parse("hk10").apply(tw1, libur::contains)).isEqualTo("2026-04-15");
        // calendar-day rules do not move
        assertThat(DeadlineRule.parse("+10").apply(tw1, libur::contains)).isEqualTo("2026-04-10");
        assertThat(DeadlineRule.parse("d10").apply(tw1, libur::contains)).isEqualTo("2026-04-10");
        // a holiday on a weekend changes nothing; a calendar with no working day at all is refused
        assertThat(DeadlineRule.parse("hk2").apply(tw1, LocalDate.of(2026, 4, 5)::equals)).isEqualTo("2026-04-02");
        assertThatThrownBy(() -> DeadlineRule.parse("hk1").apply(tw1, d -> true))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anythingElseIsRejectedAndTextRoundTrips() {
        for (String salah : new String[] {"", "+", "+999", "d0", "d29", "hk0", "13-01", "02-30x", "x", "+1000000000",
                "hk999", null}) {
            assertThatThrownBy(() -> DeadlineRule.parse(salah)).as(String.valueOf(salah))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        for (String baik : new String[] {"+0", "+366", "hk10", "d1", "d28", "01-01", "12-31", "02-29"}) {
            assertThat(DeadlineRule.parse(baik)).hasToString(baik);
        }
        // 29 February in a common year falls on the 28th
        assertThat(DeadlineRule.parse("02-29").apply(LocalDate.of(2026, 12, 31))).isEqualTo("2027-02-28");
    }

    @Test
    void theRulebookKeepsItsCalendarThroughCopiesAndRejectsBadRules() {
        Rulebook rb = Rulebooks.KEMENLU_BSC.withCalendarDeadlines(Map.of("LKJ_TRIWULAN", Map.of("TWO", "d8", "*", "+2")));
        assertThat(rb.calendarDeadline("LKJ_TRIWULAN", "TWO")).hasToString("d8");
        assertThat(rb.calendarDeadline("LKJ_TRIWULAN", "FIVE")).hasToString("+2");
        assertThat(rb.calendarDeadline("DKO", "TWO")).isNull();
        assertThat(rb.withRevisionCutoff("10-01").withReportDeadlines(Map.of("*", 5)).calendarDeadlines())
                .isEqualTo(rb.calendarDeadlines());
        assertThatThrownBy(() -> Rulebooks.MARVES.withCalendarDeadlines(Map.of("DKO", Map.of("*", "besok"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
