package id.kinerja.scoring;

import java.util.List;

/** The engine's input is invalid; carries every violation found, not only the first. */
public class ScoringValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldViolation> violations;

    public ScoringValidationException(List<FieldViolation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    private static String summary(List<FieldViolation> violations) {
        StringBuilder sb = new StringBuilder("invalid scoring input (").append(violations.size()).append("):");
        for (FieldViolation v : violations) {
            sb.append(' ').append(v).append(';');
        }
        return sb.toString();
    }
}
