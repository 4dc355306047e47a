package id.kinerja.cascading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue #9 "PROXY – MODERATE": the Kemenlu matrix (page, print and Excel) names validity and
 * control by their labels in the user's language, never by the engine's codes.
 */
@IntegrationTest
class LabelMatriksTest {

    private static final List<String> KODE = List.of("EXACT", "PROXY", "HIGH", "MODERATE", "LOW", "STAKEHOLDER",
            "MAXIMIZE", "TAKE_LAST_KNOWN", "DIRECT", "INDIRECT");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private int tahunDemo() {
        return jdbc.queryForObject("""
                select t.tahun from perjanjian_kinerja p join unit u on u.id = p.unit_id
                  join tahun_anggaran t on t.id = p.tahun_anggaran_id
                 where u.kode = 'KEMENLU' and p.status = 'DITETAPKAN' order by t.tahun desc limit 1""", Integer.class);
    }

    @Test
    void theMatrixShowsValidityAndControlByLabelInBothLanguages() throws Exception {
        long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
        int tahun = tahunDemo();
        var pko = user(users.loadUserByUsername("kemenlu.pko"));
        String cetak = mvc.perform(get("/cascading/unit/{u}/cetak", kemenlu).param("tahun", String.valueOf(tahun))
                .with(pko)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        for (String k : KODE) {
            assertThat(cetak).as(k).doesNotContainPattern(">\\s*" + k + "\\b").doesNotContain("– " + k + "<");
        }
        assertThat(cetak).containsPattern("(Tepat|Proksi) – (Tinggi|Sedang|Rendah)");

        String en = mvc.perform(get("/cascading/unit/{u}/cetak", kemenlu).param("tahun", String.valueOf(tahun))
                .param("lang", "en").with(pko)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(en).containsPattern("(Exact|Proxy) – (High|Moderate|Low)").doesNotContain("Proksi –");

        byte[] xlsx = mvc.perform(get("/cascading/unit/{u}/matriks.xlsx", kemenlu)
                .param("tahun", String.valueOf(tahun)).with(pko)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsByteArray();
        List<String> sel = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row r : wb.getSheetAt(0)) {
                r.forEach(c -> {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        sel.add(c.getStringCellValue());
                    }
                });
            }
        }
        assertThat(sel).noneMatch(s -> KODE.stream().anyMatch(k -> s.equals(k) || s.contains("– " + k)
                || s.startsWith(k + " –")));
        assertThat(sel).anyMatch(s -> s.matches("(Tepat|Proksi) – (Tinggi|Sedang|Rendah)"));
    }
}
