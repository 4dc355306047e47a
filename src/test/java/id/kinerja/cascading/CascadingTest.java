package id.kinerja.cascading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Validity;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.IkuMother;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
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

/** Cascading on its own tree (a test Eselon I with two Eselon II units), matrix, tree, alignment. */
@IntegrationTest
class CascadingTest {

    @Autowired
    CascadingService cascading;

    @Autowired
    KeselarasanService keselarasan;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UnitService units;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    // each test builds its own units and plan: none relies on what another test cascaded
    private Long atas;
    private Long unitAtas;
    private Long unitA;
    private Long unitB;

    @BeforeEach
    void siapkan() {
        UserDetails u = users.loadUserByUsername("kemenlu.pko");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        String kode = "UJI-CASC-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        unitAtas = units.buat(new UnitParameters(DemoUnits.id(jdbc, "KEMENLU"), kode, "Badan Uji Cascading",
                JenisUnit.UNIT_KERJA, true, "Kepala Badan Uji", 9)).id();
        unitA = units.buat(new UnitParameters(unitAtas, kode + "-A", "Pusat Uji A", JenisUnit.UNIT_KERJA, true,
                "Kepala Pusat A", 1)).id();
        unitB = units.buat(new UnitParameters(unitAtas, kode + "-B", "Pusat Uji B", JenisUnit.UNIT_KERJA, true,
                "Kepala Pusat B", 2)).id();
        Long pk = perencanaan.buka(unitAtas, 2026).id();
        Long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya layanan uji", null, Perspective.CUSTOMER, 1);
        // the upper IKU is carried by the units below: a cascading IKU (C), never a -N one
        atas = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, iku("Jumlah layanan uji", "100", JenisCascading.C));
    }

    @AfterEach
    void bersihkan() {
        SecurityContextHolder.clearContext();
    }

    private static IkuParameters iku(String nama, String target) {
        return iku(nama, target, JenisCascading.N);
    }

    private static IkuParameters iku(String nama, String target, JenisCascading jenis) {
        return IkuMother.iku(nama).satuan("layanan").bsc(Validity.PROXY, Control.MODERATE).kualitas(null)
                .cascading(jenis).tahunan().target(target).build();
    }

    private CascadingService.Parameter indirect(Long unit, String nama, String target) {
        return new CascadingService.Parameter(MetodeLink.INDIRECT, unit, nama, new BigDecimal(target), null, null,
                LocationConsolidation.SUM, null);
    }

    @Test
    void indirectSumReproducesTheUpperTargetAndTheTreeShowsIt() throws Exception {
        cascading.cascade(atas, indirect(unitA, "Jumlah layanan uji Pusat A", "40"));
        CascadingService.IkuAtas setelahSatu = cascading.halaman(atas).iku();
        assertThat(setelahSatu.peringatan()).contains("cascading.peringatan.indirectSatu",
                "cascading.peringatan.tidakCocok");
        cascading.cascade(atas, indirect(unitB, "Jumlah layanan uji Pusat B", "60"));
        CascadingService.IkuAtas iku = cascading.halaman(atas).iku();
        assertThat(iku.peringatan()).isEmpty();
        assertThat(iku.konsolidasi().target()).isEqualByComparingTo("100");
        assertThat(iku.konsolidasi().cocok()).isTrue();
        assertThat(iku.tautan()).extracting(CascadingService.Tautan::jenis).containsOnly(JenisCascading.CP);

        assertThatThrownBy(() -> cascading.cascade(atas, new CascadingService.Parameter(MetodeLink.INDIRECT, unitB,
                "Lain", BigDecimal.ONE, null, null, LocationConsolidation.AVERAGE, null)))
                .isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "cascading.indirect.konsolidasiBeda");

        CascadingService.Pohon pohon = cascading.pohon(unitAtas, 2026);
        assertThat(pohon.akar()).hasSize(1);
        assertThat(pohon.akar().get(0).anak()).extracting(CascadingService.Simpul::unit)
                .containsExactlyInAnyOrder("Pusat Uji A", "Pusat Uji B");

        SecurityContextHolder.clearContext();
        var pko = user(users.loadUserByUsername("kemenlu.pko"));
        String pohonHtml = mvc.perform(get("/cascading/pohon/{u}", unitAtas).param("tahun", "2026").with(pko))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pohonHtml).contains("Jumlah layanan uji Pusat A").contains("Pusat Uji B");
        String pohonCetak = mvc.perform(get("/cascading/pohon/{u}/cetak", unitAtas).param("tahun", "2026").with(pko))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(pohonCetak).contains("POHON KINERJA TAHUN 2026").contains("Jumlah layanan uji Pusat B");
        byte[] pdf = mvc.perform(get("/cascading/unit/{u}/cetak.pdf", unitAtas).param("tahun", "2026").with(pko))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            // table cells wrap: compare with the line breaks folded to spaces
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("MATRIKS CASCADING TAHUN 2026")
                    .contains("Pusat Uji A").contains("Jumlah layanan uji Pusat B");
        }
        byte[] xlsx = mvc.perform(get("/cascading/unit/{u}/matriks.xlsx", unitAtas).param("tahun", "2026").with(pko))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("Unit di bawah");
            assertThat(IntStream.rangeClosed(3, sheet.getLastRowNum())
                    .mapToObj(r -> sheet.getRow(r).getCell(4).getStringCellValue()).toList())
                    .containsExactlyInAnyOrder("Pusat Uji A", "Pusat Uji B");
            // labels and numeric cells, not codes and "40.000000" as text
            var baris = sheet.getRow(3);
            assertThat(baris.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(baris.getCell(7).getNumericCellValue()).isIn(40.0, 60.0);
            assertThat(baris.getCell(2).getNumericCellValue()).isEqualTo(100.0);
            assertThat(baris.getCell(8).getStringCellValue()).startsWith("Cascading");
            assertThat(baris.getCell(9).getStringCellValue()).isEqualTo("Jumlahkan");
        }
        String marves = mvc.perform(get("/cascading/unit/{u}/cetak", unitAtas).param("tahun", "2026")
                .param("format", "MARVES").with(pko)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(marves).contains("matriks-cascading-marves").contains("S1 Meningkatnya layanan uji");
        mvc.perform(get("/cascading/unit/{u}", unitAtas).param("tahun", "2026")
                .with(user(users.loadUserByUsername("marves.pko")))).andExpect(status().isForbidden());
    }

    @Test
    void sameLevelAlignmentAndCrosscuttingContributors() {
        Long pkA = perencanaan.pk(unitA, 2026) != null ? perencanaan.pk(unitA, 2026).id()
                : perencanaan.buka(unitA, 2026).id();
        Long pkB = perencanaan.pk(unitB, 2026) != null ? perencanaan.pk(unitB, 2026).id()
                : perencanaan.buka(unitB, 2026).id();
        Long ssA = perencanaan.simpanSasaran(pkA, perencanaan.versi(pkA), null, "Tata kelola pusat A", null, Perspective.INTERNAL_PROCESS, 1);
        Long ssB = perencanaan.simpanSasaran(pkB, perencanaan.versi(pkB), null, "Dukungan pusat B", null, Perspective.INTERNAL_PROCESS, 1);
        Long ikuA = perencanaan.simpanIku(pkA, perencanaan.versi(pkA), ssA, null, iku("Indeks layanan pusat A", "3"));
        Long ikuB = perencanaan.simpanIku(pkB, perencanaan.versi(pkB), ssB, null, iku("Ketepatan dukungan pusat B", "90"));
        keselarasan.selaraskan(ikuA, ikuB, Keselarasan.Jenis.PENDUKUNG, "B menyediakan dukungan TI");
        assertThatThrownBy(() -> keselarasan.selaraskan(ikuA, atas, Keselarasan.Jenis.RANTAI, null))
                .hasFieldOrPropertyWithValue("messageKey", "selaras.bukanSelevel");
        keselarasan.tambahKontributor(atas, null, "Kementerian Keuangan", "Penyedia data anggaran");
        keselarasan.tambahKontributor(atas, unitB, null, "Pelaksana layanan");
        KeselarasanService.Data data = keselarasan.data(atas);
        assertThat(data.kontributor()).extracting(KeselarasanService.Kontributor::pihak)
                .containsExactly("Kementerian Keuangan", "Pusat Uji B");
        assertThat(keselarasan.data(ikuB).selaras()).singleElement()
                .satisfies(s -> assertThat(s.sebagaiPendukung()).isTrue());
    }

    @Test
    void aDirectLinkOutOfStepIsFlagged() {
        Long pkAtas = perencanaan.pk(unitAtas, 2026).id();
        Long ikuDirect = perencanaan.simpanIku(pkAtas, perencanaan.versi(pkAtas),
                jdbc.queryForObject("select ss_id from iku where id = ?", Long.class, atas), null,
                iku("Indeks kepuasan layanan uji", "3", JenisCascading.C));
        cascading.cascade(ikuDirect, new CascadingService.Parameter(MetodeLink.DIRECT, unitA, null, null, null, null,
                null, null));
        assertThat(cascading.halaman(ikuDirect).iku().peringatan()).doesNotContain(
                "cascading.peringatan.directTidakSejalan");
        Long pk = perencanaan.pk(unitAtas, 2026).id();
        Long ss = jdbc.queryForObject("select ss_id from iku where id = ?", Long.class, ikuDirect);
        perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, ikuDirect, iku("Indeks kepuasan layanan uji", "3.5", JenisCascading.C));
        assertThat(cascading.halaman(ikuDirect).iku().peringatan()).contains("cascading.peringatan.directTidakSejalan");
    }

    /** A -N IKU is the unit's own: no direct or indirect cascade, no form offering one, no "not carried" warning. */
    @Test
    void aNonCascadingIkuIsNeverCascadedNorWarnedAbout() throws Exception {
        Long pkAtas = perencanaan.pk(unitAtas, 2026).id();
        Long ss = jdbc.queryForObject("select ss_id from iku where id = ?", Long.class, atas);
        Long ikuN = perencanaan.simpanIku(pkAtas, perencanaan.versi(pkAtas), ss, null,
                iku("Jumlah kajian internal badan", "5"));
        for (CascadingService.Parameter p : List.of(
                new CascadingService.Parameter(MetodeLink.DIRECT, unitA, null, null, null, null, null, null),
                indirect(unitA, "Jumlah kajian Pusat A", "2"))) {
            assertThatThrownBy(() -> cascading.cascade(ikuN, p)).isInstanceOf(BusinessRuleException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "cascading.atas.nonCascading");
        }
        assertThat(jdbc.queryForObject("select count(*) from cascading where atas_iku_id = ?", Integer.class, ikuN))
                .isZero();
        CascadingService.Halaman h = cascading.halaman(ikuN);
        assertThat(h.unitBawah()).isEmpty();
        assertThat(h.iku().peringatan()).doesNotContain("cascading.peringatan.tidakDipikul");
        assertThat(cascading.matriks(unitAtas, 2026).baris()).filteredOn(b -> b.ikuId().equals(ikuN)).singleElement()
                .satisfies(b -> assertThat(b.peringatan()).isEmpty());
        SecurityContextHolder.clearContext();
        var pko = user(users.loadUserByUsername("kemenlu.pko"));
        mvc.perform(get("/cascading/iku/{i}", ikuN).with(pko)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-testid=\"iku-non-cascading\"")))
                .andExpect(content().string(Matchers.not(
                        Matchers.containsString("value=\"DIRECT\""))));
        String matriks = mvc.perform(get("/cascading/unit/{u}", unitAtas).param("tahun", "2026").with(pko))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(matriks).contains("Jumlah kajian internal badan").contains("IKU non-cascading (-N): tidak diturunkan.");
    }
}
