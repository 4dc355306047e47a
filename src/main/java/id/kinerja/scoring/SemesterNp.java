package id.kinerja.scoring;

import java.math.BigDecimal;

/**
 * Nilai perilaku of one semester (scoring.md §10).
 *
 * @param status RATED (value given), UNRATED (the evaluator never rated → counts as 100) or
 *               NOT_APPLICABLE (the employee had no such semester)
 * @param value  the rating 0..100 when RATED, else null
 */
public record SemesterNp(Status status, BigDecimal value) {

    public enum Status {
        RATED,
        UNRATED,
        NOT_APPLICABLE
    }

    public static final SemesterNp UNRATED = new SemesterNp(Status.UNRATED, null);
    public static final SemesterNp NOT_APPLICABLE = new SemesterNp(Status.NOT_APPLICABLE, null);

    public SemesterNp {
        if (status == null) {
            throw new IllegalArgumentException("status is required");
        }
        if (status == Status.RATED) {
            if (value == null || value.signum() < 0 || value.compareTo(Scores.HUNDRED) > 0) {
                throw new IllegalArgumentException("a rated NP must be 0..100, was " + value);
            }
        } else if (value != null) {
            throw new IllegalArgumentException(status + " carries no value");
        }
    }

    public static SemesterNp rated(BigDecimal value) {
        return new SemesterNp(Status.RATED, value);
    }

    public static SemesterNp rated(String value) {
        return rated(new BigDecimal(value));
    }

    /** The value this semester contributes (UNRATED → 100), null when not applicable. */
    public BigDecimal effectiveValue() {
        switch (status) {
            case RATED:
                return value;
            case UNRATED:
                return Scores.HUNDRED;
            default:
                return null;
        }
    }
}
