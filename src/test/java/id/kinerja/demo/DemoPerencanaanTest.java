package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo starts with complete, approved 2026 plans for seven units of both organisations, and
 * leaves the units where users draft from scratch without one. Other tests share this database
 * and may draft PKs of their own, so the seed's PKs are recognised by who approved them: the
 * seeding account "sistem-demo".
 */
@IntegrationTest
class DemoPerencanaanTest {

    private static final List<String> DENGAN_PK = List.of("KEMENLU", "SETJEN", "ROREN", "ROREN-PK-EVA-01",
            "MARVES", "M-DEP1", "M-ASDEP-EN");
    private static final List<String> TANPA_PK = List.of("ASTIMPAS", "M-ASDEP-KM", "M-ASDEP-INV", "ROKEU");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    private List<Map<String, Object>> pkDemo() {
        return jdbc.queryForList("""
                select p.id, u.kode, p.status, p.jenis, p.nomor_versi, t.tahun from perjanjian_kinerja p
                join unit u on u.id = p.unit_id join tahun_anggaran t on t.id = p.tahun_anggaran_id
                where p.ditetapkan_oleh = 'sistem-demo' order by p.id""");
    }

    private long pkId(String unit) {
        return pkDemo().stream().filter(r -> unit.equals(r.get("kode"))).map(r -> ((Number) r.get("id")).longValue())
                .findFirst().orElseThrow();
    }

    @Test
    void sevenApprovedPlansFor2026() {
        List<Map<String, Object>> pk = pkDemo();
        assertThat(pk).extracting(r -> r.get("kode")).containsExactlyInAnyOrderElementsOf(DENGAN_PK);
        assertThat(pk).allSatisfy(r -> {
            assertThat(r.get("status")).isEqualTo("DITETAPKAN");
            assertThat(r.get("jenis")).isEqualTo("AWAL");
            assertThat(((Number) r.get("tahun")).intValue()).isEqualTo(DemoData.TAHUN_DEMO);
        });
        // both signature blocks carry a name (a ministry's PK has no Pihak Kedua)
        assertThat(jdbc.queryForObject("""
                select count(*) from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where p.ditetapkan_oleh = 'sistem-demo'
                  and (p.pihak_pertama_nama is null or (u.induk_id is not null and p.pihak_kedua_nama is null))""",
                Integer.class)).isZero();
        for (String kode : DENGAN_PK) {
            Integer ss = jdbc.queryForObject("select count(*) from sasaran_strategis where pk_id = ?", Integer.class,
                    pkId(kode));
            assertThat(ss).as("SS of %s", kode).isBetween(2, 4);
            List<Integer> ikuPerSs = jdbc.queryForList("""
                    select count(i.id) from sasaran_strategis s left join iku i on i.ss_id = s.id
                    where s.pk_id = ? group by s.id""", Integer.class, pkId(kode));
            assertThat(ikuPerSs).as("IKU per SS of %s", kode).allSatisfy(n -> assertThat(n).isBetween(1, 3));
        }
    }

    @Test
    void unitsWhereUsersStartFromScratchHaveNoSeededPk() {
        Integer n = jdbc.queryForObject("""
                select count(*) from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where u.kode in (?, ?, ?, ?) and (p.ditetapkan_oleh = 'sistem-demo'
                    or p.dibuat_pada <= (select max(ditetapkan_pada) from perjanjian_kinerja
                                         where ditetapkan_oleh = 'sistem-demo'))""", Integer.class,
                TANPA_PK.toArray());
        assertThat(n).isZero();
    }

    @Test
    void ikuCodesFollowTheCodingRules() {
        List<String> kode = jdbc.queryForList("""
                select i.kode from iku i join sasaran_strategis s on s.id = i.ss_id
                join perjanjian_kinerja p on p.id = s.pk_id where p.ditetapkan_oleh = 'sistem-demo'""", String.class);
        assertThat(kode).hasSizeGreaterThan(30).allMatch(k -> k.matches("S\\d+\\.\\d+-(CP|C|N)"));
        // Kemenlu's ministry PK: S1 stakeholder … S4 learning & growth, map-cascaded IKU first
        List<String> kemenlu = jdbc.queryForList("""
                select s.kode || ':' || s.perspektif || ':' || i.kode from iku i
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? order by i.kode""", String.class,
                pkId("KEMENLU"));
        assertThat(kemenlu).contains("S1:STAKEHOLDER:S1.1-CP", "S2:CUSTOMER:S2.1-CP", "S3:INTERNAL_PROCESS:S3.1-CP",
                "S4:LEARNING_GROWTH:S4.2-N");
        // the individual position cascades (C) or defines its own (N), never from a map (CP)
        assertThat(jdbc.queryForList("""
                select i.kode from iku i join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?""",
                String.class, pkId("ROREN-PK-EVA-01"))).allMatch(k -> k.endsWith("-C") || k.endsWith("-N"));
    }

    @Test
    void everyQuarterlyIkuHasAFourQuarterTrajectory() {
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select i.id, i.kode, count(t.id) as jumlah from iku i
                join sasaran_strategis s on s.id = i.ss_id join perjanjian_kinerja p on p.id = s.pk_id
                left join target_periode t on t.iku_id = i.id and t.jenis_periode = 'TRIWULAN'
                where p.ditetapkan_oleh = 'sistem-demo' and i.periode_pelaporan = 'TRIWULAN'
                group by i.id, i.kode""");
        assertThat(rows).hasSizeGreaterThan(20)
                .allSatisfy(r -> assertThat(((Number) r.get("jumlah")).intValue()).as("%s", r.get("kode")).isEqualTo(4));
    }

    @Test
    void manualIkuMixesPolarisationsConsolidationsAndTheKonversi120Flag() {
        String demo = """
                from iku i join sasaran_strategis s on s.id = i.ss_id join perjanjian_kinerja p on p.id = s.pk_id
                where p.ditetapkan_oleh = 'sistem-demo'""";
        assertThat(jdbc.queryForList("select distinct i.polarisasi " + demo, String.class))
                .containsExactlyInAnyOrder("MAXIMIZE", "MINIMIZE", "STABILIZE");
        assertThat(jdbc.queryForList("select distinct i.konsolidasi_periode " + demo, String.class))
                .containsExactlyInAnyOrder("SUM", "AVERAGE", "TAKE_LAST_KNOWN");
        assertThat(jdbc.queryForList("select distinct i.periode_pelaporan " + demo, String.class))
                .containsExactlyInAnyOrder("TRIWULAN", "TAHUN");
        assertThat(jdbc.queryForObject("select count(*) " + demo + " and i.target_maksimum and i.target = 4",
                Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("select count(*) " + demo
                + " and (i.definisi is null or i.formula is null or i.tujuan is null or i.penanggung_jawab is null"
                + " or i.penyedia_data is null or i.sumber_data is null)", Integer.class)).isZero();
        // a stabilize IKU with a range and no point target
        assertThat(jdbc.queryForObject("select count(*) " + demo
                + " and i.polarisasi = 'STABILIZE' and i.target is null and i.target_bawah is not null"
                + " and i.target_atas is not null", Integer.class)).isPositive();
        // Kemenlu uses validity × control, Marves quality tiers
        assertThat(jdbc.queryForObject("select count(*) " + demo
                + " and p.unit_id = ? and (i.validitas is null or i.kendali is null)", Integer.class,
                unitId("KEMENLU"))).isZero();
        assertThat(jdbc.queryForObject("select count(*) " + demo + " and p.unit_id = ? and i.kualitas is null",
                Integer.class, unitId("MARVES"))).isZero();
        // a SUM trajectory adds up to the annual target
        BigDecimal selisih = jdbc.queryForObject("""
                select max(abs(i.target - (select sum(t.target) from target_periode t where t.iku_id = i.id)))
                """ + demo + " and i.konsolidasi_periode = 'SUM' and i.periode_pelaporan = 'TRIWULAN'",
                BigDecimal.class);
        assertThat(selisih).isZero();
    }

    private long unitId(String kode) {
        return jdbc.queryForObject("select id from unit where kode = ?", Long.class, kode);
    }

    @Test
    void kemenluPkPagesShowTheSeededPlan() throws Exception {
        tampil(pkId("KEMENLU"), "kemenlu.pko", "Indeks Pelayanan dan Perlindungan WNI dan BHI");
        tampil(pkId("ROREN-PK-EVA-01"), "kemenlu.pko", "Rata-rata waktu penyusunan laporan hasil evaluasi");
    }

    @Test
    void marvesPkPagesShowTheSeededPlan() throws Exception {
        tampil(pkId("MARVES"), "marves.pko", "Kontribusi PDB maritim terhadap perekonomian nasional");
        tampil(pkId("M-ASDEP-EN"), "marves.pko", "Jumlah rekomendasi kebijakan percepatan transisi energi");
    }

    private void tampil(long pkId, String username, String namaIku) throws Exception {
        var sebagai = user(users.loadUserByUsername(username));
        mvc.perform(get("/perencanaan/pk/{id}", pkId).with(sebagai)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(namaIku)))
                .andExpect(content().string(Matchers.containsString("Ditetapkan")));
        mvc.perform(get("/perencanaan/pk/{id}/cetak", pkId).with(sebagai)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(namaIku)));
        mvc.perform(get("/perencanaan/pk/{id}/manual-iku", pkId).with(sebagai)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(namaIku)));
    }
}
