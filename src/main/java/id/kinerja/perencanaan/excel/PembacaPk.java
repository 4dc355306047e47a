package id.kinerja.perencanaan.excel;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.web.TeksMasuk;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.springframework.context.MessageSource;

/**
 * Turns the data sheet of a PK workbook into rows plus cell-level findings, without touching the
 * database: headings matched in Indonesian or English, choices accepted as labels (either language)
 * or codes, numbers from numeric cells or read the Indonesian way ({@code 1.000} is a thousand),
 * every text bounded by its column. Each finding names the row and the column (letter and heading
 * in the user's language). One instance reads one sheet.
 */
final class PembacaPk {

    static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final Set<String> YA = Set.of("ya", "y", "yes", "true", "benar", "1");
    private static final Set<String> TIDAK = Set.of("tidak", "t", "no", "n", "false", "salah", "0");
    static final List<Kolom> WAJIB_IKU = List.of(Kolom.NAMA, Kolom.DEFINISI, Kolom.FORMULA, Kolom.SATUAN,
            Kolom.KONSOLIDASI_PERIODE, Kolom.POLARISASI, Kolom.PERIODE_PELAPORAN);

    /** A problem in the file: row as Excel shows it (null: the file), column index and name, message. */
    record Temuan(Integer baris, Integer kolomIndeks, String kolom, String pesan) {
        static Temuan berkas(String pesan) {
            return new Temuan(null, null, null, pesan);
        }
    }

    /** What the sheet holds: its non-blank data rows, and every finding made while reading them. */
    record Bacaan(List<BarisPk> baris, List<Temuan> temuan) {
    }

    /** One data row as read, before anything is checked against the PK. */
    static final class BarisPk {
        final int nomor;
        boolean ssOk = true;
        boolean adaIku;
        boolean ikuOk = true;
        String ssNama;
        Perspective perspektif;
        Integer posisi;
        String kodeIku;
        String nama;
        String definisi;
        String formula;
        String tujuan;
        String satuan;
        Validity validitas;
        Control kendali;
        QualityTier kualitas;
        String penanggungJawab;
        String penyediaData;
        String sumberData;
        JenisCascading jenisCascading;
        MetodeCascading metodeCascading;
        PeriodConsolidation konsolidasiPeriode;
        LocationConsolidation konsolidasiLokasi;
        Polarization polarisasi;
        JenisPeriode periode;
        boolean targetMaksimum;
        BigDecimal target;
        BigDecimal targetBawah;
        BigDecimal targetAtas;
        final BigDecimal[] trajektori = new BigDecimal[12];

        BarisPk(int nomor) {
            this.nomor = nomor;
        }
    }

    private final MessageSource messages;
    private final Locale locale;
    private final LabelPilihan label;
    private final List<Perspective> perspektifBoleh;
    private final List<Temuan> temuan = new ArrayList<>();
    private final Map<Kolom, Integer> indeks = new EnumMap<>(Kolom.class);

    /**
     * @param perspektifBoleh the perspectives the PK's rulebook knows (null: every perspective)
     */
    PembacaPk(MessageSource messages, Locale locale, List<Perspective> perspektifBoleh) {
        this.messages = messages;
        this.locale = locale;
        this.label = new LabelPilihan(messages);
        this.perspektifBoleh = perspektifBoleh;
    }

    /** Reads the sheet; a sheet without the template's headings gives findings and no rows. */
    Bacaan baca(Sheet sheet, int maksBaris) {
        if (!bacaJudul(sheet)) {
            return new Bacaan(List.of(), temuan);
        }
        List<Row> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row != null && !kosong(row)) {
                rows.add(row);
                if (rows.size() > maksBaris) {
                    temuan.add(Temuan.berkas(teks("excel.galat.terlaluBanyakBaris", String.valueOf(rows.size()))));
                    return new Bacaan(List.of(), temuan);
                }
            }
        }
        if (rows.isEmpty()) {
            temuan.add(Temuan.berkas(teks("excel.galat.tanpaData")));
            return new Bacaan(List.of(), temuan);
        }
        List<BarisPk> semua = rows.stream().map(this::baca).toList();
        return new Bacaan(semua, temuan);
    }

    /** Records a finding at a row and column (null: the row as a whole). */
    void catat(int baris, Kolom k, String pesan) {
        Integer i = k == null ? null : indeks.get(k);
        String kolom = i == null ? null : CellReference.convertNumToColString(i) + " (" + teks(k.judulKey()) + ")";
        temuan.add(new Temuan(baris, i, kolom, pesan));
    }

    List<Temuan> temuan() {
        return temuan;
    }

    // --- headings

    private boolean bacaJudul(Sheet sheet) {
        Map<String, Kolom> dikenal = new HashMap<>();
        for (Kolom k : Kolom.values()) {
            for (Locale l : List.of(INDONESIA, Locale.ENGLISH)) {
                dikenal.put(normal(messages.getMessage(k.judulKey(), null, l)), k);
            }
        }
        Row h = sheet.getRow(0);
        if (h != null) {
            for (Cell c : h) {
                String s = teksMentah(c);
                Kolom k = s == null ? null : dikenal.get(normal(s.replaceFirst("\\s*\\*+$", "")));
                if (k == null) {
                    continue;
                }
                if (indeks.containsKey(k)) {
                    temuan.add(Temuan.berkas(teks("excel.galat.judulGanda", s)));
                } else {
                    indeks.put(k, c.getColumnIndex());
                }
            }
        }
        if (indeks.isEmpty()) {
            temuan.add(Temuan.berkas(teks("excel.galat.bukanTemplat", sheet.getSheetName())));
            return false;
        }
        for (Kolom k : Kolom.values()) {
            if (!indeks.containsKey(k)) {
                temuan.add(Temuan.berkas(teks("excel.galat.judulHilang", teks(k.judulKey()))));
            }
        }
        return temuan.isEmpty();
    }

    private boolean kosong(Row row) {
        return indeks.values().stream().allMatch(i -> teksMentah(row.getCell(i)) == null);
    }

    // --- one row

    private BarisPk baca(Row row) {
        BarisPk b = new BarisPk(row.getRowNum() + 1);
        int awal = temuan.size();
        b.ssNama = isian(row, b, Kolom.SS);
        if (b.ssNama == null && kosongSel(row, Kolom.SS)) {
            catat(b.nomor, Kolom.SS, teks("excel.galat.wajib"));
        }
        b.perspektif = pilihan(row, b, Kolom.PERSPEKTIF, Perspective.class, perspektifBoleh);
        b.posisi = posisi(row, b);
        b.ssOk = temuan.size() == awal;
        b.adaIku = Arrays.stream(Kolom.values()).filter(k -> !Kolom.KOLOM_SS.contains(k))
                .anyMatch(k -> !kosongSel(row, k));
        if (!b.adaIku) {
            return b;
        }
        awal = temuan.size();
        b.kodeIku = isian(row, b, Kolom.KODE_IKU);
        b.nama = isian(row, b, Kolom.NAMA);
        b.definisi = isian(row, b, Kolom.DEFINISI);
        b.formula = isian(row, b, Kolom.FORMULA);
        b.tujuan = isian(row, b, Kolom.TUJUAN);
        b.satuan = isian(row, b, Kolom.SATUAN);
        b.validitas = pilihan(row, b, Kolom.VALIDITAS, Validity.class, null);
        b.kendali = pilihan(row, b, Kolom.KENDALI, Control.class, null);
        b.kualitas = pilihan(row, b, Kolom.KUALITAS, QualityTier.class, null);
        b.penanggungJawab = isian(row, b, Kolom.PENANGGUNG_JAWAB);
        b.penyediaData = isian(row, b, Kolom.PENYEDIA_DATA);
        b.sumberData = isian(row, b, Kolom.SUMBER_DATA);
        b.jenisCascading = pilihan(row, b, Kolom.JENIS_CASCADING, JenisCascading.class, null);
        if (b.jenisCascading == null && kosongSel(row, Kolom.JENIS_CASCADING)) {
            b.jenisCascading = JenisCascading.N;
        }
        b.metodeCascading = pilihan(row, b, Kolom.METODE_CASCADING, MetodeCascading.class, null);
        b.konsolidasiPeriode = pilihan(row, b, Kolom.KONSOLIDASI_PERIODE, PeriodConsolidation.class, null);
        b.konsolidasiLokasi = pilihan(row, b, Kolom.KONSOLIDASI_LOKASI, LocationConsolidation.class, null);
        b.polarisasi = pilihan(row, b, Kolom.POLARISASI, Polarization.class, null);
        b.periode = pilihan(row, b, Kolom.PERIODE_PELAPORAN, JenisPeriode.class, null);
        for (Kolom k : WAJIB_IKU) {
            if (kosongSel(row, k)) {
                catat(b.nomor, k, teks("excel.galat.wajib"));
            }
        }
        Boolean maks = yaTidak(row, b);
        b.targetMaksimum = Boolean.TRUE.equals(maks);
        b.target = angka(row, b, Kolom.TARGET);
        b.targetBawah = angka(row, b, Kolom.TARGET_BAWAH);
        b.targetAtas = angka(row, b, Kolom.TARGET_ATAS);
        boolean periodeGagal = b.periode == null && !kosongSel(row, Kolom.PERIODE_PELAPORAN);
        for (Kolom k : Kolom.values()) {
            if (k.jenis != Kolom.Jenis.PERIODE || kosongSel(row, k)) {
                continue;
            }
            if (b.periode != null && k.periode != b.periode) {
                catat(b.nomor, k, teks("excel.galat.bukanPeriode", label.label(b.periode, locale)));
            } else {
                BigDecimal v = angka(row, b, k);
                if (!periodeGagal && b.periode != null) {
                    b.trajektori[k.nomor - 1] = v;
                }
            }
        }
        b.ikuOk = temuan.size() == awal;
        return b;
    }

    private Cell sel(Row row, Kolom k) {
        return row.getCell(indeks.get(k));
    }

    private boolean kosongSel(Row row, Kolom k) {
        return teksMentah(sel(row, k)) == null;
    }

    private String isian(Row row, BarisPk b, Kolom k) {
        String s = teksMentah(sel(row, k));
        if (s != null && k.panjangMaks > 0 && s.length() > k.panjangMaks) {
            catat(b.nomor, k, teks("excel.galat.panjang", String.valueOf(k.panjangMaks)));
            return null;
        }
        return s;
    }

    private <E extends Enum<E>> E pilihan(Row row, BarisPk b, Kolom k, Class<E> jenis, List<E> boleh) {
        String s = teksMentah(sel(row, k));
        if (s == null) {
            return null;
        }
        List<E> daftar = boleh != null ? boleh : Arrays.asList(jenis.getEnumConstants());
        E e = label.cari(daftar, s);
        if (e != null) {
            return e;
        }
        catat(b.nomor, k, teks("excel.galat.pilihan", s,
                daftar.stream().map(x -> label.label(x, locale)).collect(Collectors.joining(", ")) + " — "
                        + daftar.stream().map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    private BigDecimal angka(Row row, BarisPk b, Kolom k) {
        Cell c = sel(row, k);
        String mentah = teksMentah(c);
        if (mentah == null) {
            return null;
        }
        // numeric cells as numbers, text cells the Indonesian way (1.000 = a thousand); both bounded
        HasilAngka h = jenisSel(c) == CellType.NUMERIC ? AngkaIndonesia.dariDouble(c.getNumericCellValue(),
                BatasAngka.NILAI) : AngkaIndonesia.baca(mentah, BatasAngka.NILAI);
        if (!h.sah()) {
            catat(b.nomor, k, teks(h.kode(), h.argumenPesan()));
            return null;
        }
        return h.nilai();
    }

    private Integer posisi(Row row, BarisPk b) {
        Cell c = sel(row, Kolom.POSISI);
        String mentah = teksMentah(c);
        if (mentah == null) {
            return null;
        }
        try {
            HasilAngka h = jenisSel(c) == CellType.NUMERIC
                    ? AngkaIndonesia.dariDouble(c.getNumericCellValue(), BatasAngka.NILAI)
                    : AngkaIndonesia.baca(mentah, BatasAngka.NILAI);
            int n = h.nilai() == null ? 0 : h.nilai().intValueExact();
            if (n >= 1 && n <= 99) {
                return n;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        catat(b.nomor, Kolom.POSISI, teks("excel.galat.posisi"));
        return null;
    }

    private Boolean yaTidak(Row row, BarisPk b) {
        Cell c = sel(row, Kolom.TARGET_MAKSIMUM);
        if (c != null && jenisSel(c) == CellType.BOOLEAN) {
            return c.getBooleanCellValue();
        }
        String s = teksMentah(c);
        if (s == null) {
            return null;
        }
        String n = normal(s);
        if (YA.contains(n) || n.equals(normal(pesan("excel.ya", INDONESIA)))
                || n.equals(normal(pesan("excel.ya", Locale.ENGLISH)))) {
            return true;
        }
        if (TIDAK.contains(n) || n.equals(normal(pesan("excel.tidak", INDONESIA)))
                || n.equals(normal(pesan("excel.tidak", Locale.ENGLISH)))) {
            return false;
        }
        catat(b.nomor, Kolom.TARGET_MAKSIMUM, teks("excel.galat.yaTidak", s));
        return null;
    }

    // --- helpers

    static CellType jenisSel(Cell c) {
        if (c == null) {
            return CellType.BLANK;
        }
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    /** The cell as trimmed text (numbers in plain notation), or null when blank. */
    static String teksMentah(Cell c) {
        String s = switch (jenisSel(c)) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(c) ? new DataFormatter(INDONESIA).formatCellValue(c)
                    : BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
            case BOOLEAN -> Boolean.toString(c.getBooleanCellValue());
            case ERROR -> FormulaError.forInt(c.getErrorCellValue()).getString();
            default -> null;
        };
        if (s == null) {
            return null;
        }
        s = TeksMasuk.dariBerkas(s).strip();
        return s.isEmpty() ? null : s;
    }

    static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String pesan(String key, Locale l) {
        return messages.getMessage(key, null, key, l);
    }

    private String teks(String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
