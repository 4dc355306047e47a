package id.kinerja.perencanaan.excel;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.PerencanaanService.IkuView;
import id.kinerja.perencanaan.PerencanaanService.PkView;
import id.kinerja.perencanaan.PerencanaanService.SsView;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.TeksMasuk;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * A PK's Sasaran Strategis, IKU (Manual IKU) and per-period targets as an Excel workbook: an
 * empty template, an export of the current data in the same columns, and an all-or-nothing
 * import. Every write goes through {@link PerencanaanService}, so access and business rules are
 * exactly those of the forms.
 */
@Service
public class PkExcelService {

    static final int MAKS_BARIS = 1000;
    static final int MAKS_BYTE = 2 * 1024 * 1024;

    private static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    private static final Set<String> YA = Set.of("ya", "y", "yes", "true", "benar", "1");
    private static final Set<String> TIDAK = Set.of("tidak", "t", "no", "n", "false", "salah", "0");
    private static final List<Kolom> WAJIB_IKU = List.of(Kolom.NAMA, Kolom.DEFINISI, Kolom.FORMULA, Kolom.SATUAN,
            Kolom.KONSOLIDASI_PERIODE, Kolom.POLARISASI, Kolom.PERIODE_PELAPORAN);
    /** Message prefix of each choice column's value labels (for the instructions and for matching). */
    private static final Map<Class<?>, String> LABEL = Map.of(Perspective.class, "scoring.perspective.",
            Validity.class, "scoring.validity.", Control.class, "scoring.control.", QualityTier.class,
            "scoring.qualityTier.", PeriodConsolidation.class, "scoring.periodConsolidation.",
            LocationConsolidation.class, "scoring.locationConsolidation.", Polarization.class,
            "scoring.polarization.", JenisCascading.class, "pk.jenisCascading.", MetodeCascading.class,
            "pk.metodeCascading.", JenisPeriode.class, "periode.");

    private final PerencanaanService perencanaan;
    private final MessageSource messages;
    private final PembacaXlsx pembaca;

    PkExcelService(PerencanaanService perencanaan, MessageSource messages, PembacaXlsx pembaca) {
        this.perencanaan = perencanaan;
        this.messages = messages;
        this.pembaca = pembaca;
    }

    // ---------------------------------------------------------------------------------------
    // download

    /** An empty workbook: headings, drop-down lists and an instructions sheet. Needs read access. */
    public byte[] templat(Long pkId) {
        return tulis(perencanaan.pkById(pkId), false);
    }

    /** The PK's SS, IKU and targets in the template's columns, so the file can be edited and re-imported. */
    public byte[] ekspor(Long pkId) {
        return tulis(perencanaan.pkById(pkId), true);
    }

    /**
     * The PK for the upload page. Someone who may read but not draft the unit's plans gets
     * AccessDeniedException; a PK that is no longer editable is returned (the page says so).
     */
    public PkView pkUntukImpor(Long pkId) {
        PkView pk = perencanaan.pkById(pkId);
        if (pk.status().dapatDiubah() && !pk.bolehSusun()) {
            throw new AccessDeniedException("Tidak berwenang menyusun PK unit ini");
        }
        return pk;
    }

    private byte[] tulis(PkView pk, boolean denganData) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(teks("excel.lembar.data"));
            Sheet petunjuk = wb.createSheet(teks("excel.lembar.petunjuk"));
            CellStyle judul = gayaJudul(wb);
            CellStyle teksSel = wb.createCellStyle();
            teksSel.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row baris = data.createRow(0);
            for (Kolom k : Kolom.values()) {
                Cell c = baris.createCell(k.ordinal());
                c.setCellValue(teks(k.judulKey()));
                c.setCellStyle(judul);
                data.setColumnWidth(k.ordinal(), lebar(k) * 256);
                if (k.jenis == Kolom.Jenis.TEKS) {
                    data.setDefaultColumnStyle(k.ordinal(), teksSel);
                }
            }
            data.createFreezePane(0, 1);
            validasi(data, pk);
            if (denganData) {
                isi(data, pk, teksSel);
            }
            tulisPetunjuk(petunjuk, pk, judul);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lebar(Kolom k) {
        return switch (k) {
            case SS, NAMA, DEFINISI, FORMULA, TUJUAN -> 40;
            case PENANGGUNG_JAWAB, PENYEDIA_DATA, SUMBER_DATA, TARGET_MAKSIMUM -> 24;
            default -> k.jenis == Kolom.Jenis.PERIODE ? 11 : 18;
        };
    }

    private static CellStyle gayaJudul(Workbook wb) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        s.setFont(f);
        s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        s.setBorderBottom(BorderStyle.THIN);
        s.setWrapText(true);
        return s;
    }

    /** Drop-down lists for the choice columns, Ya/Tidak, and a whole number for the SS position. */
    private void validasi(Sheet data, PkView pk) {
        DataValidationHelper helper = data.getDataValidationHelper();
        for (Kolom k : Kolom.values()) {
            DataValidationConstraint c = switch (k.jenis) {
                case PILIHAN -> helper.createExplicitListConstraint(
                        pilihanUntuk(k, pk).stream().map(Enum::name).toArray(String[]::new));
                case YA_TIDAK -> helper.createExplicitListConstraint(
                        new String[] {teks("excel.ya"), teks("excel.tidak")});
                case BULAT -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1",
                        "99");
                default -> null;
            };
            if (c == null) {
                continue;
            }
            DataValidation v = helper.createValidation(c,
                    new CellRangeAddressList(1, MAKS_BARIS, k.ordinal(), k.ordinal()));
            v.setShowErrorBox(true);
            v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            if (k.jenis != Kolom.Jenis.BULAT) {
                v.setSuppressDropDownArrow(true); // XSSF: true shows the in-cell drop-down
            }
            data.addValidationData(v);
        }
    }

    private void isi(Sheet data, PkView pk, CellStyle teksSel) {
        int r = 1;
        for (SsView ss : pk.sasaran()) {
            if (ss.iku().isEmpty()) {
                tulisSs(data.createRow(r++), ss, teksSel);
                continue;
            }
            for (IkuView iku : ss.iku()) {
                Row row = data.createRow(r++);
                tulisSs(row, ss, teksSel);
                tulisIku(row, iku, teksSel);
            }
        }
    }

    private static void tulisSs(Row row, SsView ss, CellStyle teksSel) {
        sel(row, Kolom.SS, ss.nama(), teksSel);
        sel(row, Kolom.PERSPEKTIF, ss.perspektif(), teksSel);
        row.createCell(Kolom.POSISI.ordinal()).setCellValue(ss.posisi());
    }

    private void tulisIku(Row row, IkuView iku, CellStyle teksSel) {
        IkuParameters m = iku.manual();
        sel(row, Kolom.KODE_IKU, iku.kode(), teksSel);
        sel(row, Kolom.NAMA, m.nama(), teksSel);
        sel(row, Kolom.DEFINISI, m.definisi(), teksSel);
        sel(row, Kolom.FORMULA, m.formula(), teksSel);
        sel(row, Kolom.TUJUAN, m.tujuan(), teksSel);
        sel(row, Kolom.SATUAN, m.satuan(), teksSel);
        sel(row, Kolom.VALIDITAS, m.validitas(), teksSel);
        sel(row, Kolom.KENDALI, m.kendali(), teksSel);
        sel(row, Kolom.KUALITAS, m.kualitas(), teksSel);
        sel(row, Kolom.PENANGGUNG_JAWAB, m.penanggungJawab(), teksSel);
        sel(row, Kolom.PENYEDIA_DATA, m.penyediaData(), teksSel);
        sel(row, Kolom.SUMBER_DATA, m.sumberData(), teksSel);
        sel(row, Kolom.JENIS_CASCADING, m.jenisCascading(), teksSel);
        sel(row, Kolom.METODE_CASCADING, m.metodeCascading(), teksSel);
        sel(row, Kolom.KONSOLIDASI_PERIODE, m.konsolidasiPeriode(), teksSel);
        sel(row, Kolom.KONSOLIDASI_LOKASI, m.konsolidasiLokasi(), teksSel);
        sel(row, Kolom.POLARISASI, m.polarisasi(), teksSel);
        sel(row, Kolom.PERIODE_PELAPORAN, m.periodePelaporan(), teksSel);
        sel(row, Kolom.TARGET_MAKSIMUM, teks(m.targetMaksimum() ? "excel.ya" : "excel.tidak"), teksSel);
        angka(row, Kolom.TARGET, m.target());
        angka(row, Kolom.TARGET_BAWAH, m.targetBawah());
        angka(row, Kolom.TARGET_ATAS, m.targetAtas());
        List<BigDecimal> traj = iku.trajektori() == null ? List.of() : iku.trajektori();
        for (int n = 1; n <= traj.size(); n++) {
            Kolom k = Kolom.periode(m.periodePelaporan(), n);
            if (k != null) {
                angka(row, k, traj.get(n - 1));
            }
        }
    }

    private static void sel(Row row, Kolom k, Object nilai, CellStyle teksSel) {
        if (nilai == null) {
            return;
        }
        Cell c = row.createCell(k.ordinal());
        c.setCellValue(nilai instanceof Enum<?> e ? e.name() : nilai.toString());
        c.setCellStyle(teksSel);
    }

    /** A number cell when the double is exact, else text (the import reads both). */
    private static void angka(Row row, Kolom k, BigDecimal nilai) {
        if (nilai == null) {
            return;
        }
        Cell c = row.createCell(k.ordinal());
        double d = nilai.doubleValue();
        if (new BigDecimal(Double.toString(d)).compareTo(nilai) == 0) {
            c.setCellValue(d);
        } else {
            c.setCellValue(AngkaIndonesia.tulis(nilai));
        }
    }

    private void tulisPetunjuk(Sheet sheet, PkView pk, CellStyle judul) {
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
                    : WAJIB_IKU.contains(k) ? teks("excel.petunjuk.wajibIku") : teks("excel.tidak"));
            row.createCell(3).setCellValue(teks(keterangan(k)));
            row.createCell(4).setCellValue(switch (k.jenis) {
                case PILIHAN -> pilihanUntuk(k, pk).stream().map(e -> e.name() + " (" + label(e, null) + ")")
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
    private static List<? extends Enum<?>> pilihanUntuk(Kolom k, PkView pk) {
        if (k == Kolom.PERSPEKTIF) {
            return pk.perspektif();
        }
        return Arrays.asList(k.pilihan.getEnumConstants());
    }

    // ---------------------------------------------------------------------------------------
    // upload

    /**
     * Checks every row of the uploaded workbook and saves SS, IKU and trajectories through
     * PerencanaanService. Any problem, found while reading or refused by a business rule while
     * saving, is collected with its row and column; if there is at least one, the transaction is
     * marked rollback-only so that nothing from the file is kept.
     */
    @Transactional
    public HasilImpor impor(Long pkId, InputStream xlsx) {
        PkView pk = perencanaan.pkById(pkId);
        if (!pk.status().dapatDiubah()) {
            return gagal(pk, List.of(Temuan.berkas(teks("pk.tidakDapatDiubah"))));
        }
        if (!pk.bolehSusun()) {
            throw new AccessDeniedException("Tidak berwenang menyusun PK unit ini");
        }
        byte[] isi;
        try {
            isi = xlsx == null ? new byte[0] : xlsx.readNBytes(MAKS_BYTE + 1);
        } catch (IOException e) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.bukanXlsx"))));
        }
        if (isi.length == 0) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.kosong"))));
        }
        if (isi.length > MAKS_BYTE) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.terlaluBesar"))));
        }
        FileMagic magic = FileMagic.valueOf(isi);
        if (magic == FileMagic.OLE2) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.xlsLama"))));
        }
        if (magic != FileMagic.OOXML) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.bukanXlsx"))));
        }
        Workbook wb;
        try {
            // streamed and bounded (PembacaXlsx): a small file must not inflate into the heap
            wb = pembaca.baca(isi, List.of(teks("excel.lembar.data"), messages.getMessage("excel.lembar.data",
                    null, INDONESIA), messages.getMessage("excel.lembar.data", null, Locale.ENGLISH)), MAKS_BARIS);
        } catch (PembacaXlsx.Ditolak e) {
            return gagal(pk, List.of(Temuan.berkas(teks(e.kunci(), e.args()))));
        } catch (IOException | RuntimeException e) {
            return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.bukanXlsx"))));
        }
        try (wb) {
            return new Impor(pk, lembarData(wb)).jalankan();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HasilImpor gagal(PkView pk, List<Temuan> temuan) {
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return new HasilImpor(pk, temuan.stream()
                .sorted(Comparator.comparing((Temuan t) -> t.baris == null ? 0 : t.baris)
                        .thenComparing(t -> t.kolomIndeks == null ? -1 : t.kolomIndeks))
                .map(t -> new HasilImpor.Masalah(t.baris, t.kolom, t.pesan)).toList(), 0, 0, 0);
    }

    private Sheet lembarData(Workbook wb) {
        for (Locale l : List.of(INDONESIA, Locale.ENGLISH)) {
            Sheet s = wb.getSheet(messages.getMessage("excel.lembar.data", null, l));
            if (s != null) {
                return s;
            }
        }
        return wb.getSheetAt(0);
    }

    private record Temuan(Integer baris, Integer kolomIndeks, String kolom, String pesan) {
        static Temuan berkas(String pesan) {
            return new Temuan(null, null, null, pesan);
        }
    }

    /** One data row as read, before anything is saved. */
    private static final class Baris {
        final int nomor;
        boolean ssOk = true;
        boolean adaIku;
        boolean ikuOk = true;
        String ssNama;
        Perspective perspektif;
        Integer posisi;
        String kodeIku;
        IkuView ikuLama;
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

        Baris(int nomor) {
            this.nomor = nomor;
        }
    }

    /** One SS as the file names it (matched case-insensitively by name within the PK). */
    private static final class SsRencana {
        final String nama;
        final int barisPertama;
        final SsView lama;
        Perspective perspektif;
        int barisPerspektif;
        Integer posisi;
        int barisPosisi;
        boolean gagal;
        Long id;

        SsRencana(String nama, int barisPertama, SsView lama) {
            this.nama = nama;
            this.barisPertama = barisPertama;
            this.lama = lama;
        }
    }

    /** One import run over one sheet. */
    private final class Impor {
        private final PkView pk;
        private final Sheet sheet;
        private final List<Temuan> temuan = new ArrayList<>();
        private final Map<Kolom, Integer> indeks = new EnumMap<>(Kolom.class);

        Impor(PkView pk, Sheet sheet) {
            this.pk = pk;
            this.sheet = sheet;
        }

        HasilImpor jalankan() {
            if (!bacaJudul()) {
                return gagal(pk, temuan);
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row != null && !kosong(row)) {
                    rows.add(row);
                }
            }
            if (rows.isEmpty()) {
                return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.tanpaData"))));
            }
            if (rows.size() > MAKS_BARIS) {
                return gagal(pk, List.of(Temuan.berkas(teks("excel.galat.terlaluBanyakBaris",
                        String.valueOf(rows.size())))));
            }
            List<Baris> semua = rows.stream().map(this::baca).toList();
            Map<String, SsRencana> ss = periksaSs(semua);
            periksaKode(semua);
            periksaNamaGanda(semua, ss);
            int[] jumlah = simpan(semua, ss);
            if (!temuan.isEmpty()) {
                return gagal(pk, temuan);
            }
            return new HasilImpor(pk, List.of(), jumlah[0], jumlah[1], jumlah[2]);
        }

        // --- headings

        private boolean bacaJudul() {
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

        private Baris baca(Row row) {
            Baris b = new Baris(row.getRowNum() + 1);
            int awal = temuan.size();
            b.ssNama = isian(row, b, Kolom.SS);
            if (b.ssNama == null && kosongSel(row, Kolom.SS)) {
                catat(b.nomor, Kolom.SS, teks("excel.galat.wajib"));
            }
            b.perspektif = pilihan(row, b, Kolom.PERSPEKTIF, Perspective.class, pk.perspektif());
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
                    catat(b.nomor, k, teks("excel.galat.bukanPeriode", b.periode.name()));
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

        private String isian(Row row, Baris b, Kolom k) {
            String s = teksMentah(sel(row, k));
            if (s != null && k.panjangMaks > 0 && s.length() > k.panjangMaks) {
                catat(b.nomor, k, PkExcelService.this.teks("excel.galat.panjang", String.valueOf(k.panjangMaks)));
                return null;
            }
            return s;
        }

        private <E extends Enum<E>> E pilihan(Row row, Baris b, Kolom k, Class<E> jenis, List<E> boleh) {
            String s = teksMentah(sel(row, k));
            if (s == null) {
                return null;
            }
            List<E> daftar = boleh != null ? boleh : Arrays.asList(jenis.getEnumConstants());
            String nama = s.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            for (E e : daftar) {
                if (e.name().equals(nama) || normal(label(e, INDONESIA)).equals(normal(s))
                        || normal(label(e, Locale.ENGLISH)).equals(normal(s))) {
                    return e;
                }
            }
            catat(b.nomor, k, teks("excel.galat.pilihan", s,
                    daftar.stream().map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }

        private BigDecimal angka(Row row, Baris b, Kolom k) {
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

        private Integer posisi(Row row, Baris b) {
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

        private Boolean yaTidak(Row row, Baris b) {
            Cell c = sel(row, Kolom.TARGET_MAKSIMUM);
            if (c != null && jenisSel(c) == CellType.BOOLEAN) {
                return c.getBooleanCellValue();
            }
            String s = teksMentah(c);
            if (s == null) {
                return null;
            }
            String n = normal(s);
            if (YA.contains(n) || n.equals(normal(teks("excel.ya")))) {
                return true;
            }
            if (TIDAK.contains(n) || n.equals(normal(teks("excel.tidak")))) {
                return false;
            }
            catat(b.nomor, Kolom.TARGET_MAKSIMUM, teks("excel.galat.yaTidak", s));
            return null;
        }

        // --- checks across rows

        /** Groups rows by SS name; the first row that gives a perspective/position decides it. */
        private Map<String, SsRencana> periksaSs(List<Baris> semua) {
            Map<String, SsView> lama = new HashMap<>();
            pk.sasaran().forEach(s -> lama.putIfAbsent(normal(s.nama()), s));
            Map<String, SsRencana> ss = new LinkedHashMap<>();
            for (Baris b : semua) {
                if (b.ssNama == null) {
                    continue;
                }
                String kunci = normal(b.ssNama);
                SsRencana g = ss.computeIfAbsent(kunci, x -> new SsRencana(b.ssNama, b.nomor, lama.get(x)));
                if (!b.ssOk) {
                    g.gagal = true;
                    continue;
                }
                if (b.perspektif != null) {
                    if (g.perspektif == null) {
                        g.perspektif = b.perspektif;
                        g.barisPerspektif = b.nomor;
                    } else if (g.perspektif != b.perspektif) {
                        catat(b.nomor, Kolom.PERSPEKTIF, teks("excel.galat.ssBeda", String.valueOf(g.barisPerspektif)));
                        b.ssOk = false;
                    }
                }
                if (b.posisi != null) {
                    if (g.posisi == null) {
                        g.posisi = b.posisi;
                        g.barisPosisi = b.nomor;
                    } else if (!g.posisi.equals(b.posisi)) {
                        catat(b.nomor, Kolom.POSISI, teks("excel.galat.ssBeda", String.valueOf(g.barisPosisi)));
                        b.ssOk = false;
                    }
                }
            }
            for (SsRencana g : ss.values()) {
                if (!g.gagal && g.lama == null && g.perspektif == null) {
                    catat(g.barisPertama, Kolom.PERSPEKTIF, teks("excel.galat.wajib"));
                    g.gagal = true;
                }
            }
            return ss;
        }

        /** "Kode IKU" must name an IKU of this PK, at most once in the file. */
        private void periksaKode(List<Baris> semua) {
            Map<String, IkuView> perKode = new HashMap<>();
            pk.sasaran().forEach(s -> s.iku().forEach(i -> perKode.put(i.kode().toUpperCase(Locale.ROOT), i)));
            Map<Long, Integer> dipakai = new HashMap<>();
            for (Baris b : semua) {
                if (b.kodeIku == null) {
                    continue;
                }
                IkuView iku = perKode.get(b.kodeIku.toUpperCase(Locale.ROOT));
                if (iku == null) {
                    catat(b.nomor, Kolom.KODE_IKU, teks("excel.galat.kodeTidakDikenal", b.kodeIku));
                    b.ikuOk = false;
                } else if (dipakai.containsKey(iku.id())) {
                    catat(b.nomor, Kolom.KODE_IKU, teks("excel.galat.kodeGanda", b.kodeIku,
                            String.valueOf(dipakai.get(iku.id()))));
                    b.ikuOk = false;
                } else {
                    dipakai.put(iku.id(), b.nomor);
                    b.ikuLama = iku;
                }
            }
        }

        /** A new IKU must not repeat the name of another IKU of the same SS (a file uploaded twice). */
        private void periksaNamaGanda(List<Baris> semua, Map<String, SsRencana> ss) {
            Set<Long> dirujuk = semua.stream().map(b -> b.ikuLama).filter(Objects::nonNull).map(IkuView::id)
                    .collect(Collectors.toSet());
            Map<String, Integer> baru = new HashMap<>();
            for (Baris b : semua) {
                if (!b.adaIku || b.kodeIku != null || b.nama == null || b.ssNama == null) {
                    continue;
                }
                String kunci = normal(b.ssNama) + "\u0000" + normal(b.nama);
                Integer sebelumnya = baru.putIfAbsent(kunci, b.nomor);
                if (sebelumnya != null) {
                    catat(b.nomor, Kolom.NAMA, teks("excel.galat.ikuGandaBaris", String.valueOf(sebelumnya)));
                    b.ikuOk = false;
                    continue;
                }
                SsRencana g = ss.get(normal(b.ssNama));
                if (g != null && g.lama != null) {
                    g.lama.iku().stream().filter(i -> !dirujuk.contains(i.id()))
                            .filter(i -> normal(i.nama()).equals(normal(b.nama))).findFirst().ifPresent(i -> {
                                catat(b.nomor, Kolom.NAMA, teks("excel.galat.ikuSudahAda", i.kode()));
                                b.ikuOk = false;
                            });
                }
            }
        }

        // --- saving

        /** Saves what could be read; every refused row is recorded. Returns {SS new, IKU new, IKU changed}. */
        private int[] simpan(List<Baris> semua, Map<String, SsRencana> ss) {
            int[] jumlah = new int[3];
            Map<Perspective, Integer> posisiMaks = new EnumMap<>(Perspective.class);
            pk.sasaran().forEach(s -> posisiMaks.merge(s.perspektif(), s.posisi(), Math::max));
            for (SsRencana g : ss.values()) {
                if (g.gagal) {
                    continue;
                }
                try {
                    if (g.lama == null) {
                        int posisi = g.posisi != null ? g.posisi
                                : Math.min(99, posisiMaks.getOrDefault(g.perspektif, 0) + 1);
                        g.id = perencanaan.simpanSasaran(pk.id(), perencanaan.versi(pk.id()), null, g.nama, null, g.perspektif, posisi);
                        posisiMaks.merge(g.perspektif, posisi, Math::max);
                        jumlah[0]++;
                    } else {
                        Perspective p = g.perspektif != null ? g.perspektif : g.lama.perspektif();
                        int posisi = g.posisi != null ? g.posisi : g.lama.posisi();
                        if (p != g.lama.perspektif() || posisi != g.lama.posisi()) {
                            perencanaan.simpanSasaran(pk.id(), perencanaan.versi(pk.id()), g.lama.id(), g.lama.nama(), g.lama.deskripsi(), p,
                                    posisi);
                        }
                        g.id = g.lama.id();
                    }
                } catch (BusinessRuleException e) {
                    for (BusinessRuleException v : e.semuaPelanggaran()) {
                        Kolom k = "perspektif".equals(v.getField()) ? Kolom.PERSPEKTIF
                                : "posisi".equals(v.getField()) ? Kolom.POSISI : Kolom.SS;
                        catat(g.barisPertama, k, pesan(v));
                    }
                    g.gagal = true;
                }
            }
            Set<Long> dirujuk = semua.stream().map(b -> b.ikuLama).filter(Objects::nonNull).map(IkuView::id)
                    .collect(Collectors.toSet());
            Map<Long, Integer> urutan = new HashMap<>();
            for (Baris b : semua) {
                SsRencana g = b.ssNama == null ? null : ss.get(normal(b.ssNama));
                if (!b.adaIku || !b.ikuOk || !b.ssOk || g == null || g.gagal || g.id == null) {
                    continue;
                }
                int u = urutan.merge(g.id, 1, Integer::sum) + urutanAwal(g.id, dirujuk);
                IkuView lama = b.ikuLama;
                IkuParameters m = lama == null ? null : lama.manual();
                IkuParameters p = new IkuParameters(u, b.nama, b.definisi, b.formula, b.tujuan, b.satuan,
                        b.validitas, b.kendali, b.kualitas, b.penanggungJawab, b.penyediaData, b.sumberData,
                        b.jenisCascading, b.metodeCascading, b.konsolidasiPeriode, b.konsolidasiLokasi,
                        b.polarisasi, b.periode, b.targetMaksimum, b.target, b.targetBawah, b.targetAtas,
                        m == null ? null : m.labelPembilang(), m == null ? null : m.labelPenyebut(),
                        m == null ? null : m.dataY2Target(), m == null ? null : m.dataY2Realisasi(),
                        m == null ? null : m.dataY1Target(), m == null ? null : m.dataY1Realisasi());
                Long ikuId;
                try {
                    ikuId = perencanaan.simpanIku(pk.id(), perencanaan.versi(pk.id()), g.id, lama == null ? null : lama.id(), p);
                    jumlah[lama == null ? 1 : 2]++;
                } catch (BusinessRuleException e) {
                    catatPelanggaran(b, e);
                    continue;
                }
                if (b.periode == JenisPeriode.TAHUN) {
                    continue;
                }
                List<BigDecimal> nilai = Arrays.asList(
                        Arrays.copyOf(b.trajektori, b.periode.jumlahPerTahun()));
                boolean adaNilai = nilai.stream().anyMatch(Objects::nonNull);
                boolean adaLama = lama != null && m.periodePelaporan() == b.periode && lama.trajektori() != null
                        && lama.trajektori().stream().anyMatch(Objects::nonNull);
                if (adaNilai || adaLama) {
                    try {
                        perencanaan.simpanTrajektori(pk.id(), perencanaan.versi(pk.id()), ikuId, nilai);
                    } catch (BusinessRuleException e) {
                        catatPelanggaran(b, e);
                    }
                }
            }
            return jumlah;
        }

        /** New positions within an SS follow the IKUs the file does not mention. */
        private int urutanAwal(Long ssId, Set<Long> dirujuk) {
            return pk.sasaran().stream().filter(s -> s.id().equals(ssId)).flatMap(s -> s.iku().stream())
                    .filter(i -> !dirujuk.contains(i.id())).mapToInt(i -> i.manual().urutan()).max().orElse(0);
        }

        private void catatPelanggaran(Baris b, BusinessRuleException e) {
            for (BusinessRuleException v : e.semuaPelanggaran()) {
                catat(b.nomor, kolomUntuk(v.getField(), b.periode), pesan(v));
            }
        }

        // --- problems

        private void catat(int baris, Kolom k, String pesan) {
            Integer i = k == null ? null : indeks.get(k);
            String kolom = i == null ? null
                    : CellReference.convertNumToColString(i) + " (" + PkExcelService.this.teks(k.judulKey()) + ")";
            temuan.add(new Temuan(baris, i, kolom, pesan));
        }
    }

    /** The column a field name of a BusinessRuleException belongs to (null: the row as a whole). */
    static Kolom kolomUntuk(String field, JenisPeriode periode) {
        if (field == null) {
            return null;
        }
        if (periode != null && "trajektori".equals(field)) {
            return Kolom.periode(periode, 1);
        }
        if (periode != null && field.matches("t\\d+")) {
            return Kolom.periode(periode, Integer.parseInt(field.substring(1)));
        }
        return Arrays.stream(Kolom.values()).filter(k -> k.jenis != Kolom.Jenis.PERIODE && k.kunci.equals(field))
                .findFirst().orElse("ss".equals(field) ? Kolom.SS : null);
    }

    // ---------------------------------------------------------------------------------------
    // helpers

    private static CellType jenisSel(Cell c) {
        if (c == null) {
            return CellType.BLANK;
        }
        return c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
    }

    /** The cell as trimmed text (numbers in plain notation), or null when blank. */
    private static String teksMentah(Cell c) {
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

    private static String normal(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private String label(Enum<?> e, Locale locale) {
        String prefix = LABEL.get(e.getDeclaringClass());
        if (prefix == null) {
            return e.name();
        }
        return messages.getMessage(prefix + e.name(), null, e.name(),
                locale == null ? LocaleContextHolder.getLocale() : locale);
    }

    private String pesan(BusinessRuleException e) {
        return messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), LocaleContextHolder.getLocale());
    }

    private String teks(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
