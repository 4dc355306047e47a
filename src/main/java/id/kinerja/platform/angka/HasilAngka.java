package id.kinerja.platform.angka;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading a number: a value (null when the text was blank) or an error as a message
 * key of {@code messages.properties} with its arguments. Never both.
 */
public record HasilAngka(BigDecimal nilai, String kode, List<Object> argumen) {

    private static final HasilAngka KOSONG = new HasilAngka(null, null, List.of());

    public HasilAngka {
        argumen = argumen == null ? List.of() : List.copyOf(argumen);
        if (nilai != null && kode != null) {
            throw new IllegalArgumentException("nilai dan galat sekaligus");
        }
    }

    static HasilAngka angka(BigDecimal nilai) {
        return new HasilAngka(Objects.requireNonNull(nilai), null, List.of());
    }

    static HasilAngka kosongSaja() {
        return KOSONG;
    }

    static HasilAngka galat(String kode, Object... argumen) {
        return new HasilAngka(null, Objects.requireNonNull(kode), List.of(argumen));
    }

    /** True when the text was a number within bounds, or blank. */
    public boolean sah() {
        return kode == null;
    }

    /** True when the text was blank (no value, no error). */
    public boolean kosong() {
        return kode == null && nilai == null;
    }

    /** The arguments for MessageFormat. */
    public Object[] argumenPesan() {
        return argumen.toArray();
    }
}
