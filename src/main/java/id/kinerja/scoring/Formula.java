package id.kinerja.scoring;

import java.util.List;

/**
 * What the engine applied to obtain a capaian, as one or more steps joined by " → "
 * (e.g. "(1 + (1 − R / T)) × 100 = (1 + (1 − 5 / 8)) × 100 = 137,5 → batas atas 120").
 */
public record Formula(List<FormulaStep> steps) {

    /** The formula of an IKU whose capaian is not available. */
    public static final Formula NOT_AVAILABLE = new Formula(List.of(FormulaStep.of(FormulaStep.NA)));

    /** Separator between steps, also to be used when steps are rendered through a MessageSource. */
    public static final String SEPARATOR = " → ";

    public Formula {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a formula needs at least one step");
        }
    }

    public static Formula of(FormulaStep step) {
        return new Formula(List.of(step));
    }

    public static Formula of(FormulaStep step, FormulaStep next) {
        return new Formula(List.of(step, next));
    }

    /** Built-in Indonesian notation of all steps. */
    public String text() {
        if (steps.size() == 1) {
            return steps.get(0).text();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                sb.append(SEPARATOR);
            }
            sb.append(steps.get(i).text());
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return text();
    }
}
