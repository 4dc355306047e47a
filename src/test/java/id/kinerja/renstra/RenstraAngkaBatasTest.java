package id.kinerja.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Renstra import: numeric cells go through the one parser like text cells, each column within its
 * own bound (capaian is numeric(12, 6), the others numeric(24, 6)); a refusal names row and column
 * and says why, and nothing is written.
 */
@IntegrationTest
class RenstraAngkaBatasTest {

    static final int MULAI = 2040;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    RenstraApi api;

    @Autowired
    RenstraService renstra;

    long unitId;

    @BeforeEach
    void bersihkan() {
        unitId = DemoUnits.id(jdbc, "KEMENLU");
        jdbc.update("delete from renstra where unit_id = ? and tahun_mulai = ?", unitId, MULAI);
    }

    private MvcResult minta(AbstractMockHttpServletRequestBuilder<?> b) throws Exception {
        return mvc.perform(b.with(user(users.loadUserByUsername("kemenlu.pko"))).with(csrf())).andReturn();
    }

    /** One IKU row: Target {MULAI} as a number, Capaian {MULAI} as a number and Capaian {MULAI+1} as text. */
    private byte[] xlsx(double target, double capaian, String capaianTeks) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Renstra");
            Row h = s.createRow(0);
            var judul = renstra.judul(MULAI);
            for (int c = 0; c < judul.size(); c++) {
                h.createCell(c).setCellValue(judul.get(c));
            }
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("SS1");
            r.createCell(1).setCellValue("Diplomasi yang efektif");
            r.createCell(2).setCellValue("IKU1.1");
            r.createCell(3).setCellValue("Indeks kepuasan");
            r.createCell(4).setCellValue("indeks");
            r.createCell(5).setCellValue(target);
            r.createCell(17).setCellValue(capaian);
            r.createCell(18).setCellValue(capaianTeks);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private MvcResult impor(byte[] isi, long versi) throws Exception {
        return minta(multipart("/renstra/" + unitId + "/" + MULAI + "/impor")
                .file(new MockMultipartFile("berkas", "r.xlsx", null, isi)).param("version", String.valueOf(versi)));
    }

    private long versi() {
        return jdbc.queryForObject("select version from renstra where unit_id = ? and tahun_mulai = ?", Long.class,
                unitId, MULAI);
    }

    @Test
    void outOfBoundCellsAreRefusedByRowAndColumnAndNothingIsWritten() throws Exception {
        assertThat(minta(post("/renstra/" + unitId).param("tahunMulai", String.valueOf(MULAI))).getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(impor(xlsx(0.1 + 0.2, 95.5, "101,25"), versi()).getResponse().getStatus()).isEqualTo(302);
        RenstraApi.IkuRenstra iku = api.untuk(unitId, MULAI).orElseThrow().iku().get("IKU1.1");
        // a binary double is read as Excel shows it: 0,3, not 0.30000000000000004
        assertThat(iku.targetTahun(MULAI)).isEqualByComparingTo("0.3");

        long v = versi();
        MvcResult r = impor(xlsx(1e20, 1_234_567, "1.234.567"), v);
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Baris 2, kolom &quot;Target " + MULAI + "&quot;: Paling banyak 18 digit sebelum koma")
                .contains("Baris 2, kolom &quot;Capaian " + MULAI + "&quot;: Paling banyak 6 digit sebelum koma")
                .contains("Baris 2, kolom &quot;Capaian " + (MULAI + 1) + "&quot;: Paling banyak 6 digit sebelum koma");
        // the plan as it was
        assertThat(versi()).isEqualTo(v);
        assertThat(api.untuk(unitId, MULAI).orElseThrow().iku().get("IKU1.1").targetTahun(MULAI))
                .isEqualByComparingTo("0.3");
        // a fraction finer than the column: refused, never rounded
        r = impor(xlsx(1, 0.1234567, "1"), v);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("Capaian " + MULAI + "&quot;: Paling banyak 6 digit di belakang koma");
        assertThat(versi()).isEqualTo(v);
    }
}
