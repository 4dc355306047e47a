package id.kinerja.cascading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Validity;
import id.kinerja.support.Html;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IkuMother;
import id.kinerja.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The name of an indirectly cascaded IKU is iku.nama, varchar(500): longer is refused at the field, kept. */
@IntegrationTest
class NamaIndirectPanjangTest {

    @Autowired
    UnitService units;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    private Long atas;
    private Long unitA;

    @BeforeEach
    void siapkan() {
        UserDetails u = users.loadUserByUsername("kemenlu.pko");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        String kode = "UJI-NAMA-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        Long unitAtas = units.buat(new UnitParameters(DemoUnits.id(jdbc, "KEMENLU"), kode, "Badan Uji Nama",
                JenisUnit.UNIT_KERJA, true, "Kepala Badan Uji", 9)).id();
        unitA = units.buat(new UnitParameters(unitAtas, kode + "-A", "Pusat Uji Nama A", JenisUnit.UNIT_KERJA, true,
                "Kepala Pusat A", 1)).id();
        Long pk = perencanaan.buka(unitAtas, 2026).id();
        Long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya layanan uji", null,
                Perspective.CUSTOMER, 1);
        atas = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, IkuMother.iku("Jumlah layanan uji")
                .satuan("layanan").bsc(Validity.PROXY, Control.MODERATE).kualitas(null).cascading(JenisCascading.C)
                .tahunan().target("100").build());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void bersihkan() {
        SecurityContextHolder.clearContext();
    }

    private MvcResult kirim(String nama) throws Exception {
        return mvc.perform(post("/cascading/iku/{id}", atas).with(user(users.loadUserByUsername("kemenlu.pko")))
                .with(csrf()).param("metode", "INDIRECT").param("unitId", "" + unitA).param("nama", nama)
                .param("target", "40").param("konsolidasiLokasi", "SUM")).andReturn();
    }

    private int ikuDiUnitA() {
        return jdbc.queryForObject("select count(*) from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "join perjanjian_kinerja p on p.id = s.pk_id where p.unit_id = ?", Integer.class, unitA);
    }

    @Test
    void aNameOf501CharactersIsRefusedAtItsFieldAndKept() throws Exception {
        String nama = "Jumlah layanan " + "z".repeat(486); // 501
        MvcResult r = kirim(nama);
        // refused: the page again (400) with the message at the field and everything typed kept
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(ikuDiUnitA()).isZero();
        String html = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Html.galat(html, "nama")).contains("paling panjang 500 karakter");
        assertThat(html).contains("value=\"" + nama + "\"").contains("maxlength=\"500\"");
        assertThat(Html.kontrol(html, "target")).contains("value=\"40\"");
        assertThat(html).containsPattern("value=\"SUM\"\\s+selected=\"selected\"")
                .containsPattern("value=\"INDIRECT\"\\s+selected=\"selected\"");

        assertThat(kirim(nama.substring(1)).getResponse().getStatus()).isEqualTo(302);
        assertThat(ikuDiUnitA()).isOne();
        assertThat(jdbc.queryForObject("select length(i.nama) from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "join perjanjian_kinerja p on p.id = s.pk_id where p.unit_id = ?", Integer.class, unitA))
                .isEqualTo(500);
    }
}
