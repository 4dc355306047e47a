package id.kinerja.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
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

/** Renstra screens and Excel import: Indonesian numbers, a bad file leaves the plan intact, reach. */
@IntegrationTest
class RenstraTest {

    static final int MULAI = 2030;

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

    private MvcResult minta(AbstractMockHttpServletRequestBuilder<?> b,
            String username) throws Exception {
        return mvc.perform(b.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    private byte[] xlsx(String targetTeks, double targetAngka) throws Exception {
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
            r.createCell(5).setCellValue(targetTeks);
            r.createCell(6).setCellValue(targetAngka);
            r.createCell(10).setCellValue("1.300");
            r.createCell(11).setCellValue("1.400,25");
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void buatImporDanBacaLewatApi() throws Exception {
        assertThat(minta(post("/renstra/" + unitId).param("tahunMulai", "20x0"), "kemenlu.pko").getResponse()
                .getStatus()).isEqualTo(400);
        assertThat(minta(post("/renstra/" + unitId).param("tahunMulai", String.valueOf(MULAI)), "kemenlu.pko")
                .getResponse().getStatus()).isEqualTo(302);
        MvcResult tumpuk = minta(post("/renstra/" + unitId).param("tahunMulai", String.valueOf(MULAI + 2)),
                "kemenlu.pko");
        assertThat(tumpuk.getResponse().getStatus()).isEqualTo(400);
        assertThat(tumpuk.getResponse().getContentAsString()).contains("bertumpuk").contains(String.valueOf(MULAI + 2));

        String url = "/renstra/" + unitId + "/" + MULAI + "/impor";
        MvcResult ok = minta(multipart(url).file(new MockMultipartFile("berkas", "r.xlsx", null,
                xlsx("1.250,5", 1260.75))).param("version", "0"), "kemenlu.pko");
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        RenstraApi.IkuRenstra iku = api.untuk(unitId, MULAI + 1).orElseThrow().iku().get("IKU1.1");
        assertThat(iku.targetTahun(MULAI)).isEqualByComparingTo("1250.5");
        assertThat(iku.targetTahun(MULAI + 1)).isEqualByComparingTo("1260.75");
        assertThat(iku.targetAkhir()).isEqualByComparingTo("1300");
        assertThat(iku.targetNasional()).isEqualByComparingTo(new BigDecimal("1400.25"));

        long versi = jdbc.queryForObject("select version from renstra where unit_id = ? and tahun_mulai = ?",
                Long.class, unitId, MULAI);
        // a wrong number: refused with row and column, the plan as it was
        MvcResult salah = minta(multipart(url).file(new MockMultipartFile("berkas", "r.xlsx", null,
                xlsx("1,2,3", 5))).param("version", String.valueOf(versi)), "kemenlu.pko");
        assertThat(salah.getResponse().getStatus()).isEqualTo(400);
        assertThat(salah.getResponse().getContentAsString()).contains("Baris 2").contains("Target " + MULAI);
        assertThat(api.untuk(unitId, MULAI).orElseThrow().iku().get("IKU1.1").targetTahun(MULAI))
                .isEqualByComparingTo("1250.5");
        // not a spreadsheet
        assertThat(minta(multipart(url).file(new MockMultipartFile("berkas", "r.xlsx", null, new byte[] {1, 2, 3}))
                .param("version", String.valueOf(versi)), "kemenlu.pko").getResponse().getStatus()).isEqualTo(400);
        // a stale version
        assertThat(minta(multipart(url).file(new MockMultipartFile("berkas", "r.xlsx", null, xlsx("1", 2)))
                .param("version", String.valueOf(versi + 5)), "kemenlu.pko").getResponse().getStatus()).isEqualTo(409);

        MvcResult halaman = minta(get("/renstra/" + unitId + "/" + MULAI), "kemenlu.pko");
        assertThat(halaman.getResponse().getContentAsString()).contains("1.250,5").contains("1.400,25");
        MvcResult templat = minta(get("/renstra/" + unitId + "/" + MULAI + "/templat.xlsx"), "kemenlu.pko");
        assertThat(templat.getResponse().getStatus()).isEqualTo(200);

        // a planner of one Biro may read but not change the ministry's Renstra; Marves cannot read it
        assertThat(minta(multipart(url).file(new MockMultipartFile("berkas", "r.xlsx", null, xlsx("1", 2)))
                .param("version", String.valueOf(versi)), "kemenlu.perencana").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(minta(get("/renstra/" + unitId + "/" + MULAI), "marves.pko").getResponse().getStatus())
                .isEqualTo(403);
    }

    @Test
    void demoPunyaRenstraUntukKementerian() {
        for (String kode : List.of("KEMENLU", "MARVES")) {
            RenstraApi.RenstraBaca r = api.untuk(DemoUnits.id(jdbc, kode), 2026).orElseThrow();
            assertThat(r.tahunMulai()).isEqualTo(2025);
            assertThat(r.iku()).isNotEmpty();
            assertThat(r.iku().values()).anyMatch(i -> i.targetNasional() != null);
        }
    }
}
