package id.kinerja.dasbor;

import id.kinerja.dasbor.DasborService.BarisUnit;
import id.kinerja.dasbor.DasborService.Dasbor;
import id.kinerja.dasbor.DasborService.HalamanPeringkat;
import id.kinerja.dasbor.DasborService.Matriks;
import id.kinerja.realisasi.SkorService.IkuSkor;
import id.kinerja.scoring.Scores;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Excel exports of the dashboard's tables: the same rounded numbers as on screen (HALF_UP, 2 places). */
@Component
public class DasborExcel {

    private final MessageSource messages;

    DasborExcel(MessageSource messages) {
        this.messages = messages;
    }

    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** As the pages show it (platform.web.PredikatTampilan): the rulebook's label in Indonesian. */
    private String predikat(BarisUnit u) {
        java.util.Locale l = LocaleContextHolder.getLocale();
        if (u.predikatKode() == null || "id".equals(l.getLanguage())) {
            return u.predikat();
        }
        return messages.getMessage("scoring.predikat." + u.predikatKode(), null, u.predikat(), l);
    }

    /** A sheet writer: header row, then rows of text and numbers. */
    private static final class Lembar {
        final Sheet sheet;
        final CellStyle tebal;
        final CellStyle angka;
        int baris;

        Lembar(XSSFWorkbook wb, String nama) {
            sheet = wb.createSheet(nama);
            tebal = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            tebal.setFont(f);
            angka = wb.createCellStyle();
            angka.setDataFormat(wb.createDataFormat().getFormat("0.00"));
        }

        void judul(String... kolom) {
            Row r = sheet.createRow(baris++);
            for (int i = 0; i < kolom.length; i++) {
                Cell c = r.createCell(i);
                c.setCellValue(kolom[i]);
                c.setCellStyle(tebal);
            }
        }

        void isi(Object... nilai) {
            Row r = sheet.createRow(baris++);
            for (int i = 0; i < nilai.length; i++) {
                Object v = nilai[i];
                if (v == null) {
                    continue;
                }
                Cell c = r.createCell(i);
                if (v instanceof BigDecimal b) {
                    c.setCellValue(Scores.display(b).doubleValue());
                    c.setCellStyle(angka);
                } else if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else {
                    c.setCellValue(v.toString());
                }
            }
        }
    }

    private static byte[] tulis(XSSFWorkbook wb) {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String keadaan(BarisUnit u) {
        return t("dasbor.keadaan." + u.keadaan());
    }

    public byte[] dasbor(Dasbor d) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Lembar s = new Lembar(wb, t("dasbor.excel.unit"));
        s.judul(t("dasbor.kode"), t("dasbor.unit"), t("dasbor.level"), t("dasbor.skor"), t("dasbor.predikat"),
                t("dasbor.band"), t("dasbor.keadaan"), t("dasbor.perubahan"), t("dasbor.hijau"), t("dasbor.kuning"),
                t("dasbor.merah"), t("dasbor.tanpaData"));
        for (BarisUnit u : concat(d.diri(), d.bawah())) {
            s.isi(u.kode(), u.nama(), u.level(), u.skor(), predikat(u),
                    u.band() == null ? null : t("scoring.band." + u.band()), keadaan(u), u.perubahan(), u.hijau(),
                    u.kuning(), u.merah(), u.tanpaData());
        }
        Lembar m = new Lembar(wb, t("dasbor.excel.ikuMerah"));
        m.judul(t("dasbor.unit"), t("dasbor.iku"), t("dasbor.nama"), t("dasbor.capaian"), t("dasbor.analisis"));
        d.ikuMerah().forEach(i -> m.isi(i.unit(), i.kode(), i.nama(), i.capaian(), i.analisis()));
        Lembar p = new Lembar(wb, t("dasbor.excel.perhatian"));
        p.judul(t("dasbor.tingkat"), t("dasbor.unit"), t("dasbor.perhatian"));
        d.perhatian().forEach(x -> p.isi(x.tingkat(), x.unit(), t("dasbor.perhatian." + x.jenis(), x.a0(), x.a1())));
        return tulis(wb);
    }

    public byte[] peringkat(HalamanPeringkat r) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Lembar s = new Lembar(wb, t("dasbor.peringkat.judul"));
        s.judul(t("dasbor.level"), t("dasbor.urutan"), t("dasbor.kode"), t("dasbor.unit"), t("dasbor.skor"),
                t("dasbor.predikat"), t("dasbor.keadaan"), t("dasbor.tanda.sanksi"), t("dasbor.tanda.naikkan"),
                t("dasbor.anggaran.persen"), t("dasbor.bobot.akip"), t("dasbor.bobot.anggaran"), t("dasbor.bobot"));
        r.tingkat().forEach(tk -> tk.unit().forEach(x -> s.isi(tk.level(), x.urutan() == 0 ? null : x.urutan(),
                x.unit().kode(), x.unit().nama(), x.unit().skor(), predikat(x.unit()), keadaan(x.unit()),
                x.sanksi() ? t("dasbor.tanda.teguran") : null, x.unit().targetPerluDinaikkan(), x.persenAnggaran(),
                x.bobot() == null ? null : x.bobot().akipCategory().name(),
                x.bobot() == null ? null : x.bobot().budgetBand().name(),
                x.bobot() == null ? null : x.bobot().weightPercent())));
        return tulis(wb);
    }

    public byte[] matriks(Matriks mx) {
        XSSFWorkbook wb = new XSSFWorkbook();
        Lembar s = new Lembar(wb, t("dasbor.matriks.lembar"));
        s.judul(t("dasbor.ss"), t("dasbor.iku"), t("dasbor.nama"), t("dasbor.bobot"), t("dasbor.target"),
                t("dasbor.realisasi"), t("dasbor.capaian"), t("dasbor.bobotTertimbang"), "NSS", "Np");
        for (var k : mx.sasaran()) {
            for (IkuSkor i : k.iku()) {
                s.isi(k.ss().kode() + " " + k.ss().nama(), i.kode(), i.nama(), i.bobot(), i.target(), i.realisasi(),
                        i.capaian(), i.bobotTertimbang(), k.ss().nss(), k.np());
            }
        }
        s.isi(t("scoring.scoreType." + (mx.hasil().scoreType() == null ? "NCKO" : mx.hasil().scoreType().name())),
                null, null, null, null, null,
                null, null, null, mx.hasil().score());
        return tulis(wb);
    }

    private static List<BarisUnit> concat(BarisUnit a, List<BarisUnit> b) {
        ArrayList<BarisUnit> out = new ArrayList<>();
        out.add(a);
        out.addAll(b);
        return out;
    }
}
