package id.kinerja.scoring;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.function.Predicate;

/**
 * One deadline of the reporting calendar, counted from an anchor day (the end of the quarter or
 * year reported on, or the start of the year for plans). Written as text in a rulebook:
 * {@code +N} N days after the anchor (Kemenlu Five +2, Marves LKj eselon II +10); {@code hkN} N
 * working days (Monday–Friday that are not public holidays or cuti bersama — the caller knows those)
 * after it (Kemenlu MONEV 10);
 * {@code dN} day N of the month after the anchor's month (Kemenlu Two the 8th); {@code MM-DD}
 * the first such day on or after the anchor (LKj tahunan 28 February of the next year).
 */
public record DeadlineRule(Kind kind, int n, MonthDay day) {

    public enum Kind { DAYS_AFTER, WORKING_DAYS_AFTER, DAY_OF_NEXT_MONTH, DATE }

    public DeadlineRule {
        if (kind == null || (kind == Kind.DATE) != (day != null)) {
            throw new IllegalArgumentException("invalid deadline rule");
        }
    }

    /** Parses the rule text; IllegalArgumentException for anything else (bounded: no loop over input). */
    public static DeadlineRule parse(String text) {
        if (text == null || text.length() > 8) {
            throw new IllegalArgumentException("invalid deadline rule " + text);
        }
        try {
            if (text.matches("\\+[0-9]{1,3}") && Integer.parseInt(text.substring(1)) <= 366) {
                return new DeadlineRule(Kind.DAYS_AFTER, Integer.parseInt(text.substring(1)), null);
            }
            if (text.matches("hk[0-9]{1,2}") && Integer.parseInt(text.substring(2)) >= 1) {
                return new DeadlineRule(Kind.WORKING_DAYS_AFTER, Integer.parseInt(text.substring(2)), null);
            }
            if (text.matches("d[0-9]{1,2}")) {
                int d = Integer.parseInt(text.substring(1));
                if (d >= 1 && d <= 28) {
                    return new DeadlineRule(Kind.DAY_OF_NEXT_MONTH, d, null);
                }
            }
            if (text.matches("(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])")) {
                return new DeadlineRule(Kind.DATE, 0, MonthDay.parse("--" + text));
            }
        } catch (DateTimeException | NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("invalid deadline rule " + text);
    }

    /** The deadline counted from the anchor, with Saturday and Sunday as the only days off. */
    public LocalDate apply(LocalDate anchor) {
        return apply(anchor, d -> false);
    }

    /**
     * The deadline counted from the anchor; {@code libur} says which weekdays are public holidays
     * or cuti bersama (they are not counted as working days). Only {@code hkN} counts working days:
     * the other kinds name calendar days.
     */
    public LocalDate apply(LocalDate anchor, Predicate<LocalDate> libur) {
        return switch (kind) {
            case DAYS_AFTER -> anchor.plusDays(n);
            case WORKING_DAYS_AFTER -> {
                LocalDate d = anchor;
                // n <= 99 (parse); a calendar that marks a whole year off is refused, not looped over
                for (int left = n, hari = 0; left > 0; hari++) {
                    if (hari > n + 366) {
                        throw new IllegalStateException("no working day within a year after " + anchor);
                    }
                    d = d.plusDays(1);
                    if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY
                            && !libur.test(d)) {
                        left--;
                    }
                }
                yield d;
            }
            case DAY_OF_NEXT_MONTH -> anchor.plusMonths(1).withDayOfMonth(n);
            case DATE -> {
                LocalDate d = day.atYear(anchor.getYear());
                yield d.isBefore(anchor) ? day.atYear(anchor.getYear() + 1) : d;
            }
        };
    }

    @Override
    public String toString() {
        return switch (kind) {
            case DAYS_AFTER -> "+" + n;
            case WORKING_DAYS_AFTER -> "hk" + n;
            case DAY_OF_NEXT_MONTH -> "d" + n;
            case DATE -> String.format("%02d-%02d", day.getMonthValue(), day.getDayOfMonth());
        };
    }
}
