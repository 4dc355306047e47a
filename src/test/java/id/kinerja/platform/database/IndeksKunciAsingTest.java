package id.kinerja.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every foreign key has an index whose leading columns are exactly its columns, so deleting a
 * parent row or joining child rows never scans the child table. Reads the live schema that Flyway
 * built, so a future migration adding a foreign key without its index fails here.
 */
@IntegrationTest
class IndeksKunciAsingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyForeignKeyHasAnIndex() {
        List<String> tanpaIndeks = jdbc.queryForList("""
                select c.conrelid::regclass || '(' || (
                           select string_agg(a.attname, ', ' order by k.ord)
                             from unnest(c.conkey) with ordinality k(attnum, ord)
                             join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum) || ') '
                       || c.conname
                  from pg_constraint c
                 where c.contype = 'f'
                   and c.connamespace = current_schema()::regnamespace
                   and not exists (
                       select 1 from pg_index i
                        where i.indrelid = c.conrelid
                          and i.indpred is null
                          and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] @> c.conkey
                          and (string_to_array(i.indkey::text, ' ')::int2[])[1:cardinality(c.conkey)] <@ c.conkey)
                 order by 1
                """, String.class);
        assertThat(tanpaIndeks).as("foreign keys without an index").isEmpty();
    }

    @Test
    void theCheckSeesForeignKeys() {
        // guards the query above against a schema filter that would silently match nothing
        Integer jumlah = jdbc.queryForObject("""
                select count(*) from pg_constraint
                 where contype = 'f' and connamespace = current_schema()::regnamespace""", Integer.class);
        assertThat(jumlah).isGreaterThan(20);
    }
}
