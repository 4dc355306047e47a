package id.kinerja.renstra;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.DrafPkApi;
import id.kinerja.perencanaan.excel.PembacaLembar;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Renstra use cases: list, open a period, import its IKU from Excel, read it for a page. */
@Service
public class RenstraService {

    static final int MAKS_IKU = 200;
    static final String LEMBAR = "Renstra";
    private static final int KOLOM_TAHUN = 5;
    private static final int MAKS_TEKS = 1000;
    /** target, realisasi, target akhir, target nasional: numeric(24, 6) (V24). */
    private static final BatasAngka BATAS = new BatasAngka(18, 6, true, false);
    /** capaian: numeric(12, 6) (V24). */
    private static final BatasAngka BATAS_CAPAIAN = new BatasAngka(6, 6, true, false);

    private final RenstraRepository renstra;
    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final PembacaLembar pembaca;
    private final EntityManager em;
    private final DrafPkApi drafPk;
    private final MessageSource pesan;

    RenstraService(RenstraRepository renstra, AksesService akses, OrganisasiQuery organisasi, PembacaLembar pembaca,
            EntityManager em, DrafPkApi drafPk, MessageSource pesan) {
        this.drafPk = drafPk;
        this.pesan = pesan;
        this.renstra = renstra;
        this.akses = akses;
        this.organisasi = organisasi;
        this.pembaca = pembaca;
        this.em = em;
    }

    public record Ringkas(int tahunMulai, int tahunSelesai, int jumlahIku) {
    }

    public record Daftar(Long unitId, String unitKode, String unit, boolean pemilikPeta, boolean bolehSusun,
            List<Ringkas> renstra) {
    }

    public record BarisIku(String ssKode, String ssNama, String ikuKode, String ikuNama, String satuan,
            List<BigDecimal> target, BigDecimal targetAkhir, BigDecimal targetNasional, List<BigDecimal> realisasi,
            List<BigDecimal> capaian) {
    }

    public record Detail(Long unitId, String unitKode, String unit, int tahunMulai, int tahunSelesai,
            List<Integer> tahun, long version, boolean bolehSusun, List<BarisIku> iku) {
    }

    @Transactional(readOnly = true)
    public Daftar daftar(Long unitId) {
        UnitInfo u = unit(unitId);
        return new Daftar(u.id(), u.kode(), u.nama(), u.pemilikPeta(), akses.boleh(Aksi.SUSUN, unitId),
                renstra.findByUnitIdOrderByTahunMulaiDesc(unitId).stream()
                        .map(r -> new Ringkas(r.getTahunMulai(), r.getTahunSelesai(), r.getIku().size())).toList());
    }

    @Transactional(readOnly = true)
    public Detail detail(Long unitId, int tahunMulai) {
        UnitInfo u = unit(unitId);
        Renstra r = cari(unitId, tahunMulai);
        List<Integer> tahun = new ArrayList<>();
        for (int t = r.getTahunMulai(); t <= r.getTahunSelesai(); t++) {
            tahun.add(t);
        }
        List<BarisIku> baris = r.getIku().stream().map(i -> {
            Map<Integer, RenstraIku.PerTahun> p = new HashMap<>();
            i.getPerTahun().forEach(x -> p.put(x.tahun(), x));
            List<BigDecimal> target = new ArrayList<>();
            List<BigDecimal> real = new ArrayList<>();
            List<BigDecimal> cap = new ArrayList<>();
            for (int t : tahun) {
                RenstraIku.PerTahun x = p.get(t);
                target.add(x == null ? null : x.target());
                real.add(x == null ? null : x.realisasi());
                cap.add(x == null ? null : x.capaian());
            }
            return new BarisIku(i.getSsKode(), i.getSsNama(), i.getIkuKode(), i.getIkuNama(), i.getSatuan(), target,
                    i.getTargetAkhir(), i.getTargetNasional(), real, cap);
        }).toList();
        return new Detail(u.id(), u.kode(), u.nama(), r.getTahunMulai(), r.getTahunSelesai(), tahun, r.getVersion(),
                akses.boleh(Aksi.SUSUN, unitId), baris);
    }

    /** Opens a five-year period for the unit (empty; filled by import). */
    @Transactional
    public void buat(Long unitId, int tahunMulai) {
        akses.periksa(Aksi.SUSUN, unitId);
        unit(unitId);
        if (tahunMulai < 2000 || tahunMulai > 2100) {
            throw new BusinessRuleException("tahunMulai", "renstra.tahun.tidakSah");
        }
        for (Renstra r : renstra.findByUnitIdOrderByTahunMulaiDesc(unitId)) {
            if (r.mencakup(tahunMulai) || r.mencakup(tahunMulai + Renstra.LAMA_TAHUN - 1)) {
                throw new BusinessRuleException("tahunMulai", "renstra.tahun.bertumpuk", r.getTahunMulai(),
                        r.getTahunSelesai());
            }
        }
        renstra.save(new Renstra(unitId, tahunMulai));
    }

    /** Replaces the IKU of the Renstra with the rows of an .xlsx; nothing changes when a row is wrong. */
    @Transactional
    public int impor(Long unitId, int tahunMulai, long version, byte[] berkas) {
        akses.periksa(Aksi.SUSUN, unitId);
        Renstra r = cari(unitId, tahunMulai);
        if (r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Renstra.class, r.getId());
        }
        // the IKU rows are children: bump the plan's own version so a second import on the old one is refused
        em.lock(r, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        List<RenstraIku.Isi> baris;
        try (Workbook wb = pembaca.baca(berkas, List.of(LEMBAR), MAKS_IKU)) {
            baris = baca(wb.getSheetAt(0), r.getTahunMulai());
        } catch (PembacaLembar.Ditolak d) {
            throw new BusinessRuleException("berkas", d.kunci(), d.args());
        } catch (IOException e) {
            throw new BusinessRuleException("berkas", "excel.galat.bukanXlsx");
        }
        ganti(r, baris);
        return baris.size();
    }

    /** The demo's seed (already acting as a super admin inside its transaction). */
    @Transactional
    public void isiLangsung(Long unitId, int tahunMulai, List<RenstraIku.Isi> baris) {
        akses.periksa(Aksi.SUSUN, unitId);
        Renstra r = renstra.findByUnitIdAndTahunMulai(unitId, tahunMulai)
                .orElseGet(() -> renstra.save(new Renstra(unitId, tahunMulai)));
        ganti(r, baris);
    }

    private void ganti(Renstra r, List<RenstraIku.Isi> baris) {
        r.kosongkan();
        em.flush(); // old rows gone before new ones take their codes
        r.isi(baris);
        em.flush();
    }

    /** The import template: the heading row and the current rows. */
    @Transactional(readOnly = true)
    public byte[] templat(Long unitId, int tahunMulai) {
        Detail d = detail(unitId, tahunMulai);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet(LEMBAR);
            List<String> judul = judul(d.tahunMulai());
            Row h = s.createRow(0);
            for (int c = 0; c < judul.size(); c++) {
                h.createCell(c).setCellValue(judul.get(c));
            }
            int n = 1;
            for (BarisIku b : d.iku()) {
                Row row = s.createRow(n++);
                int c = 0;
                for (String t : new String[] {b.ssKode(), b.ssNama(), b.ikuKode(), b.ikuNama(), b.satuan()}) {
                    row.createCell(c++).setCellValue(t == null ? "" : t);
                }
                for (List<BigDecimal> daftar : List.of(b.target(), Arrays.asList(b.targetAkhir(), b.targetNasional()),
                        b.realisasi(), b.capaian())) {
                    for (BigDecimal v : daftar) {
                        Cell cell = row.createCell(c++);
                        if (v != null) {
                            cell.setCellValue(v.stripTrailingZeros().toPlainString().replace('.', ','));
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The template's headings in the user's language: the import reads columns by position, not heading. */
    List<String> judul(int tahunMulai) {
        List<String> j = new ArrayList<>(List.of(kolom("ssKode"), kolom("ssNama"), kolom("ikuKode"), kolom("ikuNama"),
                kolom("satuan")));
        for (int i = 0; i < KOLOM_TAHUN; i++) {
            j.add(kolom("target", tahunMulai + i));
        }
        j.add(kolom("targetAkhir"));
        j.add(kolom("targetNasional"));
        for (int i = 0; i < KOLOM_TAHUN; i++) {
            j.add(kolom("realisasi", tahunMulai + i));
        }
        for (int i = 0; i < KOLOM_TAHUN; i++) {
            j.add(kolom("capaian", tahunMulai + i));
        }
        return j;
    }

    /** A column's name (renstra.kolom.*); a year as plain digits, never "2.025". */
    private String kolom(String nama, Object... tahun) {
        Object[] a = java.util.Arrays.stream(tahun).map(String::valueOf).toArray();
        return pesan.getMessage("renstra.kolom." + nama, a, LocaleContextHolder.getLocale());
    }

    private List<RenstraIku.Isi> baca(Sheet s, int tahunMulai) {
        List<BusinessRuleException> galat = new ArrayList<>();
        List<RenstraIku.Isi> out = new ArrayList<>();
        Set<String> kode = new HashSet<>();
        DataFormatter fmt = new DataFormatter(Locale.forLanguageTag("id"));
        for (int n = 1; n <= s.getLastRowNum() && galat.size() < 20; n++) {
            Row row = s.getRow(n);
            if (row == null || kosong(row, fmt)) {
                continue;
            }
            if (out.size() >= MAKS_IKU) {
                galat.add(new BusinessRuleException("berkas", "renstra.impor.terlaluBanyak", MAKS_IKU));
                break;
            }
            int baris = n + 1;
            String ssKode = teks(row, 0, fmt, baris, kolom("ssKode"), true, galat);
            String ssNama = teks(row, 1, fmt, baris, kolom("ssNama"), true, galat);
            String ikuKode = teks(row, 2, fmt, baris, kolom("ikuKode"), true, galat);
            String ikuNama = teks(row, 3, fmt, baris, kolom("ikuNama"), true, galat);
            String satuan = teks(row, 4, fmt, baris, kolom("satuan"), false, galat);
            if (ikuKode != null && !kode.add(ikuKode)) {
                galat.add(new BusinessRuleException("berkas", "renstra.impor.kodeGanda", baris, ikuKode));
            }
            Map<Integer, RenstraIku.PerTahun> per = new LinkedHashMap<>();
            for (int i = 0; i < KOLOM_TAHUN; i++) {
                int t = tahunMulai + i;
                BigDecimal target = angka(row, 5 + i, fmt, baris, kolom("target", t), BATAS, galat);
                BigDecimal real = angka(row, 12 + i, fmt, baris, kolom("realisasi", t), BATAS, galat);
                BigDecimal cap = angka(row, 17 + i, fmt, baris, kolom("capaian", t), BATAS_CAPAIAN, galat);
                if (target != null || real != null || cap != null) {
                    per.put(t, new RenstraIku.PerTahun(t, target, real, cap));
                }
            }
            BigDecimal akhir = angka(row, 10, fmt, baris, kolom("targetAkhir"), BATAS, galat);
            BigDecimal nasional = angka(row, 11, fmt, baris, kolom("targetNasional"), BATAS, galat);
            out.add(new RenstraIku.Isi(ssKode, ssNama, ikuKode, ikuNama, satuan, akhir, nasional, per));
        }
        if (!galat.isEmpty()) {
            throw BusinessRuleException.semua(galat);
        }
        if (out.isEmpty()) {
            throw new BusinessRuleException("berkas", "renstra.impor.kosong");
        }
        return out;
    }

    private static boolean kosong(Row row, DataFormatter fmt) {
        for (int c = 0; c < 22; c++) {
            Cell cell = row.getCell(c);
            if (cell != null && !fmt.formatCellValue(cell).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String teks(Row row, int c, DataFormatter fmt, int baris, String kolom, boolean wajib,
            List<BusinessRuleException> galat) {
        Cell cell = row.getCell(c);
        String t = cell == null ? "" : fmt.formatCellValue(cell).strip();
        if (t.isEmpty()) {
            if (wajib) {
                galat.add(new BusinessRuleException("berkas", "renstra.impor.wajib", baris, kolom));
            }
            return null;
        }
        if (t.length() > (c == 0 || c == 2 ? 40 : c == 4 ? 60 : MAKS_TEKS)) {
            galat.add(new BusinessRuleException("berkas", "renstra.impor.terlaluPanjang", baris, kolom));
            return null;
        }
        return t;
    }

    /**
     * A numeric cell (a binary double) and a text cell alike through the one parser, within the
     * column's bound; a refusal names the row and the column and says why.
     */
    private static BigDecimal angka(Row row, int c, DataFormatter fmt, int baris, String kolom, BatasAngka batas,
            List<BusinessRuleException> galat) {
        Cell cell = row.getCell(c);
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return null;
        }
        boolean angka = cell.getCellType() == CellType.NUMERIC;
        String t = angka ? null : fmt.formatCellValue(cell);
        HasilAngka h = angka ? AngkaIndonesia.dariDouble(cell.getNumericCellValue(), batas)
                : AngkaIndonesia.baca(t, batas);
        if (h.sah()) {
            return h.kosong() ? null : h.nilai();
        }
        if (!angka && AngkaIndonesia.TIDAK_SAH.equals(h.kode())) {
            galat.add(new BusinessRuleException("berkas", "renstra.impor.angka", baris, kolom,
                    t.length() > 40 ? t.substring(0, 40) : t));
        } else {
            galat.add(new BusinessRuleException("berkas", "renstra.impor.angkaBatas", baris, kolom,
                    new DefaultMessageSourceResolvable(new String[] {h.kode()}, h.argumenPesan(), h.kode())));
        }
        return null;
    }

    /**
     * Pre-fills the unit's draft PK of a year the Renstra covers: its SS and IKU with that year's
     * targets, through the planning module's write door (refused when the year's PK exists).
     */
    @Transactional
    public DrafPkApi.Hasil buatPk(Long unitId, int tahunMulai, int tahun) {
        akses.periksa(Aksi.SUSUN, unitId);
        Renstra r = cari(unitId, tahunMulai);
        if (!r.mencakup(tahun)) {
            throw new BusinessRuleException("tahunPk", "renstra.pk.diLuarPeriode", String.valueOf(tahun),
                    String.valueOf(r.getTahunMulai()), String.valueOf(r.getTahunSelesai()));
        }
        if (r.getIku().isEmpty()) {
            throw new BusinessRuleException("tahunPk", "renstra.pk.kosong");
        }
        Map<String, List<DrafPkApi.IkuDraf>> perSs = new LinkedHashMap<>();
        for (RenstraIku i : r.getIku()) {
            BigDecimal target = i.getPerTahun().stream().filter(p -> p.tahun() == tahun).map(RenstraIku.PerTahun::target)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            perSs.computeIfAbsent(i.getSsNama(), k -> new ArrayList<>())
                    .add(new DrafPkApi.IkuDraf(i.getIkuKode(), i.getIkuNama(), i.getSatuan(), target));
        }
        List<DrafPkApi.SsDraf> ss = perSs.entrySet().stream()
                .map(e -> new DrafPkApi.SsDraf(e.getKey(), e.getValue())).toList();
        return drafPk.buatDraf(unitId, tahun, ss, "Renstra " + r.getTahunMulai() + "–" + r.getTahunSelesai());
    }

    private Renstra cari(Long unitId, int tahunMulai) {
        akses.periksa(Aksi.LIHAT, unitId);
        return renstra.findByUnitIdAndTahunMulai(unitId, tahunMulai)
                .orElseThrow(() -> new NotFoundException("Renstra", tahunMulai));
    }

    private UnitInfo unit(Long unitId) {
        akses.periksa(Aksi.LIHAT, unitId);
        return organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
    }
}
