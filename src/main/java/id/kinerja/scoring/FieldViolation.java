package id.kinerja.scoring;

import java.util.Arrays;
import java.util.Objects;

/**
 * One validation error of the engine's input.
 *
 * @param path field path, e.g. {@code indicators[2].target}, {@code indicators[1].targetRange.low},
 *             {@code indicators} (whole list)
 * @param code message key present in {@code messages/scoring.properties}
 * @param args MessageFormat arguments (Strings and Numbers; enum values are passed as their name)
 */
public record FieldViolation(String path, String code, Object[] args) {

    public FieldViolation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        args = args == null ? new Object[0] : args.clone();
    }

    public FieldViolation(String path, String code) {
        this(path, code, new Object[0]);
    }

    @Override
    public Object[] args() {
        return args.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FieldViolation v && path.equals(v.path) && code.equals(v.code)
                && Arrays.equals(args, v.args);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, code, Arrays.hashCode(args));
    }

    @Override
    public String toString() {
        return path + ": " + code + (args.length == 0 ? "" : " " + Arrays.toString(args));
    }
}
