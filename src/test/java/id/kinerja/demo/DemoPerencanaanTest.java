package id.kinerja.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.cascading.CascadingService;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo starts with complete, approved and fully cascaded 2026 plans for nine units of both
 * organisations, and leaves the units where users draft from scratch without one. Other tests
 * share this database and may draft PKs (and links) of their own, so the seed's PKs are recognised
 * by who approved them: the seeding account "sistem-demo".
 */
@IntegrationTest
class DemoPerencanaanTest {

    private static final List<String> DENGAN_PK = List.of("KEMENLU", "SETJEN", "ASPASAF", "ROREN",
            "ROREN-PK-EVA-01", "MARVES", "M-DEP1", "M-DEP2", "M-ASDEP-EN");
    private static final List<String> TANPA_PK = List.of("ASTIMPAS", "ASELTENG", "ROKEU", "ITJEN", "KBRI-TOKYO",
            "KBRI-TOKYO-POL", "KBRI-TOKYO-EKO", "ROREN-PK", "ROREN-PK-EVA", "ROREN-PK-EVA-02", "M-SESDEP1",
            "M-ASDEP-KM", "M-ASDEP-INV", "M-SESMENKO", "M-ROREN", "M-INSPEKTORAT", "M-STAF-AHLI");

    /** The seed's links between its own PKs: metode, both ends and both IKU. */
    private static final String TAUTAN_DEMO = """
            select c.metode, ua.kode as unit_atas, ub.kode as unit_bawah, ua.pemilik_peta as atas_pemilik_peta,
                   ia.nama as nama_atas, ib.nama as nama_bawah, ia.target as target_atas, ib.target as target_bawah,
                   ib.jenis_cascading as jenis_bawah, ib.konsolidasi_lokasi as lokasi_bawah
            from cascading c
            join iku ia on ia.id = c.atas_iku_id join sasaran_strategis sa on sa.id = ia.ss_id
            join perjanjian_kinerja pa on pa.id = sa.pk_id join unit ua on ua.id = pa.unit_id
            join iku ib on ib.id = c.bawah_iku_id join sasaran_strategis sb on sb.id = ib.ss_id
            join perjanjian_kinerja pb on pb.id = sb.pk_id join unit ub on ub.id = pb.unit_id
            where pa.ditetapkan_oleh = 'sistem-demo' and pb.ditetapkan_oleh = 'sistem-demo'""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    CascadingService cascading;

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
    void nineApprovedPlansFor2026() {
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
        assertThat(jdbc.queryForObject("select count(*) from unit where kode in ("
                + String.join(", ", Collections.nCopies(TANPA_PK.size(), "?")) + ")", Integer.class,
                TANPA_PK.toArray())).isEqualTo(TANPA_PK.size());
        Integer n = jdbc.queryForObject("""
                select count(*) from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where u.kode in (%s) and (p.ditetapkan_oleh = 'sistem-demo'
                    or p.dibuat_pada <= (select max(ditetapkan_pada) from perjanjian_kinerja
                                         where ditetapkan_oleh = 'sistem-demo'))"""
                .formatted(String.join(", ", Collections.nCopies(TANPA_PK.size(), "?"))), Integer.class,
                TANPA_PK.toArray());
        assertThat(n).isZero();
    }

    @Test
    void thePlansArriveFullyCascaded() {
        List<Map<String, Object>> tautan = jdbc.queryForList(TAUTAN_DEMO);
        assertThat(tautan).extracting(r -> r.get("metode") + " " + r.get("unit_atas") + " > " + r.get("unit_bawah"))
                .containsExactlyInAnyOrder(
                        "DIRECT KEMENLU > SETJEN", "DIRECT KEMENLU > SETJEN", "DIRECT KEMENLU > ROREN",
                        "DIRECT SETJEN > ROREN", "DIRECT MARVES > M-DEP1", "DIRECT MARVES > M-DEP2",
                        "DIRECT M-DEP1 > M-ASDEP-EN",
                        "INDIRECT KEMENLU > SETJEN", "INDIRECT KEMENLU > ASPASAF",
                        "INDIRECT MARVES > M-DEP1", "INDIRECT MARVES > M-DEP2",
                        "SUPPORT ROREN > ROREN-PK-EVA-01", "SUPPORT ROREN > ROREN-PK-EVA-01",
                        "SUPPORT M-DEP1 > M-ASDEP-EN");
        // direct: the upper IKU adopted whole, coded CP under a map owner (C otherwise)
        assertThat(tautan).filteredOn(r -> "DIRECT".equals(r.get("metode"))).allSatisfy(r -> {
            assertThat(r.get("nama_bawah")).isEqualTo(r.get("nama_atas"));
            assertThat((BigDecimal) r.get("target_bawah")).isEqualByComparingTo((BigDecimal) r.get("target_atas"));
            assertThat(r.get("jenis_bawah")).isEqualTo(Boolean.TRUE.equals(r.get("atas_pemilik_peta")) ? "CP" : "C");
        });
        // indirect: own name, one location consolidation per upper IKU (SUM at Kemenlu, RAW_DATA at Marves)
        assertThat(tautan).filteredOn(r -> "INDIRECT".equals(r.get("metode"))).allSatisfy(r -> {
            assertThat(r.get("nama_bawah")).isNotEqualTo(r.get("nama_atas"));
            assertThat(r.get("jenis_bawah")).isIn("CP", "C");
            assertThat(r.get("lokasi_bawah")).isEqualTo("KEMENLU".equals(r.get("unit_atas")) ? "SUM" : "RAW_DATA");
        });
        // support: a lower non-cascading IKU, never consolidated
        assertThat(tautan).filteredOn(r -> "SUPPORT".equals(r.get("metode")))
                .allSatisfy(r -> assertThat(r.get("jenis_bawah")).isEqualTo("N"));
        // every seeded lower IKU that claims to be cascaded (CP/C) hangs on a link, or starts a cascade
        // of its own (Setjen's satisfaction index, Deputi 1's EBT mix: their own C/CP IKU, cascaded down)
        assertThat(jdbc.queryForList("""
                select u.kode || ' ' || i.kode from iku i join sasaran_strategis s on s.id = i.ss_id
                join perjanjian_kinerja p on p.id = s.pk_id join unit u on u.id = p.unit_id
                where p.ditetapkan_oleh = 'sistem-demo' and u.induk_id is not null and i.jenis_cascading <> 'N'
                  and not exists (select 1 from cascading c where c.bawah_iku_id = i.id)
                  and not exists (select 1 from cascading c where c.atas_iku_id = i.id and c.metode <> 'SUPPORT')""",
                String.class)).isEmpty();
        // a -N IKU is never the upper end of a direct or indirect cascade
        assertThat(jdbc.queryForList("""
                select c.id from cascading c join iku i on i.id = c.atas_iku_id
                where i.jenis_cascading = 'N' and c.metode <> 'SUPPORT'""", Long.class)).isEmpty();
    }

    @Test
    void indirectConsolidationsReproduceTheirUpperTargets() {
        CascadingService.IkuAtas kesepakatan = baris("kemenlu.pko", "KEMENLU",
                "Jumlah kesepakatan hasil perundingan di bidang diplomasi maritim, politik dan keamanan, "
                        + "dan perbatasan");
        assertThat(kesepakatan.konsolidasi().jenis()).isEqualTo(LocationConsolidation.SUM);
        assertThat(kesepakatan.konsolidasi().target()).isEqualByComparingTo("9");
        assertThat(kesepakatan.konsolidasi().cocok()).isTrue();
        assertThat(kesepakatan.tautan()).extracting(CascadingService.Tautan::unit)
                .containsExactlyInAnyOrder("Sekretariat Jenderal", "Direktorat Jenderal Asia Pasifik dan Afrika");
        assertThat(kesepakatan.peringatan()).isEmpty();

        CascadingService.IkuAtas rekomendasi = baris("marves.pko", "MARVES",
                "Persentase rekomendasi kebijakan hasil koordinasi yang ditindaklanjuti kementerian/lembaga");
        assertThat(rekomendasi.konsolidasi().jenis()).isEqualTo(LocationConsolidation.RAW_DATA);
        // (36 + 84) / (50 + 100) = 80 %, where the plain average of 72 % and 84 % would be 78 %
        assertThat(rekomendasi.konsolidasi().pembilang()).isEqualByComparingTo("120");
        assertThat(rekomendasi.konsolidasi().penyebut()).isEqualByComparingTo("150");
        assertThat(rekomendasi.konsolidasi().target()).isEqualByComparingTo("80");
        assertThat(rekomendasi.konsolidasi().cocok()).isTrue();
        assertThat(rekomendasi.tautan()).extracting(t -> t.target().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder("72", "84");
        assertThat(rekomendasi.peringatan()).isEmpty();

        // no other consolidation of the seed's upper units misses its target, and no lower IKU is orphaned
        for (String[] unit : new String[][] {{"kemenlu.pko", "KEMENLU"}, {"kemenlu.pko", "SETJEN"},
                {"kemenlu.pko", "ROREN"}, {"marves.pko", "MARVES"}, {"marves.pko", "M-DEP1"}}) {
            CascadingService.Matriks m = sebagai(unit[0], () -> cascading.matriks(unitId(unit[1]), DemoData.TAHUN_DEMO));
            assertThat(m.baris()).as(unit[1]).filteredOn(b -> b.konsolidasi() != null)
                    .allSatisfy(b -> assertThat(b.konsolidasi().cocok()).as(b.kode()).isTrue());
        }
    }

    @Test
    void theCascadingMatrixPageShowsTheSeededLinks() throws Exception {
        mvc.perform(get("/cascading/unit/{id}", unitId("KEMENLU")).param("tahun", String.valueOf(DemoData.TAHUN_DEMO))
                        .with(user(users.loadUserByUsername("kemenlu.pko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Jumlah kesepakatan di bidang perbatasan dan "
                        + "kewilayahan yang perundingannya dikoordinasikan Sekretariat Jenderal")));
        mvc.perform(get("/cascading/unit/{id}", unitId("MARVES")).param("tahun", String.valueOf(DemoData.TAHUN_DEMO))
                        .with(user(users.loadUserByUsername("marves.pko"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Persentase rekomendasi kebijakan investasi dan "
                        + "pertambangan yang ditindaklanjuti kementerian/lembaga")));
    }

    private CascadingService.IkuAtas baris(String username, String unit, String namaIku) {
        CascadingService.Matriks m = sebagai(username, () -> cascading.matriks(unitId(unit), DemoData.TAHUN_DEMO));
        return m.baris().stream().filter(b -> b.nama().equals(namaIku)).findFirst().orElseThrow();
    }

    private <T> T sebagai(String username, Supplier<T> aksi) {
        UserDetails u = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        try {
            return aksi.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
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
