package id.kinerja.arsitektur;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.KinerjaApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Spring Modulith's view of the code: module boundaries verified, and the module diagram and the
 * "may use" table in {@code docs/modul} generated from the code — a stale copy fails the build.
 * Regenerate with {@code ./mvnw test -Dtest=ModulTest -Dkinerja.modul.tulis=true}.
 */
class ModulTest {

    static final ApplicationModules MODUL = ApplicationModules.of(KinerjaApplication.class);

    private static final Path DOK = Path.of("docs", "modul");

    @Test
    void modulesRespectTheirBoundaries() {
        MODUL.verify();
    }

    @Test
    void diagramAndDependencyTableInDocsAreCurrent() throws IOException {
        Path keluar = Path.of("target", "modul-docs");
        new Documenter(MODUL, Documenter.Options.defaults().withOutputFolder(keluar.toString()))
                .writeModulesAsPlantUml();
        String diagram = Files.readString(keluar.resolve("components.puml"), StandardCharsets.UTF_8);
        String tabel = tabelKetergantungan();
        if (Boolean.getBoolean("kinerja.modul.tulis")) {
            Files.createDirectories(DOK);
            Files.writeString(DOK.resolve("components.puml"), diagram, StandardCharsets.UTF_8);
            Files.writeString(DOK.resolve("ketergantungan.md"), tabel, StandardCharsets.UTF_8);
        }
        // compared line by line in any order: the documenter's element order is not part of the content
        assertThat(baca(DOK.resolve("components.puml")).lines().sorted().toList())
                .as("docs/modul/components.puml is stale: run ./mvnw test -Dtest=ModulTest -Dkinerja.modul.tulis=true")
                .isEqualTo(diagram.lines().sorted().toList());
        assertThat(baca(DOK.resolve("ketergantungan.md")))
                .as("docs/modul/ketergantungan.md is stale: run ./mvnw test -Dtest=ModulTest -Dkinerja.modul.tulis=true")
                .isEqualTo(tabel);
    }

    /** One row per module: what it actually uses (direct dependencies found in the code). */
    static String tabelKetergantungan() {
        var sb = new StringBuilder("""
                # Modules and what each may use

                Generated from the code by `ModulTest` (Spring Modulith); do not edit by hand. A module
                may use exactly the modules listed here — a new dependency changes this file, so it shows
                in review. `platform` is an open shared kernel every module may use.

                | module | uses |
                |---|---|
                """);
        MODUL.stream().sorted(Comparator.comparing(ApplicationModule::getDisplayName)).forEach(m -> {
            String pakai = m.getDirectDependencies(MODUL).uniqueModules()
                    .map(ApplicationModule::getDisplayName).sorted().distinct()
                    .map(n -> "`" + n + "`").collect(Collectors.joining(", "));
            sb.append("| `").append(m.getDisplayName()).append("` | ")
                    .append(pakai.isEmpty() ? "—" : pakai).append(" |\n");
        });
        return sb.toString();
    }

    private static String baca(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
