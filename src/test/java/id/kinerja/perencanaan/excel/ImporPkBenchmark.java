package id.kinerja.perencanaan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.UnitUji;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Benchmark, not a test (its name keeps it out of the suite): imports a 1,000-row SS/IKU workbook
 * (20 SS × 50 quarterly IKU with trajectories) into a fresh Marves unit's PK through the upload
 * route, and prints the time. Run: {@code ./mvnw -o test -Dtest=ImporPkBenchmark}. It asserts only
 * the outcome (every row saved), never a duration.
 */
@IntegrationTest
class ImporPkBenchmark {

    private static final int SS = 20;
    private static final int IKU_PER_SS = 50;
    /** Every heading of the template, in its order (the import checks them all). */
    private static final List<String> JUDUL = List.of("Kode IKU", "Sasaran Strategis", "Perspektif", "Posisi SS",
            "Nama IKU", "Definisi", "Formula", "Tujuan", "Satuan", "Validitas", "Kendali", "Kualitas",
            "Penanggung jawab", "Penyedia data", "Sumber data", "Jenis cascading", "Metode cascading",
            "Konsolidasi periode", "Konsolidasi lokasi", "Polarisasi", "Periode pelaporan",
            "Target maksimum (Ya/Tidak)", "Target", "Target bawah", "Target atas", "TW I", "TW II", "TW III", "TW IV",
            "Semester I", "Semester II", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember");
    private static final List<String> DIISI = List.of("Sasaran Strategis", "Perspektif", "Nama IKU", "Definisi",
            "Formula", "Satuan", "Kualitas", "Jenis cascading", "Konsolidasi periode", "Polarisasi",
            "Periode pelaporan", "Target", "TW I", "TW II", "TW III", "TW IV");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    PerencanaanService perencanaan;

    private static byte[] buku() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("IKU");
            Row h = s.createRow(0);
            for (int i = 0; i < JUDUL.size(); i++) {
                h.createCell(i).setCellValue(JUDUL.get(i));
            }
            int r = 1;
            for (int ss = 1; ss <= SS; ss++) {
                for (int i = 1; i <= IKU_PER_SS; i++) {
                    Row row = s.createRow(r++);
                    Object[] nilai = {"Sasaran uji nomor " + ss, "INTERNAL_PROCESS", "IKU " + ss + "." + i,
                            "Definisi", "Formula", "laporan", "OUTPUT", "N", "SUM", "MAXIMIZE", "TRIWULAN", 100, 10,
                            20, 30, 40};
                    for (int k = 0; k < nilai.length; k++) {
                        int c = JUDUL.indexOf(DIISI.get(k));
                        if (nilai[k] instanceof Integer n) {
                            row.createCell(c).setCellValue(n);
                        } else {
                            row.createCell(c).setCellValue((String) nilai[k]);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void importOfAThousandIkuRows() throws Exception {
        long pk = UnitUji.pkSaudara(users, units, perencanaan, jdbc, "M-INSPEKTORAT", "BENCH-IMPOR");
        byte[] isi = buku();
        long mulai = System.nanoTime();
        MvcResult r = mvc.perform(multipart("/perencanaan/pk/{id}/impor", pk)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from perjanjian_kinerja where id = ?", Long.class, pk)))
                .file(new MockMultipartFile("berkas", "iku.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", isi))
                .with(user(users.loadUserByUsername("marves.pko"))).with(csrf())).andReturn();
        long ms = (System.nanoTime() - mulai) / 1_000_000;
        System.out.printf("BENCHMARK impor PK: %d baris IKU (%d SS), %d byte, %d ms%n", SS * IKU_PER_SS, SS,
                isi.length, ms);
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", Integer.class, pk)).isEqualTo(SS * IKU_PER_SS);
    }
}
