package id.kinerja.perencanaan.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one sheet of an uploaded .xlsx as a stream (SAX over the sheet XML) instead of loading
 * the workbook model, so that a small file that inflates to hundreds of megabytes cannot take the
 * heap. Before any XML is parsed the zip's declared sizes are checked; while parsing, the bytes
 * actually inflated, the data rows, the columns and the length of each cell are bounded, and the
 * parse stops at the first limit. Only a few imports run at once.
 *
 * <p>The values are handed to the import's parser as a small in-memory {@link HSSFWorkbook}
 * (a few hundred bytes per cell, unlike XSSF's XML beans) holding just the one sheet, with the
 * cell types and number formats of the file, so the parser keeps working on POI's
 * Sheet/Row/Cell.
 */
@Component
public class PembacaXlsx {

    /** Excel's own limit for the text of one cell. */
    static final int MAKS_PANJANG_SEL = 32_767;
    /** Rows beyond this number are refused (a template fills the first thousand). */
    static final int MAKS_NOMOR_BARIS = 65_536;
    private static final int MAKS_ENTRI_ZIP = 1_000;
    private static final int MAKS_FORMAT = 200;

    private final long maksTerurai;
    private final int maksKolom;
    /** Imports parsing right now; package-private for the test that fills it. */
    final Semaphore serentak;

    PembacaXlsx(ImporExcelProperties batas) {
        this.maksTerurai = batas.maksTerurai().toBytes();
        this.maksKolom = batas.maksKolom();
        this.serentak = new Semaphore(batas.serentak());
        // POI reads [Content_Types].xml and the relationships before our counting stream sees a
        // byte; its own per-entry cap (JVM-wide, default 4 GB) covers a zip whose declared sizes lie
        ZipSecureFile.setMaxEntrySize(Math.max(this.maksTerurai, 1024 * 1024));
    }

    /** A file refused before or while reading; {@code kunci} is a message key of the excel bundle. */
    public static final class Ditolak extends Exception {
        private final String kunci;
        private final transient Object[] args;

        Ditolak(String kunci, Object... args) {
            super(kunci, null, false, false);
            this.kunci = kunci;
            this.args = args;
        }

        public String kunci() {
            return kunci;
        }

        public Object[] args() {
            return args;
        }
    }

    /**
     * The sheet named one of {@code namaLembar} (else the first) of {@code isi}, with at most
     * {@code maksBaris} non-blank rows below the heading row.
     *
     * @throws Ditolak      a limit was reached, or too many imports run at once
     * @throws IOException  the bytes are not a readable .xlsx
     */
    public Workbook baca(byte[] isi, Collection<String> namaLembar, int maksBaris) throws Ditolak, IOException {
        if (!serentak.tryAcquire()) {
            throw new Ditolak("excel.galat.sibuk");
        }
        Path berkas = null;
        try {
            berkas = Files.createTempFile("kinerja-impor", ".xlsx");
            Files.write(berkas, isi);
            periksaZip(berkas);
            try (OPCPackage pkg = OPCPackage.open(berkas.toFile(), PackageAccess.READ)) {
                return bacaPaket(pkg, namaLembar, maksBaris);
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Ditolak d) {
                    throw d;
                }
            }
            throw e instanceof IOException io ? io : new IOException(e);
        } finally {
            try {
                if (berkas != null) {
                    Files.deleteIfExists(berkas);
                }
            } finally {
                serentak.release();
            }
        }
    }

    /** The central directory's uncompressed sizes, before anything is inflated. */
    private void periksaZip(Path berkas) throws IOException, Ditolak {
        long jumlah = 0;
        int entri = 0;
        try (ZipFile zip = new ZipFile(berkas.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry z = e.nextElement();
                if (++entri > MAKS_ENTRI_ZIP || z.getSize() < 0) {
                    throw new Ditolak("excel.galat.terurai", mb(maksTerurai));
                }
                jumlah += z.getSize();
                if (jumlah > maksTerurai) {
                    throw new Ditolak("excel.galat.terurai", mb(maksTerurai));
                }
            }
        }
    }

    private Workbook bacaPaket(OPCPackage pkg, Collection<String> namaLembar, int maksBaris)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException, Ditolak {
        long[] terurai = {0};
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable sst;
        try (InputStream in = reader.getSharedStringsData()) {
            sst = new ReadOnlySharedStringsTable(terbatas(in, terurai), false);
        } catch (IllegalArgumentException | NullPointerException e) {
            sst = null; // a workbook without shared strings
        }
        List<String> formatGaya;
        try (InputStream in = reader.getStylesData()) {
            formatGaya = bacaFormat(terbatas(in, terurai));
        } catch (IllegalArgumentException | NullPointerException e) {
            formatGaya = List.of();
        }
        XSSFReader.SheetIterator it = reader.getSheetIterator();
        boolean ada = false;
        while (it.hasNext()) {
            try (InputStream in = it.next()) {
                ada = true;
                String n = it.getSheetName();
                if (namaLembar.stream().anyMatch(x -> x.equalsIgnoreCase(n))) {
                    return bacaLembar(in, n, sst, formatGaya, maksBaris, terurai);
                }
            }
        }
        if (!ada) {
            throw new IOException("no sheet");
        }
        it = reader.getSheetIterator();
        try (InputStream in = it.next()) {
            return bacaLembar(in, it.getSheetName(), sst, formatGaya, maksBaris, terurai);
        }
    }

    private Workbook bacaLembar(InputStream in, String nama, ReadOnlySharedStringsTable sst, List<String> formatGaya,
            int maksBaris, long[] terurai) throws IOException, SAXException, ParserConfigurationException {
        HSSFWorkbook wb = new HSSFWorkbook();
        try {
            Sheet sheet = wb.createSheet(nama.length() > 31 ? nama.substring(0, 31) : nama);
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new Isi(wb, sheet, sst, formatGaya, maksBaris));
            xml.parse(new InputSource(terbatas(in, terurai)));
            return wb;
        } catch (IOException | SAXException | RuntimeException e) {
            wb.close();
            throw e;
        }
    }

    /** numFmtId of every cell style (cellXfs order) mapped to its format string. */
    private static List<String> bacaFormat(InputStream in)
            throws IOException, SAXException, ParserConfigurationException {
        Map<Integer, String> sendiri = new HashMap<>();
        List<Integer> xf = new ArrayList<>();
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new DefaultHandler() {
            boolean dalamCellXfs;

            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                switch (local) {
                    case "numFmt" -> {
                        Integer id = angka(a.getValue("numFmtId"));
                        if (id != null && sendiri.size() < MAKS_FORMAT) {
                            sendiri.put(id, a.getValue("formatCode"));
                        }
                    }
                    case "cellXfs" -> dalamCellXfs = true;
                    case "xf" -> {
                        if (dalamCellXfs && xf.size() < 64_000) {
                            Integer id = angka(a.getValue("numFmtId"));
                            xf.add(id == null ? 0 : id);
                        }
                    }
                    default -> { }
                }
            }

            @Override
            public void endElement(String uri, String local, String qName) {
                if ("cellXfs".equals(local)) {
                    dalamCellXfs = false;
                }
            }
        });
        xml.parse(new InputSource(in));
        List<String> hasil = new ArrayList<>(xf.size());
        for (Integer id : xf) {
            String f = sendiri.getOrDefault(id, id < BuiltinFormats.getAll().length ? BuiltinFormats.getBuiltinFormat(id)
                    : null);
            hasil.add(f);
        }
        return hasil;
    }

    private static Integer angka(String s) {
        try {
            return s == null ? null : Integer.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Counts the bytes inflated from every part read; beyond the limit the read fails. */
    private InputStream terbatas(InputStream in, long[] terurai) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    tambah(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buf, int off, int len) throws IOException {
                int n = super.read(buf, off, len);
                if (n > 0) {
                    tambah(n);
                }
                return n;
            }

            private void tambah(long n) throws IOException {
                terurai[0] += n;
                if (terurai[0] > maksTerurai) {
                    throw new IOException(new SAXException(new Ditolak("excel.galat.terurai", mb(maksTerurai))));
                }
            }
        };
    }

    private static String mb(long bytes) {
        return String.valueOf(bytes / (1024 * 1024));
    }

    /** The sheet XML's rows and cells, copied value by value into the small workbook. */
    private final class Isi extends DefaultHandler {
        private final Workbook wb;
        private final Sheet sheet;
        private final ReadOnlySharedStringsTable sst;
        private final List<String> formatGaya;
        private final int maksBaris;
        private final Map<String, CellStyle> gaya = new HashMap<>();
        private final StringBuilder teks = new StringBuilder();
        private int baris = -1;
        private int kolom = -1;
        private int barisData;
        private Row row;
        private boolean rowBerisi;
        private String jenis;
        private int indeksGaya;
        private boolean ambilTeks;
        private String nilai;
        private String nilaiInline;

        Isi(Workbook wb, Sheet sheet, ReadOnlySharedStringsTable sst, List<String> formatGaya, int maksBaris) {
            this.wb = wb;
            this.sheet = sheet;
            this.sst = sst;
            this.formatGaya = formatGaya;
            this.maksBaris = maksBaris;
        }

        @Override
        public void startElement(String uri, String local, String qName, Attributes a) throws SAXException {
            switch (local) {
                case "row" -> {
                    String r = a.getValue("r");
                    Integer n = r == null ? null : angka(r);
                    int berikut = n == null ? baris + 1 : n - 1;
                    if (berikut <= baris || berikut < 0) {
                        throw tolak("excel.galat.bukanXlsx");
                    }
                    if (berikut >= MAKS_NOMOR_BARIS) {
                        throw tolak("excel.galat.barisTerlaluJauh", String.valueOf(berikut + 1),
                                String.valueOf(MAKS_NOMOR_BARIS));
                    }
                    baris = berikut;
                    kolom = -1;
                    row = null;
                    rowBerisi = false;
                }
                case "c" -> {
                    String r = a.getValue("r");
                    int k = r == null ? kolom + 1 : new CellReference(r).getCol();
                    if (k < 0 || k <= kolom && r != null) {
                        throw tolak("excel.galat.bukanXlsx");
                    }
                    kolom = k;
                    jenis = a.getValue("t");
                    Integer s = angka(a.getValue("s"));
                    indeksGaya = s == null ? 0 : s;
                    nilai = null;
                    nilaiInline = null;
                }
                case "v" -> mulaiTeks();
                case "t" -> {
                    if ("inlineStr".equals(jenis)) {
                        if (nilaiInline == null) {
                            nilaiInline = "";
                        }
                        mulaiTeks();
                    }
                }
                default -> { }
            }
        }

        private void mulaiTeks() {
            teks.setLength(0);
            ambilTeks = true;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (!ambilTeks) {
                return;
            }
            if (teks.length() + length > MAKS_PANJANG_SEL) {
                throw tolak("excel.galat.selTerlaluPanjang", sel(), String.valueOf(MAKS_PANJANG_SEL));
            }
            teks.append(ch, start, length);
        }

        @Override
        public void endElement(String uri, String local, String qName) throws SAXException {
            switch (local) {
                case "v" -> {
                    nilai = teks.toString();
                    ambilTeks = false;
                }
                case "t" -> {
                    if (ambilTeks && nilaiInline != null) {
                        if (nilaiInline.length() + teks.length() > MAKS_PANJANG_SEL) {
                            throw tolak("excel.galat.selTerlaluPanjang", sel(), String.valueOf(MAKS_PANJANG_SEL));
                        }
                        nilaiInline = nilaiInline + teks;
                        ambilTeks = false;
                    }
                }
                case "c" -> tulisSel();
                case "row" -> {
                    if (rowBerisi && baris > 0 && ++barisData > maksBaris) {
                        throw tolak("excel.galat.barisMelebihi", String.valueOf(maksBaris));
                    }
                }
                default -> { }
            }
        }

        private void tulisSel() throws SAXException {
            String j = jenis == null ? "n" : jenis;
            String v = "inlineStr".equals(j) ? nilaiInline : nilai;
            if (v == null || v.isEmpty()) {
                return;
            }
            if (kolom >= maksKolom) {
                throw tolak("excel.galat.kolomMelebihi", sel(),
                        CellReference.convertNumToColString(maksKolom - 1));
            }
            if (row == null) {
                row = sheet.createRow(baris);
            }
            Cell c = row.createCell(kolom);
            switch (j) {
                case "s" -> {
                    Integer i = angka(v.strip());
                    if (sst == null || i == null || i < 0 || i >= sst.getCount()) {
                        throw tolak("excel.galat.bukanXlsx");
                    }
                    teksSel(c, sst.getItemAt(i).getString());
                }
                case "str", "inlineStr", "d" -> teksSel(c, v);
                case "b" -> c.setCellValue("1".equals(v.strip()) || "true".equalsIgnoreCase(v.strip()));
                case "e" -> {
                    try {
                        c.setCellErrorValue(FormulaError.forString(v.strip()).getCode());
                    } catch (IllegalArgumentException e) {
                        teksSel(c, v);
                    }
                }
                default -> {
                    double d;
                    try {
                        d = Double.parseDouble(v.strip());
                    } catch (NumberFormatException e) {
                        throw tolak("excel.galat.bukanXlsx");
                    }
                    c.setCellValue(d);
                    String f = indeksGaya < formatGaya.size() ? formatGaya.get(indeksGaya) : null;
                    if (f != null && !"General".equals(f)) {
                        CellStyle cs = gaya.get(f);
                        if (cs == null && gaya.size() < MAKS_FORMAT) {
                            cs = wb.createCellStyle();
                            cs.setDataFormat(wb.createDataFormat().getFormat(f));
                            gaya.put(f, cs);
                        }
                        if (cs != null) {
                            c.setCellStyle(cs);
                        }
                    }
                }
            }
            rowBerisi |= !v.isBlank();
        }

        private void teksSel(Cell c, String s) throws SAXException {
            if (s.length() > MAKS_PANJANG_SEL) {
                throw tolak("excel.galat.selTerlaluPanjang", sel(), String.valueOf(MAKS_PANJANG_SEL));
            }
            c.setCellValue(s);
        }

        private String sel() {
            return new CellReference(baris, Math.max(kolom, 0)).formatAsString();
        }

        private SAXException tolak(String kunci, Object... args) {
            return new SAXException(new Ditolak(kunci, args));
        }
    }
}
