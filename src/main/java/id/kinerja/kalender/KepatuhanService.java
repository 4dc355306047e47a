package id.kinerja.kalender;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.kalender.KalenderService.UnitRingkas;
import id.kinerja.kalender.StatusPenyerahan.Kategori;
import id.kinerja.kalender.TenggatHitung.Tenggat;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.galat.NotFoundException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The PKO's compliance view: unit × document × period, on time / late (days) / missing, from the
 * calendar's deadlines and the owning modules' answers to "handed in when?". Also the late items
 * for the dashboard ({@link #terlambat}).
 */
@Service
public class KepatuhanService {

    private final KalenderService kalender;
    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final MessageSource pesan;

    KepatuhanService(KalenderService kalender, AksesService akses, OrganisasiQuery organisasi, MessageSource pesan) {
        this.kalender = kalender;
        this.akses = akses;
        this.organisasi = organisasi;
        this.pesan = pesan;
    }

    /** Filters of the matrix; every one optional. */
    public record Filter(Integer tahun, JenisDokumen dokumen, String periode, Kategori status, Long unit) {

        public Filter {
            if (periode != null && !periode.matches("TW[1-4]|TAHUN")) {
                periode = null;
            }
        }
    }

    public record Kolom(JenisDokumen jenis, String periode) {
    }

    /** One cell: null status where the unit's level has no such deadline. */
    public record Sel(LocalDate tenggat, String tenggatTeks, StatusPenyerahan status) {
    }

    public record Baris(UnitRingkas unit, String level, List<Sel> sel) {
    }

    public record Matriks(int tahun, Filter filter, List<Kolom> kolom, List<Baris> baris, Map<Kategori, Long> ringkasan) {
    }

    /** A late or missing document, for the dashboard. */
    public record Keterlambatan(Long unitId, String unitKode, String unitNama, JenisDokumen jenis, int tahun,
            String periode, LocalDate tenggat, long hari, boolean belumDiserahkan) {
    }

    public Matriks matriks(Filter f) {
        if (!akses.bolehDiManaPun(Aksi.KELOLA_ORGANISASI)) {
            throw new AccessDeniedException("Hanya PKO");
        }
        List<UnitInfo> units = kalender.dalamJangkauan(Aksi.KELOLA_ORGANISASI);
        if (f.unit() != null) {
            akses.periksa(Aksi.KELOLA_ORGANISASI, f.unit());
            String path = organisasi.unit(f.unit()).orElseThrow(() -> new NotFoundException("Unit", f.unit())).path();
            units = units.stream().filter(u -> u.path().startsWith(path)).toList();
        }
        int tahun = kalender.tahun(f.tahun());
        Matriks m = hitung(units, tahun, f);
        if (f.status() == null) {
            return m;
        }
        List<Baris> baris = m.baris().stream()
                .filter(b -> b.sel().stream().anyMatch(s -> s != null && s.status().kategori() == f.status())).toList();
        return new Matriks(m.tahun(), f, m.kolom(), baris, m.ringkasan());
    }

    private Matriks hitung(List<UnitInfo> units, int tahun, Filter f) {
        TenggatHitung hitung = kalender.hitung();
        Map<Kolom, Map<Long, LocalDate>> tenggat = new LinkedHashMap<>();
        for (JenisDokumen j : JenisDokumen.values()) {
            for (String p : j.periode()) {
                if ((f.dokumen() == null || f.dokumen() == j) && (f.periode() == null || f.periode().equals(p))) {
                    tenggat.put(new Kolom(j, p), new HashMap<>());
                }
            }
        }
        for (UnitInfo u : units) {
            for (Tenggat t : hitung.untuk(u, tahun)) {
                Map<Long, LocalDate> kolom = tenggat.get(new Kolom(t.jenis(), t.periode()));
                if (kolom != null) {
                    kolom.put(u.id(), t.tanggal());
                }
            }
        }
        tenggat.values().removeIf(Map::isEmpty);
        LocalDate hariIni = kalender.hariIni();
        Map<Kolom, Map<Long, StatusPenyerahan>> status = new HashMap<>();
        Map<Kategori, Long> ringkasan = new EnumMap<>(Kategori.class);
        tenggat.forEach((k, perUnit) -> {
            Map<Long, Instant> masuk = kalender.diserahkan(k.jenis(), perUnit.keySet(), tahun, k.periode());
            Map<Long, StatusPenyerahan> s = new HashMap<>();
            perUnit.forEach((unitId, tgl) -> {
                StatusPenyerahan st = StatusPenyerahan.nilai(tgl, masuk != null, masuk == null ? null : masuk.get(unitId),
                        hariIni);
                s.put(unitId, st);
                ringkasan.merge(st.kategori(), 1L, Long::sum);
            });
            status.put(k, s);
        });
        List<Kolom> kolom = List.copyOf(tenggat.keySet());
        List<Baris> baris = new ArrayList<>();
        for (UnitInfo u : units) {
            List<Sel> sel = new ArrayList<>();
            boolean ada = false;
            for (Kolom k : kolom) {
                LocalDate tgl = tenggat.get(k).get(u.id());
                if (tgl == null) {
                    sel.add(null);
                } else {
                    ada = true;
                    sel.add(new Sel(tgl, tgl.format(KalenderService.TANGGAL), status.get(k).get(u.id())));
                }
            }
            if (ada) {
                baris.add(new Baris(new UnitRingkas(u.id(), u.kode(), u.nama()), u.levelNama(), sel));
            }
        }
        return new Matriks(tahun, f, kolom, baris, ringkasan);
    }

    /**
     * Late and missing documents of a year in the units the current user may see, most overdue
     * first: for the dashboard.
     */
    public List<Keterlambatan> terlambat(Integer tahun) {
        List<UnitInfo> units = kalender.dalamJangkauan(Aksi.LIHAT);
        Matriks m = hitung(units, kalender.tahun(tahun), new Filter(tahun, null, null, null, null));
        List<Keterlambatan> out = new ArrayList<>();
        for (Baris b : m.baris()) {
            for (int i = 0; i < m.kolom().size(); i++) {
                Sel s = b.sel().get(i);
                if (s != null && s.status().bermasalah()) {
                    Kolom k = m.kolom().get(i);
                    out.add(new Keterlambatan(b.unit().id(), b.unit().kode(), b.unit().nama(), k.jenis(), m.tahun(),
                            k.periode(), s.tenggat(), s.status().hari(), s.status().kategori() == Kategori.TIDAK_ADA));
                }
            }
        }
        out.sort(Comparator.comparingLong(Keterlambatan::hari).reversed());
        return out;
    }

    /** The matrix as an Excel sheet (the same filters and reach). */
    public byte[] excel(Filter f, Locale locale) {
        Matriks m = matriks(f);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(pesan.getMessage("kalender.kepatuhan.judul", null, locale));
            Row h = sheet.createRow(0);
            h.createCell(0).setCellValue(pesan.getMessage("kalender.kolom.unitKode", null, locale));
            h.createCell(1).setCellValue(pesan.getMessage("kalender.kolom.unit", null, locale));
            h.createCell(2).setCellValue(pesan.getMessage("kalender.kolom.level", null, locale));
            for (int i = 0; i < m.kolom().size(); i++) {
                Kolom k = m.kolom().get(i);
                h.createCell(3 + i).setCellValue(pesan.getMessage("kalender.dokumen." + k.jenis(), null, locale) + " "
                        + pesan.getMessage("kalender.periode." + k.periode(), null, locale));
            }
            int r = 1;
            for (Baris b : m.baris()) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(b.unit().kode());
                row.createCell(1).setCellValue(b.unit().nama());
                row.createCell(2).setCellValue(b.level());
                for (int i = 0; i < b.sel().size(); i++) {
                    Sel s = b.sel().get(i);
                    if (s != null) {
                        row.createCell(3 + i).setCellValue(teks(s.status(), locale));
                    }
                }
            }
            Set.of(0, 1, 2).forEach(sheet::autoSizeColumn);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String teks(StatusPenyerahan s, Locale locale) {
        return pesan.getMessage("kalender.status." + s.kategori(), new Object[] {s.hari()}, locale);
    }
}
