package id.kinerja.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            byte[] bytes = in.readAllBytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            assertThat(text).as("plain UTF-8, no \\u escapes").doesNotContain("\\u");
            try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
                p.load(r);
            }
        }
        return p;
    }

    /** Every "scoring.…" key literal in the engine's sources. */
    private static Set<String> keysUsedBySources() throws IOException {
        Path dir = Paths.get("src/main/java/id/kinerja/scoring");
        Set<String> keys = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(scoring\\.[A-Za-z0-9_.]*[A-Za-z0-9_])");
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".java"))::iterator) {
                Matcher m = literal.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        Properties id = load("/messages/scoring.properties");
        Properties en = load("/messages/scoring_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).isEqualTo(new TreeSet<>(id.stringPropertyNames()));
    }

    @Test
    void everyCodeTheEngineRaisesHasAMessage() throws IOException {
        Set<String> used = keysUsedBySources();
        assertThat(used).contains("scoring.target.zero", "scoring.bobot.forbiddenPair", "scoring.formula.maximize",
                "scoring.konversi120.quotaExceeded", "scoring.targetRange.low.required");
        Properties id = load("/messages/scoring.properties");
        Properties en = load("/messages/scoring_en.properties");
        assertThat(id.stringPropertyNames()).containsAll(used);
        assertThat(en.stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyEnumHasALabel() throws IOException {
        Properties id = load("/messages/scoring.properties");
        Properties en = load("/messages/scoring_en.properties");
        Object[][] enums = {
            {"polarization", Polarization.values()},
            {"periodConsolidation", PeriodConsolidation.values()},
            {"locationConsolidation", LocationConsolidation.values()},
            {"validity", Validity.values()},
            {"control", Control.values()},
            {"qualityTier", QualityTier.values()},
            {"perspective", Perspective.values()},
            {"weightingScheme", WeightingScheme.values()},
            {"rollUp", RollUp.values()},
            {"scoreType", ScoreType.values()},
            {"band", Band.values()},
            {"nckpStatus", NckpStatus.values()},
            {"rewardBand", RewardBand.values()},
            {"semesterNp", SemesterNp.Status.values()},
        };
        for (Object[] e : enums) {
            for (Enum<?> c : (Enum<?>[]) e[1]) {
                String key = "scoring." + e[0] + "." + c.name();
                assertThat(id.getProperty(key)).as(key).isNotBlank();
                assertThat(en.getProperty(key)).as(key).isNotBlank();
            }
        }
        for (Band b : Band.values()) {
            assertThat(id.getProperty("scoring.band." + b.name() + ".description"))
                    .isEqualTo(Rulebooks.KEMENLU_BSC.statusBand(b).label());
        }
        for (Rulebook r : Rulebooks.all()) {
            for (PredikatBand b : r.predikatBands()) {
                assertThat(id.getProperty("scoring.predikat." + b.code())).isEqualTo(b.label());
                assertThat(en.getProperty("scoring.predikat." + b.code())).isNotBlank();
            }
            for (StatusBand b : r.statusBands()) {
                assertThat(id.getProperty("scoring.predikat." + b.band().name())).isEqualTo(b.label());
            }
        }
    }

    @Test
    void patternsAreValidMessageFormats() throws IOException {
        Properties id = load("/messages/scoring.properties");
        for (String key : id.stringPropertyNames()) {
            new MessageFormat(id.getProperty(key), Locale.forLanguageTag("id"));
        }
    }

    @Test
    void formulaPatternsMatchTheBuiltInNotation() throws IOException {
        Properties id = load("/messages/scoring.properties");
        CapaianResult r = Capaian.compute(Polarization.MINIMIZE, new BigDecimal("8"), null,
                new BigDecimal("5"), false, new BigDecimal("120"), BigDecimal.ZERO);
        StringBuilder viaBundle = new StringBuilder();
        for (FormulaStep s : r.formula().steps()) {
            if (viaBundle.length() > 0) {
                viaBundle.append(Formula.SEPARATOR);
            }
            viaBundle.append(new MessageFormat(id.getProperty(s.key()), Locale.forLanguageTag("id"))
                    .format(s.displayArgs()));
        }
        assertThat(viaBundle.toString()).isEqualTo(r.formula().text());
    }
}
