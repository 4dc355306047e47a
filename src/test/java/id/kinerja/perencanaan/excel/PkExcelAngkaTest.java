package id.kinerja.perencanaan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.DemoUnits;
import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.UnitUji;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 9 item 1 for the planning workbook: a text cell {@code 1.000} is a thousand (it was read as
 * 1), numeric cells are numbers, and both are bounded (issue 10 item 3) with the row and column named.
 */
@IntegrationTest
class PkExcelAngkaTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> JUDUL = List.of("Kode IKU", "Sasaran Strategis", "Perspektif", "Posisi SS",
            "Nama IKU", "Definisi", "Formula", "Tujuan", "Satuan", "Validitas", "Kendali", "Kualitas",
            "Penanggung jawab", "Penyedia data", "Sumber data", "Jenis cascading", "Metode cascading",
            "Konsolidasi periode", "Konsolidasi lokasi", "Polarisasi", "Periode pelaporan",
            "Target maksimum (Ya/Tidak)", "Target", "Target bawah", "Target atas", "TW I", "TW II", "TW III", "TW IV",
            "Semester I", "Semester II", "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus",
            "September", "Oktober", "November", "Desember");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UnitService units;

    private Long pk;

    /** A fresh sibling of M-INSPEKTORAT with a draft 2026 PK, made once per test (each test its own). */
    private long pkId() {
        if (pk == null) {
            pk = UnitUji.pkSaudara(users, units, perencanaan, jdbc, "M-INSPEKTORAT", "EXCEL-ANGKA");
        }
        return pk;
    }

    private static byte[] buku(Map<String, Object> baris) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("IKU");
            Row h = s.createRow(0);
            for (int i = 0; i < JUDUL.size(); i++) {
                h.createCell(i).setCellValue(JUDUL.get(i));
            }
            Row row = s.createRow(1);
            for (Map.Entry<String, Object> e : baris.entrySet()) {
                int c = JUDUL.indexOf(e.getKey());
                assertThat(c).as(e.getKey()).isNotNegative();
                if (e.getValue() instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else {
                    row.createCell(c).setCellValue(String.valueOf(e.getValue()));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, Object> iku(String nama, Object target, Object tw1) {
        return new LinkedHashMap<>(Map.ofEntries(Map.entry("Sasaran Strategis", "Meningkatnya kualitas "
                + "pengawasan intern"), Map.entry("Perspektif", "INTERNAL_PROCESS"), Map.entry("Nama IKU", nama),
                Map.entry("Definisi", "Definisi"), Map.entry("Formula", "Formula"), Map.entry("Satuan", "laporan"),
                Map.entry("Kualitas", "OUTPUT"), Map.entry("Jenis cascading", "N"),
                Map.entry("Konsolidasi periode", "SUM"), Map.entry("Polarisasi", "MAXIMIZE"),
                Map.entry("Periode pelaporan", "TRIWULAN"), Map.entry("Target", target), Map.entry("TW I", tw1),
                Map.entry("TW II", 250), Map.entry("TW III", "250"), Map.entry("TW IV", "250,0")));
    }

    private MvcResult unggah(long pk, byte[] isi) throws Exception {
        return mvc.perform(multipart("/perencanaan/pk/{id}/impor", pk)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from perjanjian_kinerja where id = ?", Long.class, pk)))
                        .file(new MockMultipartFile("berkas", "iku.xlsx", XLSX, isi))
                        .with(user(users.loadUserByUsername("marves.pko"))).with(csrf()))
                .andReturn();
    }

    @Test
    void aTextCellOfOneThousandIsAThousand() throws Exception {
        long pk = pkId();
        MvcResult r = unggah(pk, buku(iku("Jumlah laporan hasil audit", "1.000", "250")));
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
        BigDecimal target = jdbc.queryForObject("select i.target from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ? and i.nama = 'Jumlah laporan hasil audit'", BigDecimal.class, pk);
        assertThat(target).isEqualByComparingTo("1000");
        assertThat(jdbc.queryForList("select t.target from target_periode t join iku i on i.id = t.iku_id "
                + "join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? and i.nama = 'Jumlah laporan hasil audit'"
                + " order by t.nomor", BigDecimal.class, pk)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("250"), new BigDecimal("250"), new BigDecimal("250"),
                        new BigDecimal("250"));
    }

    @Test
    void ambiguousTextAndHugeNumbersAreListedByRowAndColumn() throws Exception {
        long pk = pkId();
        int sebelum = jdbc.queryForObject("select count(*) from iku", Integer.class);
        MvcResult r = unggah(pk, buku(iku("Jumlah laporan ambigu", "1.5", 1e300)));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        HasilImpor hasil = (HasilImpor) r.getModelAndView().getModel().get("hasil");
        assertThat(hasil.masalah()).extracting(HasilImpor.Masalah::baris, HasilImpor.Masalah::kolom)
                .containsExactly(Tuple.tuple(2, "W (Target)"),
                        Tuple.tuple(2, "Z (TW I)"));
        assertThat(r.getResponse().getContentAsString())
                .contains("Gunakan koma untuk desimal: 1,5; titik hanya pemisah ribuan: 1.000")
                .contains("Paling banyak 18 digit sebelum koma");
        assertThat(jdbc.queryForObject("select count(*) from iku", Integer.class)).isEqualTo(sebelum);
    }
}
