package id.kinerja.perencanaan.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.UnitUji;
import id.kinerja.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Issue 9 ("Excel cells 80.000000 as text and AVERAGE") and issue 8 item 4 on the planning workbook:
 * the export carries labels and numeric cells, the import takes labels in both languages and codes,
 * and a refused workbook leaves the PK exactly as it was, with every finding at its row and column.
 */
@IntegrationTest
class PkExcelLabelTest {

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

    private long pkId() {
        if (pk == null) {
            pk = UnitUji.pkSaudara(users, units, perencanaan, jdbc, "M-INSPEKTORAT", "EXCEL-LABEL");
        }
        return pk;
    }

    @SafeVarargs
    private static byte[] buku(Map<String, Object>... rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("IKU");
            Row h = s.createRow(0);
            for (int i = 0; i < JUDUL.size(); i++) {
                h.createCell(i).setCellValue(JUDUL.get(i));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (Map.Entry<String, Object> e : rows[r].entrySet()) {
                    int c = JUDUL.indexOf(e.getKey());
                    assertThat(c).as(e.getKey()).isNotNegative();
                    if (e.getValue() instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(e.getValue()));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, Object> iku(String nama, String perspektif, String kualitas, String konsolidasi,
            String polarisasi, String periode, Object target) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Sasaran Strategis", "Meningkatnya kualitas pengawasan intern");
        m.put("Perspektif", perspektif);
        m.put("Nama IKU", nama);
        m.put("Definisi", "Definisi " + nama);
        m.put("Formula", "Formula " + nama);
        m.put("Satuan", "laporan");
        m.put("Kualitas", kualitas);
        m.put("Jenis cascading", "Non-cascading (N)");
        m.put("Konsolidasi periode", konsolidasi);
        m.put("Polarisasi", polarisasi);
        m.put("Periode pelaporan", periode);
        m.put("Target", target);
        return m;
    }

    private MvcResult unggah(long pk, byte[] isi) throws Exception {
        return mvc.perform(multipart("/perencanaan/pk/{id}/impor", pk)
                        .param("version", String.valueOf(jdbc.queryForObject(
                                "select version from perjanjian_kinerja where id = ?", Long.class, pk)))
                        .file(new MockMultipartFile("berkas", "iku.xlsx", XLSX, isi))
                        .with(user(users.loadUserByUsername("marves.pko"))).with(csrf()))
                .andReturn();
    }

    private List<Map<String, Object>> iku(long pk) {
        return jdbc.queryForList("select i.kode, i.nama, i.kualitas, i.konsolidasi_periode, i.polarisasi, "
                + "i.periode_pelaporan, i.target, i.version from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ? order by i.kode", pk);
    }

    private List<Map<String, Object>> target(long pk) {
        return jdbc.queryForList("select t.id, t.iku_id, t.jenis_periode, t.nomor, t.target from target_periode t "
                + "join iku i on i.id = t.iku_id join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? "
                + "order by t.id", pk);
    }

    @Test
    void labelsInBothLanguagesAndCodesAreRead() throws Exception {
        long pk = pkId();
        Map<String, Object> indonesia = iku("IKU berlabel Indonesia", "Proses Bisnis Internal", "Keluaran (output)",
                "Rata-rata", "Maksimalkan", "Triwulanan", "1.000");
        indonesia.putAll(Map.of("TW I", 1000, "TW II", "1.000", "TW III", 1000, "TW IV", "1.000,0",
                "Target maksimum (Ya/Tidak)", "Tidak"));
        Map<String, Object> inggris = iku("IKU berlabel Inggris", "Internal Process", "Output",
                "Take last known value", "minimize", "Half-yearly", 70.5);
        inggris.putAll(Map.of("Semester I", "75,5", "Semester II", 70.5, "Target maksimum (Ya/Tidak)", "No"));
        Map<String, Object> kode = iku("IKU berkode", "INTERNAL_PROCESS", "OUTPUT", "SUM", "MAXIMIZE", "TAHUN", 12);
        kode.put("Jenis cascading", "N");

        MvcResult r = unggah(pk, buku(indonesia, inggris, kode));
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
        List<Map<String, Object>> ikus = iku(pk);
        assertThat(ikus).extracting(m -> m.get("nama"), m -> m.get("konsolidasi_periode"), m -> m.get("polarisasi"),
                        m -> m.get("periode_pelaporan"))
                .containsExactly(tuple("IKU berlabel Indonesia", "AVERAGE", "MAXIMIZE", "TRIWULAN"),
                        tuple("IKU berlabel Inggris", "TAKE_LAST_KNOWN", "MINIMIZE", "SEMESTER"),
                        tuple("IKU berkode", "SUM", "MAXIMIZE", "TAHUN"));
        assertThat(ikus).extracting(m -> m.get("kualitas")).containsOnly("OUTPUT");
        assertThat((BigDecimal) ikus.get(0).get("target")).isEqualByComparingTo("1000");
        assertThat((BigDecimal) ikus.get(1).get("target")).isEqualByComparingTo("70.5");

        // the export speaks the user's language: labels and numbers, never codes or "1000.000000" text
        byte[] ekspor = mvc.perform(get("/perencanaan/pk/{id}/ekspor.xlsx", pk)
                        .with(user(users.loadUserByUsername("marves.pko"))))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(ekspor))) {
            Sheet s = wb.getSheet("IKU");
            Row baris = null;
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                if ("IKU berlabel Indonesia".equals(teks(s.getRow(i).getCell(JUDUL.indexOf("Nama IKU"))))) {
                    baris = s.getRow(i);
                }
            }
            assertThat(baris).isNotNull();
            assertThat(teks(baris.getCell(JUDUL.indexOf("Perspektif")))).isEqualTo("Proses Bisnis Internal");
            assertThat(teks(baris.getCell(JUDUL.indexOf("Konsolidasi periode")))).isEqualTo("Rata-rata");
            assertThat(teks(baris.getCell(JUDUL.indexOf("Polarisasi")))).isEqualTo("Maksimalkan");
            assertThat(teks(baris.getCell(JUDUL.indexOf("Periode pelaporan")))).isEqualTo("Triwulanan");
            assertThat(teks(baris.getCell(JUDUL.indexOf("Jenis cascading")))).isEqualTo("Non-cascading (N)");
            Cell target = baris.getCell(JUDUL.indexOf("Target"));
            assertThat(target.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(target.getNumericCellValue()).isEqualTo(1000.0);
            assertThat(target.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            Cell tw1 = baris.getCell(JUDUL.indexOf("TW I"));
            assertThat(tw1.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(baris.getCell(JUDUL.indexOf("Posisi SS")).getCellType()).isEqualTo(CellType.NUMERIC);
            for (int i = 1; i <= s.getLastRowNum(); i++) {
                if ("IKU berlabel Inggris".equals(teks(s.getRow(i).getCell(JUDUL.indexOf("Nama IKU"))))) {
                    Cell t = s.getRow(i).getCell(JUDUL.indexOf("Target"));
                    assertThat(t.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(t.getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
                }
            }
        }
        // and the English export re-imports unchanged
        byte[] inggrisEkspor = mvc.perform(get("/perencanaan/pk/{id}/ekspor.xlsx", pk).param("lang", "en")
                        .with(user(users.loadUserByUsername("marves.pko"))))
                .andReturn().getResponse().getContentAsByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(inggrisEkspor))) {
            assertThat(new DataFormatter().formatCellValue(wb.getSheet("IKU").getRow(1)
                    .getCell(JUDUL.indexOf("Polarisasi")))).isIn("Maximize", "Minimize");
        }
        MvcResult lagi = unggah(pk, inggrisEkspor);
        assertThat(lagi.getResponse().getStatus()).as(lagi.getResponse().getContentAsString()).isEqualTo(302);
        assertThat(iku(pk)).extracting(m -> m.get("kode"), m -> m.get("konsolidasi_periode"))
                .containsExactlyElementsOf(ikus.stream().map(m -> tuple(m.get("kode"), m.get("konsolidasi_periode")))
                        .toList());
    }

    @Test
    void aRefusedWorkbookLeavesThePkUntouchedAndNamesRowAndColumn() throws Exception {
        long pk = pkId();
        Map<String, Object> a = iku("IKU pertama yang sah", "INTERNAL_PROCESS", "OUTPUT", "SUM", "MAXIMIZE",
                "TRIWULAN", 40);
        a.putAll(Map.of("TW I", 10, "TW II", 10, "TW III", 10, "TW IV", 10));
        Map<String, Object> b = iku("IKU kedua yang sah", "INTERNAL_PROCESS", "OUTPUT", "SUM", "MAXIMIZE",
                "TAHUN", 5);
        assertThat(unggah(pk, buku(a, b)).getResponse().getStatus()).isEqualTo(302);
        List<Map<String, Object>> ikuSebelum = iku(pk);
        // the import's rows are in the audit trail like a form's (written in one statement)
        assertThat(jdbc.queryForList("select a.pelaku, a.sesudah ->> 'nama' from audit_log a where a.entitas = 'Iku' "
                + "and a.aksi = 'BUAT' and a.entitas_id in (select i.id::text from iku i join sasaran_strategis s "
                + "on s.id = i.ss_id where s.pk_id = ?) order by a.id", pk)).extracting(m -> m.values().toArray()[0],
                        m -> m.values().toArray()[1])
                .containsExactly(tuple("marves.pko", "IKU pertama yang sah"), tuple("marves.pko", "IKU kedua yang sah"));
        assertThat(jdbc.queryForObject("select count(*) from audit_log a where a.entitas = 'TargetPeriode' and "
                + "a.entitas_id in (select t.id::text from target_periode t join iku i on i.id = t.iku_id join "
                + "sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?)", Integer.class, pk)).isEqualTo(4);
        List<Map<String, Object>> targetSebelum = target(pk);
        long versiSebelum = perencanaan.versi(pk);
        String auditUnit = "select count(*) from audit_log where unit_id = (select unit_id from perjanjian_kinerja "
                + "where id = ?)";
        int auditSebelum = jdbc.queryForObject(auditUnit, Integer.class, pk);

        // a re-upload: row 2 changes a target (fine), row 3 has a bad polarity label, row 4 a new IKU
        // with a negative trajectory value, row 5 an unknown Kode IKU
        Map<String, Object> ubah = new LinkedHashMap<>(a);
        ubah.put("Kode IKU", ikuSebelum.get(0).get("kode"));
        ubah.put("Target", 80);
        Map<String, Object> salahLabel = new LinkedHashMap<>(b);
        salahLabel.put("Kode IKU", ikuSebelum.get(1).get("kode"));
        salahLabel.put("Polarisasi", "Naik");
        Map<String, Object> negatif = iku("IKU baru bertrajektori negatif", "Proses Bisnis Internal", "Output",
                "Jumlahkan", "Maximize", "Quarterly", 10);
        negatif.putAll(Map.of("TW I", "-1", "TW II", 5, "TW III", 3, "TW IV", 3));
        Map<String, Object> kodeAsing = iku("IKU berkode asing", "INTERNAL_PROCESS", "OUTPUT", "SUM", "MAXIMIZE",
                "TAHUN", 5);
        kodeAsing.put("Kode IKU", "S9.9-N");
        MvcResult r = unggah(pk, buku(ubah, salahLabel, negatif, kodeAsing));
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        HasilImpor hasil = (HasilImpor) r.getModelAndView().getModel().get("hasil");
        assertThat(hasil.masalah()).extracting(HasilImpor.Masalah::baris, HasilImpor.Masalah::kolom)
                .containsExactly(tuple(3, "T (Polarisasi)"), tuple(4, "Z (TW I)"), tuple(5, "A (Kode IKU)"));
        assertThat(hasil.masalah().get(0).pesan()).contains("\"Naik\"").contains("Maksimalkan")
                .contains("MAXIMIZE");
        assertThat(r.getResponse().getContentAsString()).contains("T (Polarisasi)").contains("Z (TW I)");

        assertThat(iku(pk)).isEqualTo(ikuSebelum);
        assertThat(target(pk)).isEqualTo(targetSebelum);
        assertThat(perencanaan.versi(pk)).isEqualTo(versiSebelum);
        assertThat(jdbc.queryForObject(auditUnit, Integer.class, pk)).isEqualTo(auditSebelum);
    }

    private static String teks(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }
}
