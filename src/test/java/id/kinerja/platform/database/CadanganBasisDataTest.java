package id.kinerja.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup and restore (issue 10, "Backups"): the test database with the demo data (and whatever
 * earlier tests added) is backed up, restored into a freshly created database on the same server,
 * and every table holds the same rows: equal counts and equal content checksums.
 */
@IntegrationTest
class CadanganBasisDataTest {

    @Autowired
    Clock clock;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    private DataSource basisDataBaru(String nama) {
        jdbc.execute("create database " + nama);
        HikariDataSource hikari = (HikariDataSource) dataSource;
        String url = hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + nama + "$1");
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(hikari.getUsername());
        ds.setPassword(hikari.getPassword());
        return ds;
    }

    /** Rows of a table as one checksum, independent of physical order. */
    private static String sidikJari(JdbcTemplate db, String tabel) {
        return db.queryForObject("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                + " from public.\"" + tabel + "\" t", String.class);
    }

    @Test
    void aBackupRestoresIntoAFreshDatabaseWithEveryRecord() throws Exception {
        ByteArrayOutputStream cadangan = new ByteArrayOutputStream();
        CadanganBasisData.Isi isi = CadanganBasisData.buat(dataSource, cadangan, clock);
        assertThat(isi.baris()).containsKeys("flyway_schema_history", "unit", "pengguna", "audit_log")
                .allSatisfy((t, n) -> assertThat(n).isNotNegative());
        assertThat(isi.baris().get("unit")).isPositive();
        System.out.printf("backup of the test database: %d tables, %d rows, %d bytes%n", isi.baris().size(),
                isi.baris().values().stream().mapToLong(Long::longValue).sum(), cadangan.size());

        String nama = "kinerja_pulih_" + System.nanoTime();
        DataSource baru = basisDataBaru(nama);
        try {
            CadanganBasisData.Isi pulih = CadanganBasisData.pulihkan(baru,
                    new ByteArrayInputStream(cadangan.toByteArray()));
            assertThat(pulih.baris()).isEqualTo(isi.baris());
            JdbcTemplate db = new JdbcTemplate(baru);
            for (Map.Entry<String, Long> e : isi.baris().entrySet()) {
                assertThat(db.queryForObject("select count(*) from public.\"" + e.getKey() + "\"", Long.class))
                        .as(e.getKey()).isEqualTo(e.getValue());
                // sessions may expire between backup and comparison; every other table is still as backed up
                if (!e.getKey().startsWith("spring_session")) {
                    assertThat(sidikJari(db, e.getKey())).as(e.getKey()).isEqualTo(sidikJari(jdbc, e.getKey()));
                }
            }
            // sequences continue after the restored ids: a new row gets a fresh id
            Long maks = db.queryForObject("select max(id) from unit", Long.class);
            Long berikut = db.queryForObject("select nextval(pg_get_serial_sequence('unit', 'id'))", Long.class);
            assertThat(berikut).isGreaterThan(maks);
        } finally {
            jdbc.execute("drop database " + nama + " with (force)");
        }
    }

    @Test
    void aRestoreIntoADatabaseThatHoldsDataIsRefused() throws Exception {
        ByteArrayOutputStream cadangan = new ByteArrayOutputStream();
        CadanganBasisData.buat(dataSource, cadangan, clock);
        assertThatThrownBy(() -> CadanganBasisData.pulihkan(dataSource, new ByteArrayInputStream(cadangan.toByteArray())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not empty");
    }
}
