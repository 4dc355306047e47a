package id.kinerja.perencanaan.excel;

import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.PerencanaanService.IkuView;
import id.kinerja.perencanaan.PerencanaanService.PkView;
import id.kinerja.perencanaan.PerencanaanService.SsView;
import id.kinerja.platform.angka.AngkaIndonesia;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the PK workbook (empty template or export) in the user's language: choices as labels
 * (drop-down lists from a hidden sheet, so long labels fit), numbers as numeric cells with a number
 * format (Excel shows them with the reader's own separators), an instructions sheet.
 */
@Component
class PenulisPk {

    /** Rows that get the drop-down lists (the import's row limit). */
    static final int BARIS_VALIDASI = PkExcelService.MAKS_BARIS;
    private static final int MAKS_PECAHAN = 10;

    private final MessageSource messages;

    PenulisPk(MessageSource messages) {
        this.messages = messages;
    }

    byte[] tulis(PkView pk, boolean denganData) {
        Locale locale = LocaleContextHolder.getLocale();
        LabelPilihan label = new LabelPilihan(messages);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(teks("excel.lembar.data"));
            Sheet petunjuk = wb.createSheet(teks("excel.lembar.petunjuk"));
            Sheet daftar = wb.createSheet(teks("excel.lembar.daftar"));
            wb.setSheetHidden(wb.getSheetIndex(daftar), true);
            Gaya gaya = new Gaya(wb);
            Row baris = data.createRow(0);
            for (Kolom k : Kolom.values()) {
                Cell c = baris.createCell(k.ordinal());
                c.setCellValue(teks(k.judulKey()));
                c.setCellStyle(gaya.judul);
                data.setColumnWidth(k.ordinal(), lebar(k) * 256);
                if (k.jenis == Kolom.Jenis.TEKS) {
                    data.setDefaultColumnStyle(k.ordinal(), gaya.teks);
                }
            }
            data.createFreezePane(0, 1);
            validasi(data, daftar, pk, label, locale);
            if (denganData) {
                isi(data, pk, gaya, label, locale);
            }
            tulisPetunjuk(petunjuk, pk, gaya.judul, label, locale);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Cell styles of one workbook: headings, text, and one number format per count of decimals. */
    private static final class Gaya {
        final CellStyle judul;
        final CellStyle teks;
        private final Workbook wb;
        private final DataFormat format;
        private final Map<Integer, CellStyle> angka = new HashMap<>();

        Gaya(Workbook wb) {
            this.wb = wb;
            this.format = wb.createDataFormat();
            judul = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            judul.setFont(f);
            judul.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            judul.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            judul.setBorderBottom(BorderStyle.THIN);
            judul.setWrapText(true);
            teks = wb.createCellStyle();
            teks.setDataFormat(format.getFormat("@"));
        }

        /** "#,##0" or "#,##0.0…0" with exactly the decimals the value has. */
        CellStyle angka(int pecahan) {
            return angka.computeIfAbsent(pecahan, p -> {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(format.getFormat(p == 0 ? "#,##0" : "#,##0." + "0".repeat(p)));
                return s;
            });
        }
    }

    private static int lebar(Kolom k) {
        return switch (k) {
            case SS, NAMA, DEFINISI, FORMULA, TUJUAN -> 40;
            case PENANGGUNG_JAWAB, PENYEDIA_DATA, SUMBER_DATA, TARGET_MAKSIMUM -> 24;
            case PERSPEKTIF, VALIDITAS, KENDALI, KUALITAS, JENIS_CASCADING, METODE_CASCADING, KONSOLIDASI_PERIODE,
                    KONSOLIDASI_LOKASI, POLARISASI, PERIODE_PELAPORAN -> 26;
            default -> k.jenis == Kolom.Jenis.PERIODE ? 11 : 18;
        };
    }

    /**
     * Drop-down lists of labels for the choice columns (kept on a hidden sheet: Excel limits an
     * inline list to 255 characters), Ya/Tidak, and a whole number for the SS position.
     */
    private void validasi(Sheet data, Sheet daftar, PkView pk, LabelPilihan label, Locale locale) {
        DataValidationHelper helper = data.getDataValidationHelper();
        int kolomDaftar = 0;
        for (Kolom k : Kolom.values()) {
            DataValidationConstraint c = null;
            if (k.jenis == Kolom.Jenis.PILIHAN || k.jenis == Kolom.Jenis.YA_TIDAK) {
                List<String> nilai = k.jenis == Kolom.Jenis.PILIHAN
                        ? pilihanUntuk(k, pk).stream().map(e -> label.label(e, locale)).toList()
                        : List.of(teks("excel.ya"), teks("excel.tidak"));
                if (nilai.isEmpty()) {
                    continue;
                }
                for (int i = 0; i < nilai.size(); i++) {
                    Row r = daftar.getRow(i) != null ? daftar.getRow(i) : daftar.createRow(i);
                    r.createCell(kolomDaftar).setCellValue(nilai.get(i));
                }
                String huruf = CellReference.convertNumToColString(kolomDaftar++);
                c = helper.createFormulaListConstraint("'" + daftar.getSheetName() + "'!$" + huruf + "$1:$" + huruf
                        + "$" + nilai.size());
            } else if (k.jenis == Kolom.Jenis.BULAT) {
                c = helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1", "99");
            }
            if (c == null) {
                continue;
            }
            DataValidation v = helper.createValidation(c,
                    new CellRangeAddressList(1, BARIS_VALIDASI, k.ordinal(), k.ordinal()));
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.WARNING); // codes and the other language stay allowed
            if (k.jenis != Kolom.Jenis.BULAT) {
                v.setSuppressDropDownArrow(true); // XSSF: true shows the in-cell drop-down
            }
            data.addValidationData(v);
        }
    }

    private void isi(Sheet data, PkView pk, Gaya gaya, LabelPilihan label, Locale locale) {
        int r = 1;
        for (SsView ss : pk.sasaran()) {
            if (ss.iku().isEmpty()) {
                tulisSs(data.createRow(r++), ss, gaya, label, locale);
                continue;
            }
            for (IkuView iku : ss.iku()) {
                Row row = data.createRow(r++);
                tulisSs(row, ss, gaya, label, locale);
                tulisIku(row, iku, gaya, label, locale);
            }
        }
    }

    private static void tulisSs(Row row, SsView ss, Gaya gaya, LabelPilihan label, Locale locale) {
        sel(row, Kolom.SS, ss.nama(), gaya, label, locale);
        sel(row, Kolom.PERSPEKTIF, ss.perspektif(), gaya, label, locale);
        angka(row, Kolom.POSISI, BigDecimal.valueOf(ss.posisi()), gaya);
    }

    private void tulisIku(Row row, IkuView iku, Gaya gaya, LabelPilihan label, Locale locale) {
        IkuParameters m = iku.manual();
        sel(row, Kolom.KODE_IKU, iku.kode(), gaya, label, locale);
        sel(row, Kolom.NAMA, m.nama(), gaya, label, locale);
        sel(row, Kolom.DEFINISI, m.definisi(), gaya, label, locale);
        sel(row, Kolom.FORMULA, m.formula(), gaya, label, locale);
        sel(row, Kolom.TUJUAN, m.tujuan(), gaya, label, locale);
        sel(row, Kolom.SATUAN, m.satuan(), gaya, label, locale);
        sel(row, Kolom.VALIDITAS, m.validitas(), gaya, label, locale);
        sel(row, Kolom.KENDALI, m.kendali(), gaya, label, locale);
        sel(row, Kolom.KUALITAS, m.kualitas(), gaya, label, locale);
        sel(row, Kolom.PENANGGUNG_JAWAB, m.penanggungJawab(), gaya, label, locale);
        sel(row, Kolom.PENYEDIA_DATA, m.penyediaData(), gaya, label, locale);
        sel(row, Kolom.SUMBER_DATA, m.sumberData(), gaya, label, locale);
        sel(row, Kolom.JENIS_CASCADING, m.jenisCascading(), gaya, label, locale);
        sel(row, Kolom.METODE_CASCADING, m.metodeCascading(), gaya, label, locale);
        sel(row, Kolom.KONSOLIDASI_PERIODE, m.konsolidasiPeriode(), gaya, label, locale);
        sel(row, Kolom.KONSOLIDASI_LOKASI, m.konsolidasiLokasi(), gaya, label, locale);
        sel(row, Kolom.POLARISASI, m.polarisasi(), gaya, label, locale);
        sel(row, Kolom.PERIODE_PELAPORAN, m.periodePelaporan(), gaya, label, locale);
        sel(row, Kolom.TARGET_MAKSIMUM, teks(m.targetMaksimum() ? "excel.ya" : "excel.tidak"), gaya, label, locale);
        angka(row, Kolom.TARGET, m.target(), gaya);
        angka(row, Kolom.TARGET_BAWAH, m.targetBawah(), gaya);
        angka(row, Kolom.TARGET_ATAS, m.targetAtas(), gaya);
        List<BigDecimal> traj = iku.trajektori() == null ? List.of() : iku.trajektori();
        for (int n = 1; n <= traj.size(); n++) {
            Kolom k = Kolom.periode(m.periodePelaporan(), n);
            if (k != null) {
                angka(row, k, traj.get(n - 1), gaya);
            }
        }
    }

    private static void sel(Row row, Kolom k, Object nilai, Gaya gaya, LabelPilihan label, Locale locale) {
        if (nilai == null) {
            return;
        }
        Cell c = row.createCell(k.ordinal());
        c.setCellValue(nilai instanceof Enum<?> e ? label.label(e, locale) : nilai.toString());
        c.setCellStyle(gaya.teks);
    }

    /**
     * A numeric cell formatted with the value's own decimals (80 → "80", 70.5 → "70,5" in an
     * Indonesian Excel); a value a double cannot hold exactly stays exact as Indonesian text.
     */
    static void angka(Row row, Kolom k, BigDecimal nilai, Gaya gaya) {
        if (nilai == null) {
            return;
        }
        Cell c = row.createCell(k.ordinal());
        BigDecimal bersih = nilai.stripTrailingZeros();
        double d = bersih.doubleValue();
        if (bersih.scale() <= MAKS_PECAHAN && new BigDecimal(Double.toString(d)).compareTo(bersih) == 0) {
            c.setCellValue(d);
            c.setCellStyle(gaya.angka(Math.max(0, bersih.scale())));
        } else {
            c.setCellValue(AngkaIndonesia.tulis(nilai));
            c.setCellStyle(gaya.teks);
        }
    }

    private void tulisPetunjuk(Sheet sheet, PkView pk, CellStyle judul, LabelPilihan label, Locale locale) {
        int r = 0;
        Cell t = sheet.createRow(r++).createCell(0);
        t.setCellValue(teks("excel.petunjuk.judul", pk.unit(), String.valueOf(pk.tahun()),
                String.valueOf(pk.nomorVersi())));
        t.setCellStyle(judul);
        r++;
        for (int i = 1; i <= 6; i++) {
            sheet.createRow(r++).createCell(0).setCellValue(i + ". " + teks("excel.petunjuk." + i));
        }
        r++;
        Row h = sheet.createRow(r++);
        String[] kepala = {"excel.petunjuk.kolom", "excel.petunjuk.judulKolom", "excel.petunjuk.wajib",
            "excel.petunjuk.keterangan", "excel.petunjuk.nilai"};
        for (int i = 0; i < kepala.length; i++) {
            Cell c = h.createCell(i);
            c.setCellValue(teks(kepala[i]));
            c.setCellStyle(judul);
        }
        for (Kolom k : Kolom.values()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(CellReference.convertNumToColString(k.ordinal()));
            row.createCell(1).setCellValue(teks(k.judulKey()));
            row.createCell(2).setCellValue(k == Kolom.SS ? teks("excel.ya")
                    : k == Kolom.PERSPEKTIF ? teks("excel.petunjuk.wajibSsBaru")
                    : PembacaPk.WAJIB_IKU.contains(k) ? teks("excel.petunjuk.wajibIku") : teks("excel.tidak"));
            row.createCell(3).setCellValue(teks(keterangan(k)));
            row.createCell(4).setCellValue(switch (k.jenis) {
                case PILIHAN -> pilihanUntuk(k, pk).stream().map(e -> label.label(e, locale) + " (" + e.name() + ")")
                        .collect(Collectors.joining(", "));
                case YA_TIDAK -> teks("excel.ya") + ", " + teks("excel.tidak");
                case BULAT -> teks("excel.petunjuk.bulat");
                case ANGKA, PERIODE -> teks("excel.petunjuk.angka");
                case TEKS -> k.panjangMaks > 0 ? teks("excel.galat.panjang", String.valueOf(k.panjangMaks)) : "";
            });
        }
        sheet.setColumnWidth(0, 10 * 256);
        sheet.setColumnWidth(1, 28 * 256);
        sheet.setColumnWidth(2, 20 * 256);
        sheet.setColumnWidth(3, 90 * 256);
        sheet.setColumnWidth(4, 90 * 256);
    }

    private static String keterangan(Kolom k) {
        if (k.jenis != Kolom.Jenis.PERIODE) {
            return "excel.ket." + k.kunci;
        }
        return switch (k.periode) {
            case TRIWULAN -> "excel.ket.triwulan";
            case SEMESTER -> "excel.ket.semester";
            default -> "excel.ket.bulan";
        };
    }

    /** The allowed values of a choice column; perspectives are those of the PK's rulebook. */
    static List<? extends Enum<?>> pilihanUntuk(Kolom k, PkView pk) {
        if (k == Kolom.PERSPEKTIF) {
            return pk.perspektif();
        }
        return Arrays.asList(k.pilihan.getEnumConstants());
    }

    private String teks(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
