package id.kinerja.kalender;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Public holidays and cuti bersama (table hari_libur, V31; source: SKB 3 Menteri per year): the
 * weekdays that are not working days in the calendar's "hkN" rules. Read per calendar computation,
 * so a day added by the operator counts from the next request on.
 */
@Component
class HariLibur {

    private final JdbcTemplate jdbc;

    HariLibur(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The holidays of the years from..to (a handful of rows per year). */
    Set<LocalDate> antara(int dariTahun, int sampaiTahun) {
        return new HashSet<>(jdbc.queryForList("select tanggal from hari_libur where tanggal between ? and ?",
                LocalDate.class, LocalDate.of(dariTahun, 1, 1), LocalDate.of(sampaiTahun, 12, 31)));
    }
}
