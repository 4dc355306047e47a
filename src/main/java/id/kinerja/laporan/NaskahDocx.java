package id.kinerja.laporan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A {@link Naskah} as a Word document (Apache POI XWPF) with real headings (styles Heading1/2, so
 * Word builds its own table of contents and navigation pane) and real tables, for units that
 * finish the text in Word. A4, sans-serif 11 pt, page numbers in the footer.
 */
@Component
class NaskahDocx {

    private static final String HURUF = "Arial";

    private final MessageSource pesan;

    NaskahDocx(MessageSource pesan) {
        this.pesan = pesan;
    }

    byte[] render(Naskah n) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024)) {
            halaman(doc);
            gaya(doc);
            sampul(doc, n);
            if (n.daftarIsi()) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("Heading1");
                p.createRun().setText(pesan.getMessage("lkj.daftarIsi", null, LkjPenyusun.DOKUMEN));
                for (Naskah.Judul j : n.bab()) {
                    doc.createParagraph().createRun().setText(j.teks());
                }
                doc.createParagraph().createRun().addBreak(BreakType.PAGE);
            }
            for (Naskah.Blok b : n.blok()) {
                blok(doc, b);
            }
            nomorHalaman(doc);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("Word rendering failed", e);
        }
    }

    private void blok(XWPFDocument doc, Naskah.Blok b) throws IOException,
            InvalidFormatException {
        if (b instanceof Naskah.Judul j) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle(j.tingkat() <= 1 ? "Heading1" : "Heading2");
            p.createRun().setText(j.teks());
        } else if (b instanceof Naskah.Paragraf par) {
            for (String baris : par.teks().split("\n")) {
                XWPFParagraph p = doc.createParagraph();
                p.setAlignment(ParagraphAlignment.BOTH);
                run(p, baris, false, 11);
            }
        } else if (b instanceof Naskah.Tabel t) {
            tabel(doc, t);
        } else if (b instanceof Naskah.Gambar g) {
            if (g.judul() != null) {
                run(doc.createParagraph(), g.judul(), true, 10);
            }
            XWPFRun r = doc.createParagraph().createRun();
            r.addPicture(new ByteArrayInputStream(g.png()), XWPFDocument.PICTURE_TYPE_PNG, "grafik.png",
                    Units.toEMU(g.lebarPx() * 0.7), Units.toEMU(g.tinggiPx() * 0.7));
        } else if (b instanceof Naskah.HalamanBaru) {
            doc.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    private void tabel(XWPFDocument doc, Naskah.Tabel t) {
        if (t.judul() != null) {
            run(doc.createParagraph(), t.judul(), true, 10);
        }
        int kolom = t.kepala().size();
        XWPFTable tab = doc.createTable(t.baris().size() + 1, kolom);
        tab.setWidth("100%");
        isiBaris(tab.getRow(0), t.kepala(), true, t.kecil() ? 8 : 9);
        tab.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < t.baris().size(); i++) {
            isiBaris(tab.getRow(i + 1), t.baris().get(i), false, t.kecil() ? 8 : 9);
        }
        doc.createParagraph();
    }

    private void isiBaris(XWPFTableRow row, List<String> sel, boolean tebal, int ukuran) {
        for (int c = 0; c < sel.size() && c < row.getTableCells().size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            run(p, sel.get(c) == null ? "" : sel.get(c), tebal, ukuran);
        }
    }

    private void sampul(XWPFDocument doc, Naskah n) {
        Naskah.Sampul s = n.sampul();
        for (int i = 0; i < 4; i++) {
            doc.createParagraph();
        }
        tengah(doc, s.jenis(), true, 18);
        tengah(doc, s.periode(), true, 14);
        doc.createParagraph();
        tengah(doc, s.unit(), true, 14);
        tengah(doc, s.organisasi(), false, 12);
        if (s.status() != null) {
            tengah(doc, s.status(), false, 11);
        }
        for (int i = 0; i < 6; i++) {
            doc.createParagraph();
        }
        if (s.penandatanganJabatan() != null) {
            tengah(doc, s.penandatanganJabatan(), false, 11);
        }
        if (s.penandatanganNama() != null) {
            tengah(doc, s.penandatanganNama(), true, 11);
        }
        if (s.penandatanganNip() != null) {
            tengah(doc, "NIP " + s.penandatanganNip(), false, 11);
        }
        doc.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    private void tengah(XWPFDocument doc, String teks, boolean tebal, int ukuran) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, teks, tebal, ukuran);
    }

    private static void run(XWPFParagraph p, String teks, boolean tebal, int ukuran) {
        XWPFRun r = p.createRun();
        r.setFontFamily(HURUF);
        r.setFontSize(ukuran);
        r.setBold(tebal);
        r.setText(teks);
    }

    private static void halaman(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz sz = sect.addNewPgSz();
        sz.setW(BigInteger.valueOf(11906)); // A4 in twentieths of a point
        sz.setH(BigInteger.valueOf(16838));
        CTPageMar mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(1134));
        mar.setBottom(BigInteger.valueOf(1134));
        mar.setLeft(BigInteger.valueOf(1134));
        mar.setRight(BigInteger.valueOf(1134));
    }

    private static void gaya(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        judul(styles, "Heading1", "heading 1", 1, 28);
        judul(styles, "Heading2", "heading 2", 2, 24);
    }

    private static void judul(XWPFStyles styles, String id, String nama, int tingkat, int setengahPoin) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.addNewName().setVal(nama);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(tingkat - 1));
        ct.getPPr().addNewKeepNext();
        var rpr = ct.addNewRPr();
        rpr.addNewB();
        rpr.addNewSz().setVal(BigInteger.valueOf(setengahPoin));
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(HURUF);
        f.setHAnsi(HURUF);
        styles.addStyle(new XWPFStyle(ct));
    }

    private static void nomorHalaman(XWPFDocument doc) {
        var footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
    }
}
