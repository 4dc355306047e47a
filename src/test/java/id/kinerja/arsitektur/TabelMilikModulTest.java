package id.kinerja.arsitektur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables with SQL: a table belongs to the module whose
 * entity maps it (or, for tables without an entity, to the module named in {@link #TANPA_ENTITAS});
 * every SQL text in a module's sources may name only its own tables. Other modules' data is reached
 * through their public APIs. The demo seed and the ministry-scale generator are exempt ({@link #BEBAS}).
 */
class TabelMilikModulTest {

    /** Tables written by plain SQL only, with their owner. */
    static final Map<String, String> TANPA_ENTITAS = Map.ofEntries(
            Map.entry("audit_log", "audit"),
            Map.entry("bukti_isi", "bukti"),
            Map.entry("login_throttle", "pengguna"),
            Map.entry("penyusun_dokumen", "akses"),
            Map.entry("token_formulir", "platform"),
            Map.entry("shedlock", "platform"),
            Map.entry("spring_session", "platform"),
            Map.entry("spring_session_attributes", "platform"),
            Map.entry("skala_kualitatif", "realisasi"),
            Map.entry("skala_kualitatif_level", "realisasi"),
            Map.entry("notifikasi", "kalender"),
            Map.entry("jadwal_dialog", "dialog"),
            Map.entry("penerima_permintaan_perubahan", "dialog"),
            Map.entry("hari_libur", "kalender"),
            Map.entry("versi_skor", "realisasi"),
            Map.entry("versi_dasbor", "dasbor"));

    /** Seeding and bulk-loading tools (demo data, the ministry-scale generator): nothing depends on them. */
    static final Set<String> BEBAS = Set.of("demo", "skala");

    /**
     * Known debt, allowed by name so that nothing new joins it. Empty since the inbox counts, the
     * dialog start page and the approval inbox take unit ids from OrganisasiQuery ({@code = any(?)}).
     */
    static final Set<String> UTANG = Set.of();

    private static final Pattern SQL = Pattern.compile(
            "\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

    @Test
    void everyTableHasOneOwner() throws IOException {
        Map<String, String> pemilik = pemilik();
        List<String> tanpaPemilik = new ArrayList<>();
        for (String t : tabelMigrasi()) {
            if (!pemilik.containsKey(t) && !t.startsWith("flyway_")) {
                tanpaPemilik.add(t);
            }
        }
        assertThat(tanpaPemilik).as("tables with neither an entity nor an entry in TANPA_ENTITAS").isEmpty();
    }

    @Test
    void noModuleNamesAnotherModulesTableInSql() throws IOException {
        Map<String, String> pemilik = pemilik();
        List<String> pelanggaran = new ArrayList<>();
        Path akar = Path.of("src/main/java/id/kinerja");
        try (Stream<Path> files = Files.walk(akar)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String modul = akar.relativize(f).getName(0).toString();
                if (BEBAS.contains(modul) || f.getNameCount() == akar.getNameCount() + 1
                        || UTANG.contains(akar.relativize(f).toString().replace('\\', '/'))) {
                    continue;
                }
                String teks = Files.readString(f);
                var m = SQL.matcher(teks);
                while (m.find()) {
                    String tabel = m.group(1).toLowerCase();
                    String milik = pemilik.get(tabel);
                    if (milik != null && !milik.equals(modul)) {
                        pelanggaran.add(akar.relativize(f) + ": " + m.group() + " (table of " + milik + ")");
                    }
                }
            }
        }
        assertThat(pelanggaran).as("SQL naming another module's table").isEmpty();
    }

    static Map<String, String> pemilik() {
        Map<String, String> hasil = new TreeMap<>(TANPA_ENTITAS);
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.kinerja");
        for (JavaClass c : classes) {
            if (!c.isAnnotatedWith(Entity.class)) {
                continue;
            }
            String modul = c.getPackageName().split("\\.")[2];
            String tabel = c.tryGetAnnotationOfType(Table.class).map(Table::name).filter(n -> !n.isBlank())
                    .orElse(c.getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase());
            hasil.put(tabel, modul);
            // element collections are the entity's own tables
            c.getAllFields().forEach(f -> f.tryGetAnnotationOfType(CollectionTable.class)
                    .ifPresent(ct -> hasil.put(ct.name(), modul)));
        }
        return hasil;
    }

    static List<String> tabelMigrasi() throws IOException {
        var pola = Pattern.compile("create table (?:if not exists )?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
        List<String> hasil = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                var m = pola.matcher(Files.readString(f));
                while (m.find()) {
                    hasil.add(m.group(1).toLowerCase());
                }
            }
        }
        return hasil;
    }
}
