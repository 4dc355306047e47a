package id.kinerja.platform.web;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.springframework.format.Formatter;

/**
 * Decimal input as Indonesian users type it: "7,5", "1.234,5" and "7.5" all parse; Indonesian
 * pages print "7,5". Values are BigDecimal end to end, never double.
 */
public final class AngkaFormatter implements Formatter<BigDecimal> {

    public static BigDecimal parse(String raw) {
        String s = raw.trim().replace(" ", "");
        if (s.contains(",")) {
            s = s.replace(".", "").replace(',', '.');
        }
        return new BigDecimal(s);
    }

    @Override
    public BigDecimal parse(String text, Locale locale) throws ParseException {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (NumberFormatException e) {
            throw new ParseException(text, 0);
        }
    }

    @Override
    public String print(BigDecimal value, Locale locale) {
        String plain = value.stripTrailingZeros().toPlainString();
        return "id".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
    }
}
