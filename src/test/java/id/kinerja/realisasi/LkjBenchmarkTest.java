package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.laporan.LkjService;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import org.apache.pdfbox.Loader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Benchmark, not a timing assertion: the annual LKj of a unit with 20 IKU (the fixture's four and
 * sixteen more by SQL) as PDF and as .docx. Prints the times; asserts only that both files open.
 */
@IntegrationTest
class LkjBenchmarkTest {

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RencanaAksiService renaksi;

    @Autowired
    LkjService lkj;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void lkjTahunanDuaPuluhIku() throws Exception {
        PkUji.masuk(users, "admin");
        RencanaUji.Hasil r = RencanaUji.buat(organisasi, perencanaan, renaksi);
        jdbc.update("""
                insert into iku (ss_id, urutan, kode, nama, satuan, jenis_cascading, konsolidasi_periode, polarisasi,
                                 periode_pelaporan, target)
                select i.ss_id, 100 + g, 'BM' || g, 'IKU benchmark ' || g, 'dokumen', 'N', 'SUM', 'MAXIMIZE',
                       'TRIWULAN', 100
                from iku i, generate_series(1, 16) g where i.id = ?
                """, r.ikuJumlah());
        // the Kemenlu rulebook scores the year only with validity and control set (scoring.md)
        jdbc.update("update iku set validitas = 'EXACT', kendali = 'MODERATE', kualitas = 'OUTPUT' where ss_id in "
                + "(select id from sasaran_strategis where pk_id = ?)", r.pkId());
        int putaran = 3;
        long pdfMs = Long.MAX_VALUE;
        long docxMs = Long.MAX_VALUE;
        byte[] pdf = null;
        byte[] docx = null;
        for (int i = 0; i < putaran; i++) {
            long t0 = System.nanoTime();
            pdf = lkj.berkas(r.unitKode(), RencanaUji.TAHUN, "TAHUN", LkjService.Format.PDF).isi();
            long t1 = System.nanoTime();
            docx = lkj.berkas(r.unitKode(), RencanaUji.TAHUN, "TAHUN", LkjService.Format.DOCX).isi();
            long t2 = System.nanoTime();
            pdfMs = Math.min(pdfMs, (t1 - t0) / 1_000_000);
            docxMs = Math.min(docxMs, (t2 - t1) / 1_000_000);
        }
        // the content model alone: reading the data and scoring, no layout
        long naskahMs = Long.MAX_VALUE;
        for (int i = 0; i < putaran; i++) {
            long t0 = System.nanoTime();
            assertThat(lkj.naskah(r.unitKode(), RencanaUji.TAHUN, "TAHUN").bab()).isNotEmpty();
            naskahMs = Math.min(naskahMs, (System.nanoTime() - t0) / 1_000_000);
        }
        System.out.printf("BENCHMARK LKj tahunan 20 IKU: isi (data + skor) %d ms%n", naskahMs);
        try (var doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(5);
            System.out.printf("BENCHMARK LKj tahunan 20 IKU: PDF %d ms (%d halaman, %d KB), .docx %d ms (%d KB); "
                    + "terbaik dari %d putaran, termasuk membaca data dan skor%n", pdfMs, doc.getNumberOfPages(),
                    pdf.length / 1024, docxMs, docx.length / 1024, putaran);
        }
        try (var doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(doc.getTables()).hasSizeGreaterThan(20);
        }
    }
}
