package id.kinerja.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Parsing helpers for the CSV vectors: lists are space-separated, "n/a" (or empty) is null. */
final class TestValues {

    private TestValues() {
    }

    static BigDecimal num(String s) {
        return s == null || s.isBlank() || s.trim().equals("n/a") ? null : new BigDecimal(s.trim());
    }

    static List<BigDecimal> nums(String s) {
        List<BigDecimal> out = new ArrayList<>();
        if (s == null || s.isBlank()) {
            return out;
        }
        for (String p : s.trim().split("\\s+")) {
            out.add(num(p));
        }
        return out;
    }

    static List<Boolean> flags(String s) {
        List<Boolean> out = new ArrayList<>();
        for (String p : s.trim().split("\\s+")) {
            out.add(p.equals("y"));
        }
        return out;
    }

    static List<RawValue> raws(String s) {
        List<RawValue> out = new ArrayList<>();
        for (String p : s.trim().split("\\s+")) {
            if (p.equals("n/a")) {
                out.add(null);
            } else {
                String[] nd = p.split("/");
                out.add(RawValue.of(new BigDecimal(nd[0]), new BigDecimal(nd[1])));
            }
        }
        return out;
    }

    /** Expected display value (2 decimals) or null for "n/a". */
    static BigDecimal expected(String s) {
        BigDecimal v = num(s);
        return v == null ? null : v.setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
