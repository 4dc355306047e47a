package id.kinerja.kalender;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.kalender.TenggatHitung.Tenggat;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.rulebook.RulebookService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Service;

/**
 * The reporting calendar: the deadlines of the documents of the units a user can see, by month,
 * and one unit's deadlines with where each document stands. Dates are WIB days from the one clock.
 */
@Service
public class KalenderService {

    static final Locale INDONESIA = Locale.forLanguageTag("id-ID");
    static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", INDONESIA);
    private static final DateTimeFormatter BULAN = DateTimeFormatter.ofPattern("MMMM yyyy", INDONESIA);

    private final RulebookService rulebook;
    private final OrganisasiQuery organisasi;
    private final AksesService akses;
    private final TahunBerjalan tahunBerjalan;
    private final Clock clock;
    private final Map<JenisDokumen, PenyerahanDokumen> penyerahan = new EnumMap<>(JenisDokumen.class);
    private final HariLibur hariLibur;

    KalenderService(RulebookService rulebook, OrganisasiQuery organisasi, AksesService akses,
            TahunBerjalan tahunBerjalan, Clock clock, List<PenyerahanDokumen> penyerahan, HariLibur hariLibur) {
        this.hariLibur = hariLibur;
        this.rulebook = rulebook;
        this.organisasi = organisasi;
        this.akses = akses;
        this.tahunBerjalan = tahunBerjalan;
        this.clock = clock;
        penyerahan.forEach(p -> this.penyerahan.put(p.jenis(), p));
    }

    public record EntriKalender(LocalDate tanggal, String tanggalTeks, JenisDokumen jenis, int tahun, String periode,
            String organisasi, List<String> level, int jumlahUnit, boolean lewat) {
    }

    public record BulanKalender(String judul, List<EntriKalender> entri) {
    }

    public record HalamanKalender(int tahun, List<BulanKalender> bulan, List<UnitRingkas> unit) {
    }

    public record UnitRingkas(Long id, String kode, String nama) {
    }

    public record BarisUnit(JenisDokumen jenis, String periode, LocalDate tanggal, String tanggalTeks,
            StatusPenyerahan status) {
    }

    public record HalamanUnit(UnitRingkas unit, String organisasi, String level, int tahun, List<BarisUnit> baris) {
    }

    /** A year in bounds: a request parameter never drives work for absurd years. */
    int tahun(Integer diminta) {
        return diminta == null || diminta < 2000 || diminta > 2100 ? tahunBerjalan.tahunBawaan() : diminta;
    }

    LocalDate hariIni() {
        return Waktu.hariIni(clock);
    }

    TenggatHitung hitung() {
        return new TenggatHitung(rulebook, organisasi, hariLibur);
    }

    /** Active units the current user may do the action on, in tree order. */
    List<UnitInfo> dalamJangkauan(Aksi aksi) {
        AksesService.Cakupan c = akses.cakupan(aksi);
        if (c.semua()) {
            return organisasi.subtree("/").stream().filter(UnitInfo::aktif).toList();
        }
        Map<Long, UnitInfo> out = new LinkedHashMap<>();
        for (AksesService.Penugasan p : c.penugasan()) {
            organisasi.subtree(p.unitPath()).stream().filter(u -> u.aktif() && c.mencakup(u.path()))
                    .forEach(u -> out.putIfAbsent(u.id(), u));
        }
        return out.values().stream().sorted(Comparator.comparing(UnitInfo::path)).toList();
    }

    /** When each unit handed in a document; null when no module watches that document. */
    Map<Long, Instant> diserahkan(JenisDokumen jenis, Collection<Long> unitIds, int tahun, String periode) {
        PenyerahanDokumen p = penyerahan.get(jenis);
        return p == null ? null : p.diserahkan(unitIds, tahun, periode);
    }

    boolean dipantau(JenisDokumen jenis) {
        return penyerahan.containsKey(jenis);
    }

    public HalamanKalender kalender(Integer diminta) {
        int tahun = tahun(diminta);
        LocalDate hariIni = hariIni();
        List<UnitInfo> units = dalamJangkauan(Aksi.LIHAT);
        TenggatHitung hitung = hitung();
        record Kunci(LocalDate tanggal, JenisDokumen jenis, String periode, String organisasi) {
        }
        Map<Kunci, Set<String>> level = new LinkedHashMap<>();
        Map<Kunci, Integer> jumlah = new LinkedHashMap<>();
        for (UnitInfo u : units) {
            for (Tenggat t : hitung.untuk(u, tahun)) {
                Kunci k = new Kunci(t.tanggal(), t.jenis(), t.periode(), u.organisasi());
                level.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(u.levelNama());
                jumlah.merge(k, 1, Integer::sum);
            }
        }
        Map<YearMonth, List<EntriKalender>> perBulan = new TreeMap<>();
        level.keySet().stream()
                .sorted(Comparator.comparing(Kunci::tanggal).thenComparing(Kunci::jenis).thenComparing(Kunci::periode)
                        .thenComparing(Kunci::organisasi))
                .forEach(k -> perBulan.computeIfAbsent(YearMonth.from(k.tanggal()), x -> new ArrayList<>())
                        .add(new EntriKalender(k.tanggal(), k.tanggal().format(TANGGAL), k.jenis(), tahun, k.periode(),
                                k.organisasi(), List.copyOf(level.get(k)), jumlah.get(k),
                                k.tanggal().isBefore(hariIni))));
        List<BulanKalender> bulan = perBulan.entrySet().stream()
                .map(e -> new BulanKalender(e.getKey().atDay(1).format(BULAN), e.getValue())).toList();
        List<UnitRingkas> ringkas = units.stream().map(u -> new UnitRingkas(u.id(), u.kode(), u.nama())).toList();
        return new HalamanKalender(tahun, bulan, ringkas);
    }

    /** One unit's deadlines of a year with where each document stands (403/404 outside reach). */
    public HalamanUnit unit(Long unitId, Integer diminta) {
        akses.periksa(Aksi.LIHAT, unitId);
        UnitInfo u = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        int tahun = tahun(diminta);
        LocalDate hariIni = hariIni();
        List<BarisUnit> baris = new ArrayList<>();
        for (Tenggat t : hitung().untuk(u, tahun)) {
            Map<Long, Instant> map = diserahkan(t.jenis(), List.of(u.id()), tahun, t.periode());
            StatusPenyerahan s = StatusPenyerahan.nilai(t.tanggal(), map != null, map == null ? null : map.get(u.id()),
                    hariIni);
            baris.add(new BarisUnit(t.jenis(), t.periode(), t.tanggal(), t.tanggal().format(TANGGAL), s));
        }
        baris.sort(Comparator.comparing(BarisUnit::tanggal).thenComparing(BarisUnit::jenis));
        return new HalamanUnit(new UnitRingkas(u.id(), u.kode(), u.nama()), u.organisasi(), u.levelNama(), tahun,
                baris);
    }
}
