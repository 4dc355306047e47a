package id.kinerja.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AuditTrailTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void updateRecordsOnlyChangedFieldsBeforeAndAfterAndNeverThePasswordHash() throws Exception {
        long id = jdbc.queryForObject("select id from pengguna where username = 'marves.validator'", Long.class);
        long version = jdbc.queryForObject("select version from pengguna where id = ?", Long.class, id);
        String hashDemo = jdbc.queryForObject("select password_hash from pengguna where id = ?", String.class, id);
        mvc.perform(post("/admin/pengguna/{id}", id).with(user(users.loadUserByUsername("admin"))).with(csrf())
                        .param("username", "marves.validator").param("nama", "Rina Marlina, S.E.")
                        .param("jabatan", "Auditor Ahli Muda").param("aktif", "true")
                        .param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/pengguna/{id}/password", id).with(user(users.loadUserByUsername("admin")))
                        .with(csrf()).param("password", "rahasia-baru-123"))
                .andExpect(status().is3xxRedirection());
        // a demo account other tests sign in with: its password back, no forced change pending
        jdbc.update("update pengguna set password_hash = ?, wajib_ganti_password = false where id = ?", hashDemo, id);
        var rows = jdbc.queryForList("""
                select pelaku, sebelum::text as sebelum, sesudah::text as sesudah from audit_log
                where entitas = 'Pengguna' and entitas_id = ? and aksi = 'UBAH' order by id""", String.valueOf(id));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(2);
        assertThat(rows.get(0).get("pelaku")).isEqualTo("admin");
        assertThat((String) rows.get(0).get("sebelum")).contains("Rina Marlina").doesNotContain("jabatan");
        assertThat((String) rows.get(0).get("sesudah")).contains("Rina Marlina, S.E.");
        String pw = (String) rows.get(rows.size() - 1).get("sesudah");
        assertThat(pw).contains("passwordHash").contains("(diubah)").doesNotContain("$2a$");
    }

    @Test
    void theTrailIsAppendOnlyInTheDatabase() {
        long any = jdbc.queryForObject("select max(id) from audit_log", Long.class);
        assertThatThrownBy(() -> jdbc.update("update audit_log set pelaku = 'pemalsu' where id = ?", any))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", any))
                .hasMessageContaining("append-only");
    }

    @Test
    void unitManagerSeesOnlyEntriesOfTheirSubtreeAndCanFilter() throws Exception {
        // the seed's own unit rows: a fixed set, whatever other tests add later
        mvc.perform(get("/admin/audit").param("entitas", "Unit").param("pelaku", "sistem-demo")
                        .with(user(users.loadUserByUsername("marves.pkounit"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Asisten Deputi Energi")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Biro Keuangan"))));
        mvc.perform(get("/admin/audit").param("entitas", "Unit").param("pelaku", "sistem-demo")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Biro Keuangan")));
    }

    @Autowired
    AuditService auditService;

    /** Entries read as words and Indonesian numbers, not "PerjanjianKinerja #13" with raw JSON and "4.000000". */
    @Test
    void entriesAreRenderedReadably() throws Exception {
        Map<String, Object> sebelum = new LinkedHashMap<>();
        sebelum.put("target", "4.000000");
        sebelum.put("nama", "Indeks uji tampilan");
        sebelum.put("aktif", true);
        Map<String, Object> sesudah = new LinkedHashMap<>(sebelum);
        sesudah.put("target", "1250.500000");
        sesudah.put("aktif", false);
        auditService.catatSebagai("uji.tampilan", AuditAksi.UBAH, "PerjanjianKinerja", 13L, null, sebelum, sesudah,
                "uji tampilan");
        String html = mvc.perform(get("/admin/audit").param("pelaku", "uji.tampilan")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Perjanjian Kinerja #13").contains("1.250,5").contains(">4<")
                .contains(">Target<").contains(">Ya<").contains(">Tidak<")
                .doesNotContain("4.000000").doesNotContain("PerjanjianKinerja #").doesNotContain("{&quot;")
                // unchanged fields of an update are not repeated
                .doesNotContain("Indeks uji tampilan");
    }
}
