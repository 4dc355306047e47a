package id.kinerja.renstra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.DrafPkApi;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A map-owning unit's draft PK pre-filled from its Renstra: the SS, the IKU and the year's targets,
 * once per unit and year, audited; out of period, out of reach and without the drafting role refused.
 */
@IntegrationTest
class PkDariRenstraTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    RenstraService renstra;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private MvcResult minta(org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> b,
            String username) throws Exception {
        return mvc.perform(b.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn();
    }

    /** A map-owning Kemenlu unit of its own (no PK yet), so the demo's plans stay as they are. */
    private long unitBaru() {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername("kemenlu.pko");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        String kode = "UJI-RS-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long id = units.buat(new UnitParameters(DemoUnits.id(jdbc, "KEMENLU"), kode, "Badan Uji Renstra " + kode,
                JenisUnit.UNIT_KERJA, true, "Kepala Badan Uji", 98)).id();
        SecurityContextHolder.clearContext();
        return id;
    }

    private byte[] xlsx(int mulai) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Renstra");
            Row h = s.createRow(0);
            var judul = renstra.judul(mulai);
            for (int c = 0; c < judul.size(); c++) {
                h.createCell(c).setCellValue(judul.get(c));
            }
            Object[][] baris = {
                {"S1", "Kebijakan luar negeri yang efektif", "S1.1-N", "Indeks efektivitas kebijakan", "indeks", "1.250,5",
                    "1.300"},
                {"S1", "Kebijakan luar negeri yang efektif", "S1.2-N", "Persentase rekomendasi ditindaklanjuti", "%", "80",
                    "85"},
                {"S2", "Tata kelola yang akuntabel", "S2.1-N", "Nilai SAKIP unit", "nilai", "", "82"}};
            for (int i = 0; i < baris.length; i++) {
                Row r = s.createRow(i + 1);
                for (int c = 0; c < 5; c++) {
                    r.createCell(c).setCellValue((String) baris[i][c]);
                }
                r.createCell(5).setCellValue((String) baris[i][5]);
                r.createCell(6).setCellValue((String) baris[i][6]);
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void drafPkTahunIniDariRenstraSekaliSaja() throws Exception {
        long unit = unitBaru();
        assertThat(minta(post("/renstra/" + unit).param("tahunMulai", "2026"), "kemenlu.pko").getResponse()
                .getStatus()).isEqualTo(302);
        String basis = "/renstra/" + unit + "/2026";
        assertThat(minta(multipart(basis + "/impor").file(new MockMultipartFile("berkas", "r.xlsx", null,
                xlsx(2026))).param("version", "0"), "kemenlu.pko").getResponse().getStatus()).isEqualTo(302);
        assertThat(minta(get(basis), "kemenlu.pko").getResponse().getContentAsString())
                .contains("data-testid=\"form-pk-dari-renstra\"");

        // out of reach, without the drafting role, outside the period: refused, nothing created
        assertThat(minta(post(basis + "/pk").param("tahunPk", "2026"), "marves.pko").getResponse().getStatus())
                .isEqualTo(403);
        assertThat(minta(post(basis + "/pk").param("tahunPk", "2026"), "kemenlu.validator").getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(minta(post("/renstra/987654321/2026/pk").param("tahunPk", "2026"), "kemenlu.pko").getResponse()
                .getStatus()).isEqualTo(404);
        MvcResult luar = minta(post(basis + "/pk").param("tahunPk", "2031"), "kemenlu.pko");
        assertThat(luar.getResponse().getStatus()).isEqualTo(400);
        assertThat(luar.getResponse().getContentAsString()).contains("Tahun 2031 di luar periode Renstra 2026–2030");
        assertThat(id.kinerja.support.Html.galat(luar.getResponse().getContentAsString(), "tahunPk"))
                .contains("Tahun 2031 di luar periode Renstra 2026–2030");
        assertThat(minta(post(basis + "/pk").param("tahunPk", "20x6"), "kemenlu.pko").getResponse().getStatus())
                .isEqualTo(400);
        assertThat(jdbc.queryForObject("select count(*) from perjanjian_kinerja where unit_id = ?", Long.class, unit))
                .isZero();

        MvcResult ok = minta(post(basis + "/pk").param("tahunPk", "2026"), "kemenlu.pko");
        assertThat(ok.getResponse().getStatus()).isEqualTo(302);
        long pkId = jdbc.queryForObject("select id from perjanjian_kinerja where unit_id = ?", Long.class, unit);
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/perencanaan/pk/" + pkId);
        DrafPkApi.Hasil hasil = (DrafPkApi.Hasil) ok.getFlashMap().get("drafDariRenstra");
        assertThat(hasil.jumlahSs()).isEqualTo(2);
        assertThat(hasil.jumlahIku()).isEqualTo(3);
        assertThat(hasil.manualDariTahunLalu()).isZero();
        assertThat(hasil.kodeBerbeda()).isEmpty();
        assertThat(jdbc.queryForObject("select status from perjanjian_kinerja where id = ?", String.class, pkId))
                .isEqualTo("DRAFT");

        // the Renstra's SS and IKU with the year's targets (Indonesian notation read as such); annual IKU
        List<Map<String, Object>> iku = jdbc.queryForList("""
                select s.nama as ss, i.kode, i.nama, i.satuan, i.target, i.periode_pelaporan
                  from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? order by i.kode""", pkId);
        assertThat(iku).extracting(m -> m.get("kode")).containsExactly("S1.1-N", "S1.2-N", "S2.1-N");
        assertThat(iku).extracting(m -> m.get("ss")).containsExactly("Kebijakan luar negeri yang efektif",
                "Kebijakan luar negeri yang efektif", "Tata kelola yang akuntabel");
        assertThat((BigDecimal) iku.get(0).get("target")).isEqualByComparingTo("1250.5");
        assertThat((BigDecimal) iku.get(1).get("target")).isEqualByComparingTo("80");
        assertThat(iku.get(2).get("target")).isNull();
        assertThat(iku).extracting(m -> m.get("periode_pelaporan")).containsOnly("TAHUN");
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'PerjanjianKinerja' "
                + "and entitas_id = ? and keterangan = 'Draf PK dari Renstra 2026–2030'", Long.class,
                String.valueOf(pkId))).isEqualTo(1);

        // the planner continues as usual: the PK page lists what is still missing before submission
        String pk = minta(get("/perencanaan/pk/" + pkId), "kemenlu.pko").getResponse().getContentAsString();
        assertThat(pk).contains("Indeks efektivitas kebijakan").contains("data-testid=\"masalah\"");

        // a second time for the same year: refused, the first draft unchanged
        MvcResult lagi = minta(post(basis + "/pk").param("tahunPk", "2026"), "kemenlu.pko");
        assertThat(lagi.getResponse().getStatus()).isEqualTo(400);
        assertThat(lagi.getResponse().getContentAsString()).contains("sudah ada");
        assertThat(jdbc.queryForObject("select count(*) from perjanjian_kinerja where unit_id = ?", Long.class, unit))
                .isEqualTo(1);
    }
}
