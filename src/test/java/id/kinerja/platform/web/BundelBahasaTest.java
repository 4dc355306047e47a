package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Indonesian message has its English twin with the same arguments: an English user never
 * meets an Indonesian sentence the bundle silently fell back to, nor a {0} left unfilled.
 */
class BundelBahasaTest {

    private static final Pattern ARGUMEN = Pattern.compile("\\{(\\d+)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"messages", "scoring", "peta", "excel"})
    void englishHasEveryKeyWithTheSameArguments(String bundel) throws IOException {
        Properties id = muat("messages/" + bundel + ".properties");
        Properties en = muat("messages/" + bundel + "_en.properties");
        List<String> kurang = new ArrayList<>();
        List<String> argumenBeda = new ArrayList<>();
        for (String k : new TreeSet<>(id.stringPropertyNames())) {
            String e = en.getProperty(k);
            if (e == null) {
                kurang.add(k);
            } else if (!argumen(id.getProperty(k)).equals(argumen(e))) {
                argumenBeda.add(k);
            }
        }
        assertThat(kurang).as("keys missing from " + bundel + "_en.properties").isEmpty();
        assertThat(argumenBeda).as("keys whose {n} differ between languages").isEmpty();
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("English keys without an Indonesian one")
                .isSubsetOf(id.stringPropertyNames());
    }

    private static TreeSet<String> argumen(String teks) {
        TreeSet<String> out = new TreeSet<>();
        Matcher m = ARGUMEN.matcher(teks);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static Properties muat(String jalur) throws IOException {
        Properties p = new Properties();
        try (InputStream in = BundelBahasaTest.class.getClassLoader().getResourceAsStream(jalur)) {
            assertThat(in).as(jalur).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
