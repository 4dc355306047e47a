package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Validity;
import id.kinerja.organisasi.UnitService;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Rencana Aksi of an inspectorate (a fresh sibling of the Inspektorat Jenderal for each test, drafted
 * by the central PKO): activities, Inisiatif Strategis rules, both matrices.
 */
@IntegrationTest
@WithUserDetails("kemenlu.pko")
class RencanaAksiTest {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RencanaAksiService renaksi;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UnitService units;

    private Long pkId;
    private Long ikuSum;
    private Long ikuProses;

    @BeforeEach
    void siapkan() {
        long unit = UnitUji.saudara(users, units, jdbc, "ITJEN", "RENAKSI");
        pkId = perencanaan.buka(unit, 2026).id();
        Long ss1 = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "Meningkatnya kualitas pengawasan", null,
                Perspective.STAKEHOLDER, 1);
        Long ss2 = perencanaan.simpanSasaran(pkId, perencanaan.versi(pkId), null, "Terwujudnya proses audit berbasis risiko", null,
                Perspective.INTERNAL_PROCESS, 1);
        ikuSum = perencanaan.simpanIku(pkId, perencanaan.versi(pkId), ss1, null, iku("Jumlah laporan hasil pengawasan", "laporan",
                PeriodConsolidation.SUM, "40"));
        ikuProses = perencanaan.simpanIku(pkId, perencanaan.versi(pkId), ss2, null, iku("Persentase audit berbasis risiko", "%",
                PeriodConsolidation.TAKE_LAST_KNOWN, "90"));
        perencanaan.simpanTrajektori(pkId, perencanaan.versi(pkId), ikuSum, List.of(d("5"), d("10"), d("10"), d("15")));
        perencanaan.simpanTrajektori(pkId, perencanaan.versi(pkId), ikuProses, List.of(d("60"), d("70"), d("80"), d("90")));
    }

    private static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    private static IkuParameters iku(String nama, String satuan, PeriodConsolidation k, String target) {
        return IkuMother.iku(nama).satuan(satuan).bsc(Validity.PROXY, Control.MODERATE).kualitas(null)
                .konsolidasi(k).target(target).build();
    }

    private static RencanaAksiService.KegiatanParameters kegiatan(int tw, String nama, String rp, boolean is) {
        return new RencanaAksiService.KegiatanParameters(tw, nama, d(rp), "Laporan " + nama, is,
                is ? LocalDate.of(2026, 3, 1) : null, is ? LocalDate.of(2026, 9, 30) : null);
    }

    @Test
    void strategicInitiativesFollowTheirRules() {
        assertThatThrownBy(() -> renaksi.tambahKegiatan(pkId, perencanaan.versi(pkId), ikuSum, kegiatan(1, "IS di stakeholder", "1", true)))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "renaksi.is.perspektif");
        assertThatThrownBy(() -> renaksi.tambahKegiatan(pkId, perencanaan.versi(pkId), ikuProses, new RencanaAksiService.KegiatanParameters(1,
                "IS tanpa tanggal", d("1"), null, true, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "renaksi.is.tanggalWajib");
        renaksi.tambahKegiatan(pkId, perencanaan.versi(pkId), ikuProses, kegiatan(1, "Penyusunan peta risiko", "1000000", true));
        renaksi.tambahKegiatan(pkId, perencanaan.versi(pkId), ikuProses, kegiatan(2, "Audit berbasis risiko tahap I", "3000000", true));
        assertThatThrownBy(() -> renaksi.tambahKegiatan(pkId, perencanaan.versi(pkId), ikuProses, kegiatan(3, "IS ketiga", "1", true)))
                .hasFieldOrPropertyWithValue("messageKey", "renaksi.is.maks");
    }

    @Test
    void matricesShowCumulativeTargetsAndBudgetShares() throws Exception {
        renaksi.tambahKegiatan(pkId, perencanaan.versi(pkId), ikuSum, kegiatan(1, "Audit kinerja Perwakilan", "25000000", false));
        renaksi.tambahKegiatan(pkId, perencanaan.versi(pkId), ikuSum, kegiatan(3, "Reviu laporan keuangan", "75000000", false));
        renaksi.tambahAnggaran(pkId, perencanaan.versi(pkId), "Program Dukungan Manajemen", "Pengawasan internal", "Laporan hasil pengawasan",
                d("100000000"));
        RencanaAksiService.BarisIku sum = renaksi.halaman(pkId).matriks().stream()
                .filter(b -> b.ikuId().equals(ikuSum)).findFirst().orElseThrow();
        assertThat(sum.triwulan()).extracting(RencanaAksiService.Triwulan::targetSd)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("5"), d("15"), d("25"), d("40"));
        assertThat(sum.triwulan().get(1).persenOutput()).isEqualByComparingTo("37.5");
        assertThat(sum.triwulan().get(0).persenAnggaranSd()).isEqualByComparingTo("25");
        assertThat(sum.triwulan().get(2).persenAnggaranSd()).isEqualByComparingTo("100");

        var pko = user(users.loadUserByUsername("kemenlu.pko"));
        String kemenlu = mvc.perform(get("/perencanaan/pk/{id}/rencana-aksi/cetak", pkId).with(pko))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(kemenlu).contains("s.d. TW III").contains("Jumlah laporan hasil pengawasan");
        String marves = mvc.perform(get("/perencanaan/pk/{id}/rencana-aksi/cetak", pkId).param("format", "MARVES")
                .with(pko)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(marves).contains("B09").contains("Reviu laporan keuangan").contains("Rp\u00a075.000.000");
        byte[] pdf = mvc.perform(get("/perencanaan/pk/{id}/cetak.pdf", pkId).with(pko)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String teks = new PDFTextStripper().getText(doc);
            assertThat(teks).contains("PERJANJIAN KINERJA TAHUN 2026").contains("LAMPIRAN II")
                    .contains("Program Dukungan Manajemen").contains("S1.1-N");
        }
        byte[] manual = mvc.perform(get("/perencanaan/pk/{id}/manual-iku.pdf", pkId).with(pko))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(manual)) {
            String teks = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(teks).contains("LEMBAR PENETAPAN MANUAL INDIKATOR KINERJA UTAMA")
                    .contains("MANUAL INDIKATOR KINERJA UTAMA").contains("Jumlah laporan hasil pengawasan");
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(3);
        }
        byte[] renaksiPdf = mvc.perform(get("/perencanaan/pk/{id}/rencana-aksi/cetak.pdf", pkId).param("format",
                "MARVES").with(pko)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var doc = Loader.loadPDF(renaksiPdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " "))
                    .contains("Reviu laporan keuangan").contains("B09");
        }
        mvc.perform(get("/perencanaan/pk/{id}/rencana-aksi", pkId).with(user(users.loadUserByUsername(
                "marves.perencana")))).andExpect(status().isForbidden());
    }
}
