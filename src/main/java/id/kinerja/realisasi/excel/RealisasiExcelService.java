package id.kinerja.realisasi.excel;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Aksi;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.excel.PembacaLembar;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.realisasi.ImporRealisasi;
import id.kinerja.realisasi.JenisNilai;
import id.kinerja.realisasi.KodePeriode;
import id.kinerja.realisasi.KonflikRealisasiException;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiRepository;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.SkalaKualitatifService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
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
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A unit's quarter in Excel: the template (one row per IKU and period ending in the quarter, with
 * the period's target and empty value / numerator / denominator / label / n/a + reason columns,
 * dropdowns for scale labels and n/a), the export of what is stored (numbers as numeric cells),
 * and the all-or-nothing import that reports every bad cell by row and column. Values flowing up
 * from lower units are not in the file (they are never typed). The last column (Versi) carries the
 * stored value's id and version, so a file made before a colleague's change is refused rather than
 * writing old values back ({@link ImporRealisasi#impor(ImporRealisasi.Konteks, Long, int, int, List,
 * boolean, boolean)}).
 */
@Service
public class RealisasiExcelService {

    public static final int MAKS_BYTE = 2 * 1024 * 1024;
    static final String LEMBAR = "Realisasi";

    /** Columns of the sheet, in order; the field name is the one the entry rules report. */
    enum Kolom {
        NO(null, 6), KODE("ikuKode", 12), IKU(null, 50), SATUAN(null, 14), PERIODE("periode", 10),
        TARGET(null, 12), CARA(null, 28), NILAI("nilai", 14), PEMBILANG("pembilang", 14),
        PENYEBUT("penyebut", 14), LABEL("label", 12), NA("na", 8), ALASAN("alasan", 40),
        /** Appended after A..M (other readers rely on them): which stored value each row was made from. */
        VERSI("versi", 10);

        final String field;
        final int lebar;

        Kolom(String field, int lebar) {
            this.field = field;
            this.lebar = lebar;
        }

        String huruf() {
            return CellReference.convertNumToColString(ordinal());
        }

        static Optional<Kolom> dariField(String field) {
            for (Kolom k : values()) {
                if (k.field != null && k.field.equals(field)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }

    private final ImporRealisasi impor;
    private final RealisasiRepository realisasi;
    private final SkalaKualitatifService skala;
    private final PembacaLembar pembaca;
    private final MessageSource messages;
    private final AksesService akses;

    RealisasiExcelService(ImporRealisasi impor, RealisasiRepository realisasi, SkalaKualitatifService skala,
            PembacaLembar pembaca, MessageSource messages, AksesService akses) {
        this.akses = akses;
        this.impor = impor;
        this.realisasi = realisasi;
        this.skala = skala;
        this.pembaca = pembaca;
        this.messages = messages;
    }

    public record Berkas(String nama, byte[] isi) {
    }

    /** The empty template of a unit's quarter. */
    @Transactional(readOnly = true)
    public Berkas templat(Long unitId, int tahun, int triwulan) {
        ImporRealisasi.Konteks k = impor.konteks(unitId, tahun, triwulan);
        return new Berkas("templat-realisasi-" + k.unit().kode() + "-" + tahun + "-TW" + triwulan + ".xlsx",
                tulis(k, triwulan, Map.of()));
    }

    /** What is stored for a unit's quarter, in the template's layout (re-importable as is). */
    @Transactional(readOnly = true)
    public Berkas ekspor(Long unitId, int tahun, int triwulan) {
        ImporRealisasi.Konteks k = impor.konteks(unitId, tahun, triwulan);
        Map<String, Realisasi> ada = realisasi.findByIkuAkarIdIn(k.pk().iku().stream().map(IkuRencana::akarId)
                        .toList()).stream()
                .collect(Collectors.toMap(r -> r.getIkuAkarId() + "|"
                        + new KodePeriode(r.getJenisPeriode(), r.getNomor()).kode(), Function.identity()));
        return new Berkas("realisasi-" + k.unit().kode() + "-" + tahun + "-TW" + triwulan + ".xlsx",
                tulis(k, triwulan, ada));
    }

    /** The periods of an IKU that end in the quarter (a yearly IKU only in TW IV). */
    static List<KodePeriode> periodeDalam(IkuRencana iku, int triwulan) {
        int bulan = iku.periodePelaporan().bulanPerPeriode();
        List<KodePeriode> out = new ArrayList<>();
        for (int i = (triwulan - 1) * 3 / bulan + 1; i <= triwulan * 3 / bulan; i++) {
            out.add(new KodePeriode(iku.periodePelaporan(), i));
        }
        return out;
    }

    private byte[] tulis(ImporRealisasi.Konteks k, int triwulan, Map<String, Realisasi> ada) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(LEMBAR);
            CellStyle judul = wb.createCellStyle();
            Font tebal = wb.createFont();
            tebal.setBold(true);
            judul.setFont(tebal);
            judul.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            judul.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            judul.setWrapText(true);
            CellStyle angka = wb.createCellStyle();
            angka.setDataFormat(wb.createDataFormat().getFormat("#,##0.######"));
            CellStyle versi = wb.createCellStyle();
            Font abu = wb.createFont();
            abu.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
            versi.setFont(abu);
            Row kepala = sheet.createRow(0);
            for (Kolom kol : Kolom.values()) {
                Cell c = kepala.createCell(kol.ordinal());
                c.setCellValue(teks("realisasiExcel.kolom." + kol.name()));
                c.setCellStyle(judul);
                sheet.setColumnWidth(kol.ordinal(), kol.lebar * 256);
            }
            sheet.createFreezePane(0, 1);
            DataValidationHelper dv = sheet.getDataValidationHelper();
            int r = 1;
            String ya = teks("excel.ya");
            String tidak = teks("excel.tidak");
            for (IkuRencana iku : k.pk().iku()) {
                if (k.turunan().contains(iku.id())) {
                    continue;
                }
                Optional<SkalaKualitatifService.Skala> sk = skala.untukSatuan(iku.satuan());
                for (KodePeriode kp : periodeDalam(iku, triwulan)) {
                    Row row = sheet.createRow(r);
                    row.createCell(Kolom.NO.ordinal()).setCellValue(r);
                    row.createCell(Kolom.KODE.ordinal()).setCellValue(iku.kode());
                    row.createCell(Kolom.IKU.ordinal()).setCellValue(iku.nama());
                    row.createCell(Kolom.SATUAN.ordinal()).setCellValue(iku.satuan());
                    row.createCell(Kolom.PERIODE.ordinal()).setCellValue(kp.kode());
                    BigDecimal target = iku.periodePelaporan() == JenisPeriode.TAHUN
                            ? iku.target() : iku.trajektori().get(kp.nomor() - 1);
                    angka(row, Kolom.TARGET, target, angka);
                    row.createCell(Kolom.CARA.ordinal()).setCellValue(sk.isPresent()
                            ? teks("realisasiExcel.cara.label", String.join(", ", sk.get().level().keySet()))
                            : iku.rawData() ? teks("realisasiExcel.cara.rasio", nn(iku.labelPembilang()),
                                    nn(iku.labelPenyebut()))
                            : teks("realisasiExcel.cara.angka"));
                    if (sk.isPresent()) {
                        DataValidation v = dv.createValidation(dv.createExplicitListConstraint(
                                sk.get().level().keySet().toArray(String[]::new)),
                                new CellRangeAddressList(r, r, Kolom.LABEL.ordinal(), Kolom.LABEL.ordinal()));
                        v.setShowErrorBox(true);
                        sheet.addValidationData(v);
                    }
                    Realisasi nilai = ada.get(iku.akarId() + "|" + kp.kode());
                    if (nilai != null) {
                        Cell v = row.createCell(Kolom.VERSI.ordinal());
                        v.setCellValue(new ImporRealisasi.Penanda(nilai.getId(), nilai.getVersion()).teks());
                        v.setCellStyle(versi);
                        switch (nilai.getJenisNilai()) {
                            case ANGKA -> angka(row, Kolom.NILAI, nilai.getNilai(), angka);
                            case RASIO -> {
                                angka(row, Kolom.PEMBILANG, nilai.getPembilang(), angka);
                                angka(row, Kolom.PENYEBUT, nilai.getPenyebut(), angka);
                            }
                            case LABEL -> row.createCell(Kolom.LABEL.ordinal()).setCellValue(nilai.getLabel());
                            case NA -> {
                                row.createCell(Kolom.NA.ordinal()).setCellValue(ya);
                                row.createCell(Kolom.ALASAN.ordinal()).setCellValue(nilai.getAlasan());
                            }
                        }
                    }
                    r++;
                }
            }
            if (r > 1) {
                DataValidation na = dv.createValidation(dv.createExplicitListConstraint(new String[] {ya, tidak}),
                        new CellRangeAddressList(1, r - 1, Kolom.NA.ordinal(), Kolom.NA.ordinal()));
                na.setShowErrorBox(true);
                sheet.addValidationData(na);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Excel tidak dapat ditulis", e);
        }
    }

    private static void angka(Row row, Kolom kol, BigDecimal v, CellStyle gaya) {
        if (v != null) {
            Cell c = row.createCell(kol.ordinal());
            c.setCellValue(v.doubleValue());
            c.setCellStyle(gaya);
        }
    }

    private static String nn(String s) {
        return s == null ? "-" : s;
    }

    // ---------------------------------------------------------------------------------------
    // import

    /** A refused cell as shown to the user. {@code baris} 0 = the file as a whole. */
    public record Masalah(int baris, String kolom, String pesan) {
    }

    public record HasilImpor(List<Masalah> masalah, int baru, int diubah, int tetap) {

        public boolean berhasil() {
            return masalah.isEmpty();
        }
    }

    /** All or nothing: either every row is stored, or nothing is and every bad cell is listed. */
    public HasilImpor impor(Long unitId, int tahun, int triwulan, InputStream xlsx) {
        // reach and plan first, before a byte of the file is read
        akses.periksa(Aksi.SUSUN, unitId);
        ImporRealisasi.Konteks konteks = impor.konteks(unitId, tahun, triwulan);
        byte[] isi;
        try {
            isi = xlsx == null ? new byte[0] : xlsx.readNBytes(MAKS_BYTE + 1);
        } catch (IOException e) {
            return gagal("excel.galat.bukanXlsx");
        }
        if (isi.length == 0) {
            return gagal("excel.galat.kosong");
        }
        if (isi.length > MAKS_BYTE) {
            return gagal("excel.galat.terlaluBesar");
        }
        List<ImporRealisasi.BarisImpor> baris = new ArrayList<>();
        List<Masalah> masalah = new ArrayList<>();
        boolean berversi;
        try (Workbook wb = pembaca.baca(isi, List.of(LEMBAR), ImporRealisasi.MAKS_BARIS)) {
            Sheet sheet = wb.getSheetAt(0);
            Row kepala = sheet.getRow(0);
            if (kepala == null || !teks("realisasiExcel.kolom.KODE").equalsIgnoreCase(sel(kepala, Kolom.KODE))
                    || !teks("realisasiExcel.kolom.PERIODE").equalsIgnoreCase(sel(kepala, Kolom.PERIODE))) {
                return gagal("realisasiExcel.bukanTemplat", LEMBAR);
            }
            // files made before the column existed: no marker, so they only fill empty rows
            berversi = kolomVersi(sel(kepala, Kolom.VERSI));
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                int nomor = i + 1;
                List<Masalah> galatBaris = new ArrayList<>();
                String kode = sel(row, Kolom.KODE);
                String periode = sel(row, Kolom.PERIODE);
                String nilai = angka(row, Kolom.NILAI, nomor, galatBaris);
                String pembilang = angka(row, Kolom.PEMBILANG, nomor, galatBaris);
                String penyebut = angka(row, Kolom.PENYEBUT, nomor, galatBaris);
                String label = sel(row, Kolom.LABEL);
                Boolean na = yaTidak(row, nomor, galatBaris);
                String alasan = sel(row, Kolom.ALASAN);
                boolean kosong = kosong(kode) && kosong(periode) && kosong(nilai) && kosong(pembilang)
                        && kosong(penyebut) && kosong(label) && !Boolean.TRUE.equals(na) && kosong(alasan);
                if (kosong && galatBaris.isEmpty()) {
                    continue;
                }
                ImporRealisasi.Penanda penanda = berversi ? penanda(row, nomor, galatBaris) : null;
                if (!galatBaris.isEmpty()) {
                    masalah.addAll(galatBaris);
                    continue;
                }
                baris.add(new ImporRealisasi.BarisImpor(nomor, kode, periode, new RealisasiService.Masukan(nilai,
                        pembilang, penyebut, label, Boolean.TRUE.equals(na), alasan), penanda));
            }
        } catch (PembacaLembar.Ditolak e) {
            return gagal(e.kunci(), e.args());
        } catch (IOException | RuntimeException e) {
            if (e instanceof AccessDeniedException
                    || e instanceof NotFoundException) {
                throw (RuntimeException) e;
            }
            return gagal("excel.galat.bukanXlsx");
        }
        if (masalah.isEmpty() && baris.stream().allMatch(b -> b.masukan().kosong())) {
            return gagal("excel.galat.tanpaData");
        }
        try {
            // cells the sheet reader refused already: check the other rows too, store nothing
            ImporRealisasi.Hasil h = impor.impor(konteks, unitId, tahun, triwulan, baris, masalah.isEmpty(),
                    berversi);
            return new HasilImpor(List.of(), h.baru(), h.diubah(), h.tetap());
        } catch (ImporRealisasi.Ditolak e) {
            for (ImporRealisasi.Galat g : e.galat()) {
                masalah.add(masalah(g.baris(), Kolom.dariField(g.field()).orElse(null), g.kunci(), g.args()));
            }
            masalah.sort(Comparator.comparingInt(Masalah::baris));
            return new HasilImpor(masalah, 0, 0, 0);
        } catch (KonflikRealisasiException e) {
            return gagal(e.getMessageKey(), e.getArgs());
        }
    }

    private HasilImpor gagal(String kunci, Object... args) {
        return new HasilImpor(List.of(new Masalah(0, null, teks(kunci, args))), 0, 0, 0);
    }

    private Masalah masalah(int baris, Kolom kolom, String kunci, Object... args) {
        String pesan = teks(kunci, args);
        return new Masalah(baris, kolom == null ? null : kolom.huruf() + " (" + teks("realisasiExcel.kolom."
                + kolom.name()) + ")", pesan);
    }

    /** A number cell as the entry rules read it: numeric cells and text both go through AngkaIndonesia. */
    private String angka(Row row, Kolom kol, int nomor, List<Masalah> galat) {
        Cell c = row.getCell(kol.ordinal());
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        HasilAngka h;
        if (c.getCellType() == CellType.NUMERIC) {
            h = AngkaIndonesia.dariDouble(c.getNumericCellValue(), BatasAngka.NILAI);
        } else if (c.getCellType() == CellType.STRING) {
            h = AngkaIndonesia.baca(c.getStringCellValue(), BatasAngka.NILAI);
        } else {
            galat.add(masalah(nomor, kol, "realisasiExcel.bukanAngka"));
            return null;
        }
        if (!h.sah()) {
            galat.add(masalah(nomor, kol, h.kode(), h.argumenPesan()));
            return null;
        }
        return h.nilai() == null ? null : AngkaIndonesia.tulis(h.nilai());
    }

    /** The heading of the version column, in either language (a file may travel between users). */
    private boolean kolomVersi(String judul) {
        return judul != null && (judul.strip().equalsIgnoreCase(teks("realisasiExcel.kolom.VERSI"))
                || judul.strip().equalsIgnoreCase(messages.getMessage("realisasiExcel.kolom.VERSI", null, "",
                        Locale.forLanguageTag("id")))
                || judul.strip().equalsIgnoreCase(messages.getMessage("realisasiExcel.kolom.VERSI", null, "",
                        Locale.ENGLISH)));
    }

    /** The marker of a row: empty when the row was empty at export; anything else is refused. */
    private ImporRealisasi.Penanda penanda(Row row, int nomor, List<Masalah> galat) {
        String s = sel(row, Kolom.VERSI);
        if (kosong(s)) {
            return null;
        }
        Optional<ImporRealisasi.Penanda> p = ImporRealisasi.Penanda.baca(s);
        if (p.isEmpty()) {
            galat.add(masalah(nomor, Kolom.VERSI, "realisasiExcel.versi.salah", s.length() > 40 ? s.substring(0, 40)
                    : s));
            return null;
        }
        return p.get();
    }

    private Boolean yaTidak(Row row, int nomor, List<Masalah> galat) {
        Cell c = row.getCell(Kolom.NA.ordinal());
        if (c == null || c.getCellType() == CellType.BLANK) {
            return null;
        }
        if (c.getCellType() == CellType.BOOLEAN) {
            return c.getBooleanCellValue();
        }
        String s = sel(row, Kolom.NA);
        if (kosong(s)) {
            return null;
        }
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.equals(teks("excel.ya").toLowerCase(Locale.ROOT)) || t.equals("ya") || t.equals("yes") || t.equals("n/a")) {
            return true;
        }
        if (t.equals(teks("excel.tidak").toLowerCase(Locale.ROOT)) || t.equals("tidak") || t.equals("no")) {
            return false;
        }
        galat.add(masalah(nomor, Kolom.NA, "excel.galat.yaTidak", s.length() > 40 ? s.substring(0, 40) : s));
        return null;
    }

    private static String sel(Row row, Kolom kol) {
        Cell c = row.getCell(kol.ordinal());
        if (c == null) {
            return null;
        }
        return switch (c.getCellType()) {
            case STRING -> c.getStringCellValue();
            case NUMERIC -> AngkaIndonesia.tulis(new BigDecimal(c.getNumericCellValue()).round(
                    new MathContext(15)));
            case BOOLEAN -> String.valueOf(c.getBooleanCellValue());
            default -> null;
        };
    }

    private static boolean kosong(String s) {
        return s == null || s.isBlank();
    }

    private String teks(String kunci, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        Object[] a = args == null ? null : Arrays.stream(args)
                .map(x -> x instanceof String s && s.startsWith("label.") ? new DefaultMessageSourceResolvable(s) : x)
                .toArray();
        return messages.getMessage(kunci, a, kunci, locale);
    }

    static boolean jenisAda(JenisNilai j) {
        return j != null;
    }
}
