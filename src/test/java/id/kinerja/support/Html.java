package id.kinerja.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/** Small readers of a rendered page for MockMvc tests of refused forms. */
public final class Html {

    private Html() {
    }

    /** The opening tag of the control with this id. */
    public static String kontrol(String html, String id) {
        Matcher m = Pattern.compile("<(input|select|textarea)\\b[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>")
                .matcher(html);
        assertThat(m.find()).as("control " + id).isTrue();
        return m.group();
    }

    /** The text (tags stripped, entities decoded) of the element marked data-testid="galat-<nama>". */
    public static String galat(String html, String nama) {
        Matcher m = Pattern.compile("data-testid=\"galat-" + Pattern.quote(nama) + "\"[^>]*>(.*?)</(div|span|td|li)>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).as("message of " + nama).isTrue();
        return HtmlUtils.htmlUnescape(m.group(1).replaceAll("<[^>]*>", "")).trim();
    }
}
