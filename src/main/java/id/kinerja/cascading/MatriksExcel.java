package id.kinerja.cascading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The Matriks Cascading as a spreadsheet: one row per link (or per IKU nobody carries). */
@Component
public class MatriksExcel {

    private final MessageSource messages;

    MatriksExcel(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] tulis(CascadingService.Matriks m) {
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(messages.getMessage("cascading.excel.lembar", null, "Matriks Cascading", locale));
            CellStyle tebal = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            tebal.setFont(font);
            Row judul = sheet.createRow(0);
            judul.createCell(0).setCellValue(messages.getMessage("cascading.cetak.judul", new Object[] {m.tahun()},
                    locale) + " — " + m.unit());
            judul.getCell(0).setCellStyle(tebal);
            List<String> kolom = List.of("pk.cetak.ss", "cascading.ikuAtas", "pk.iku.target", "cascading.metode",
                    "cascading.unitBawah", "pk.cetak.ss", "cascading.ikuBawah", "pk.iku.target",
                    "pk.iku.jenisCascading", "pk.iku.konsolidasiLokasi", "cascading.validitasKendali");
            Row header = sheet.createRow(2);
            for (int i = 0; i < kolom.size(); i++) {
                Cell c = header.createCell(i);
                c.setCellValue(messages.getMessage(kolom.get(i), null, kolom.get(i), locale));
                c.setCellStyle(tebal);
            }
            int r = 3;
            // numbers as numeric cells, shown the Indonesian way by the spreadsheet's own locale
            CellStyle gayaAngka = wb.createCellStyle();
            gayaAngka.setDataFormat(wb.createDataFormat().getFormat("#,##0.##"));
            for (CascadingService.IkuAtas b : m.baris()) {
                if (b.tautan().isEmpty()) {
                    Row row = sheet.createRow(r++);
                    atas(row, b, gayaAngka);
                    row.createCell(3).setCellValue(messages.getMessage("cascading.belumAda", null, locale));
                    continue;
                }
                for (CascadingService.Tautan t : b.tautan()) {
                    Row row = sheet.createRow(r++);
                    atas(row, b, gayaAngka);
                    row.createCell(3).setCellValue(messages.getMessage("cascading.metode." + t.metode(), null,
                            locale));
                    row.createCell(4).setCellValue(t.unit());
                    row.createCell(5).setCellValue(t.ss());
                    row.createCell(6).setCellValue(t.kode() + " " + t.nama());
                    angka(row, 7, t.target(), gayaAngka);
                    row.createCell(8).setCellValue(t.jenis() == null ? ""
                            : messages.getMessage("pk.jenisCascading." + t.jenis(), null, t.jenis().name(), locale));
                    row.createCell(9).setCellValue(t.konsolidasiLokasi() == null ? ""
                            : messages.getMessage("scoring.locationConsolidation." + t.konsolidasiLokasi(), null,
                                    t.konsolidasiLokasi().name(), locale));
                    row.createCell(10).setCellValue(t.validitasKendali() == null ? "" : t.validitasKendali());
                }
            }
            for (int i = 0; i < kolom.size(); i++) {
                sheet.setColumnWidth(i, i == 1 || i == 6 ? 60 * 256 : 22 * 256);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void atas(Row row, CascadingService.IkuAtas b, CellStyle gaya) {
        row.createCell(0).setCellValue(b.ssKode() + " " + b.ssNama());
        row.createCell(1).setCellValue(b.kode() + " " + b.nama());
        angka(row, 2, b.target(), gaya);
    }

    private static void angka(Row row, int kolom, BigDecimal v, CellStyle gaya) {
        if (v != null) {
            // a numeric cell (Excel has no decimal type), never "80.000000" as text; the exact value stays in the database
            var c = row.createCell(kolom);
            c.setCellValue(v.doubleValue());
            c.setCellStyle(gaya);
        }
    }
}
