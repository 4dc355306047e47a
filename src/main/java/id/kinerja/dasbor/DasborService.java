package id.kinerja.dasbor;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.perencanaan.PetaStrategiService;
import id.kinerja.perencanaan.PetaStrategiService.Kotak;
import id.kinerja.perencanaan.PetaStrategiService.PetaView;
import id.kinerja.perencanaan.PetaStrategiService.Pita;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.realisasi.NilaiIkuBaca;
import id.kinerja.realisasi.SkorService;
import id.kinerja.realisasi.SkorService.HasilSkor;
import id.kinerja.realisasi.SkorService.IkuSkor;
import id.kinerja.realisasi.SkorService.Keadaan;
import id.kinerja.realisasi.SkorService.SkorUnit;
import id.kinerja.realisasi.StatusSkor;
import id.kinerja.realisasi.analisis.AnalisisService;
import id.kinerja.realisasi.analisis.AnalisisService.AnalisisCetak;
import id.kinerja.realisasi.kegiatan.CapaianKegiatanService;
import id.kinerja.scoring.Band;
import id.kinerja.scoring.CkpVersion;
import id.kinerja.scoring.IndividualScores;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.RewardSanction;
import id.kinerja.scoring.RewardSanctionResult;
import id.kinerja.scoring.ScoreType;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards: read-only views over {@link SkorService} (the only place scores are computed)
 * for the unit the URL names, s.d. the chosen quarter. Every page reads a whole subtree in one
 * batch per quarter ({@link SkorService#subtree}); nothing here computes a score of its own.
 */
@Service
public class DasborService {

    static final int TAHUN_MIN = 2000;
    static final int TAHUN_MAKS = 2100;
    private static final int PANJANG_KODE_MAKS = 64;
    private static final Pattern SD = Pattern.compile("TW([1-4])");
    private static final int PERHATIAN_MAKS = 50;
    /** "budget absorbed well ahead of capaian": absorption above the proportionate share by this many points */
    static final BigDecimal SELISIH_ANGGARAN = new BigDecimal("15");
    static final BigDecimal BATAS_SANKSI = new BigDecimal("80");

    private final SkorService skor;
    private final OrganisasiQuery organisasi;
    private final AksesService akses;
    private final TahunBerjalan tahunBerjalan;
    private final AnalisisService analisis;
    private final CapaianKegiatanService kegiatan;
    private final RencanaKinerjaApi rencana;
    private final PetaStrategiService peta;
    private final NilaiIkuBaca nilai;
    private final Clock clock;
    private final DasborCache cache;
    private final TransactionTemplate bacaSaja;

    DasborService(SkorService skor, OrganisasiQuery organisasi, AksesService akses, TahunBerjalan tahunBerjalan,
            AnalisisService analisis, CapaianKegiatanService kegiatan, RencanaKinerjaApi rencana,
            PetaStrategiService peta, NilaiIkuBaca nilai, Clock clock, DasborCache cache,
            PlatformTransactionManager transaksi) {
        this.cache = cache;
        this.bacaSaja = new TransactionTemplate(transaksi);
        this.bacaSaja.setReadOnly(true);
        this.skor = skor;
        this.organisasi = organisasi;
        this.akses = akses;
        this.tahunBerjalan = tahunBerjalan;
        this.analisis = analisis;
        this.kegiatan = kegiatan;
        this.rencana = rencana;
        this.peta = peta;
        this.nilai = nilai;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------
    // the URL contract: ?unit={kode}&tahun={yyyy}&sd=TW{n}

    public record Pilihan(UnitInfo unit, int tahun, int triwulan) {

        public String sd() {
            return "TW" + triwulan;
        }
    }

    /**
     * Reads the bookmarkable parameters, bounded before anything is looked up: a unit code the
     * viewer cannot see is 403 (404 when no organisation has it); no unit = the viewer's own.
     */
    @Transactional(readOnly = true)
    public Pilihan pilih(String unitKode, Integer tahun, String sd) {
        int th = tahun == null ? tahunBerjalan.tahunBawaan() : tahun;
        if (th < TAHUN_MIN || th > TAHUN_MAKS) {
            throw new BusinessRuleException("tahun", "dasbor.tahun.tidakSah", TAHUN_MIN, TAHUN_MAKS);
        }
        int tw;
        if (sd == null || sd.isBlank()) {
            tw = triwulanBawaan(th);
        } else {
            var m = SD.matcher(sd.length() > 3 ? "" : sd.strip().toUpperCase());
            if (!m.matches()) {
                throw new BusinessRuleException("sd", "dasbor.sd.tidakSah");
            }
            tw = Integer.parseInt(m.group(1));
        }
        return new Pilihan(unit(unitKode), th, tw);
    }

    /** The last quarter that has ended in the year (TW I while the first is running; TW IV for a past year). */
    int triwulanBawaan(int tahun) {
        return tahunBerjalan.triwulanBawaan(tahun);
    }

    private UnitInfo unit(String kode) {
        AksesService.Cakupan c = akses.cakupan(Aksi.LIHAT);
        if (kode == null || kode.isBlank()) {
            return c.penugasan().stream().min(Comparator.comparingInt(p -> p.unitPath().length()))
                    .flatMap(p -> organisasi.unitDenganPath(p.unitPath()))
                    .or(() -> c.semua() ? organisasi.akar().stream().findFirst() : Optional.empty())
                    .orElseThrow(() -> new AccessDeniedException("Tanpa unit"));
        }
        if (kode.length() > PANJANG_KODE_MAKS) {
            throw new BusinessRuleException("unit", "dasbor.unit.tidakSah");
        }
        List<UnitInfo> ada = organisasi.unitDenganKode(kode.strip());
        if (ada.isEmpty()) {
            throw new NotFoundException("Unit", kode);
        }
        return ada.stream().filter(u -> c.mencakup(u.path())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Di luar jangkauan: " + kode));
    }

    // ---------------------------------------------------------------------------------------
    // the dashboard

    /** One unit's line: its score s.d. the quarter, its light, the change and its trend. */
    public record BarisUnit(Long id, String kode, String nama, String level, int kedalaman, String jenisSkor,
            BigDecimal skor, String predikat, Band band, Keadaan keadaan, StatusSkor status, BigDecimal perubahan,
            int hijau, int kuning, int merah, int tanpaData, int belumDilaporkan, int belumDivalidasi,
            int tidakValid, int targetPerluDinaikkan, List<BigDecimal> tren, String predikatKode) {

        /** The light: grey (labelled) whenever the score cannot be trusted as complete. */
        public String warna() {
            if (skor == null || keadaan == Keadaan.TIDAK_ADA_DATA || keadaan == Keadaan.BELUM_DILAPORKAN) {
                return "abu";
            }
            return band == null ? "abu" : band.name().toLowerCase();
        }

        /** Provisional scores are drawn outlined, final ones solid. */
        public boolean sementara() {
            return keadaan != Keadaan.FINAL;
        }

        public BigDecimal skorTampil() {
            return Scores.display(skor);
        }
    }

    public record IkuMerah(String unitKode, String unit, String kode, String nama, String ssKode,
            Perspective perspektif, BigDecimal capaian, List<BigDecimal> tren, String analisis, Integer analisisTw) {
    }

    /** One line of "perlu perhatian": most severe first (tingkat 1 = worst). */
    public record Perhatian(int tingkat, String jenis, String unitKode, String unit, String a0, String a1) {
    }

    public record Remah(String label, String perspektif, String ss, String iku) {
    }

    public record SsBaris(String kode, String nama, Perspective perspektif, BigDecimal nss, Band band, int jumlahIku) {
    }

    public record AnalisisTw(int triwulan, AnalisisCetak isi) {
    }

    /**
     * The drill-down below the unit: perspectives → SS → IKU → the IKU's values per period, its
     * evidence and analysis. {@code tingkat} says which list is shown.
     */
    public record Drill(String tingkat, Perspective perspektif, String ssKode, List<SkorService.PerspektifSkor> daftarPerspektif,
            List<SsBaris> daftarSs, List<IkuSkor> daftarIku, IkuSkor iku, List<NilaiIkuBaca.NilaiPeriode> nilai,
            List<AnalisisTw> analisis, List<Remah> remah) {
    }

    /**
     * @param tampilan rendered variants of this very page (language, drill-down level), kept with it
     *                 in {@link DasborCache} and filled by the web layer; they go when the page does
     */
    public record Dasbor(Pilihan pilihan, BarisUnit diri, List<BarisUnit> bawah, List<IkuMerah> ikuMerah,
            List<Perhatian> perhatian, PetaView peta, Drill drill, List<String> labelTren, List<Integer> tahunPilihan,
            HasilSkor hasil, CkpIndividu ckp, Map<String, String> tampilan) {

        /** The own unit first, then the units below (print and Excel). */
        public List<BarisUnit> semuaUnit() {
            List<BarisUnit> out = new ArrayList<>();
            out.add(diri);
            out.addAll(bawah);
            return out;
        }

        /** The page and its print list the worst red IKU first, at most {@value #IKU_MERAH_TAMPIL}; Excel has all. */
        public List<IkuMerah> ikuMerahTampil() {
            return ikuMerah.size() <= IKU_MERAH_TAMPIL ? ikuMerah : ikuMerah.subList(0, IKU_MERAH_TAMPIL);
        }

        Dasbor denganDrill(Drill d) {
            return new Dasbor(pilihan, diri, bawah, ikuMerah, perhatian, peta, d, labelTren, tahunPilihan, hasil, ckp,
                    tampilan);
        }
    }

    /** Red IKU shown on the page and its print (the whole list is in the Excel export). */
    public static final int IKU_MERAH_TAMPIL = 200;

    /** A dashboard without its drill-down, with the analyses of the unit's own IKU the drill-down shows. */
    record Inti(Dasbor dasbor, Map<Long, Map<Integer, AnalisisCetak>> analisisDiri) {
    }

    /**
     * A whole dashboard page from its URL parameters. Reach and parameters are checked first (one
     * read transaction); the page without its drill-down comes from {@link DasborCache} or is
     * assembled — the subtree's scores outside any transaction of ours (SkorService queues the
     * computation before it takes a connection), the rest in one read transaction.
     */
    public Dasbor halaman(String unitKode, Integer tahun, String sd, String perspektif, String ss, String iku) {
        periksaDrill(perspektif, ss, iku);
        Pilihan p = bacaSaja.execute(s -> pilih(unitKode, tahun, sd));
        Inti inti = inti(p);
        // only the IKU level reads (its values and evidence); the levels above filter the cached score
        Drill drill = iku == null || iku.isBlank()
                ? drill(p, inti.dasbor().hasil(), perspektif, ss, iku, inti.analisisDiri())
                : bacaSaja.execute(s -> drill(p, inti.dasbor().hasil(), perspektif, ss, iku, inti.analisisDiri()));
        return inti.dasbor().denganDrill(drill);
    }

    private Inti inti(Pilihan p) {
        return cache.ambil(new DasborCache.Kunci(p.unit().id(), p.tahun(), p.triwulan(), Waktu.hariIni(clock)), () -> {
            List<List<SkorUnit>> perTw = skor.subtreeSampai(p.unit().id(), p.tahun(), p.triwulan());
            return bacaSaja.execute(s -> rakit(p, perTw));
        });
    }

    /**
     * Of the units a dashboard links to (rows below, attention list), the codes the viewer may
     * open; null when the viewer's reach covers the unit's whole subtree (PKO, Pimpinan, admin). A
     * Perencana or Validator sees the scores below their unit but cannot open those dashboards.
     */
    public Set<String> terbuka(Dasbor d) {
        AksesService.Cakupan c = akses.cakupan(Aksi.LIHAT);
        String akar = d.pilihan().unit().path();
        if (c.semua() || c.penugasan().stream().anyMatch(t -> t.peran().mencakupSubtree() && akar.startsWith(t.unitPath()))) {
            return null;
        }
        Set<String> disebut = new java.util.HashSet<>();
        d.bawah().forEach(b -> disebut.add(b.kode()));
        d.perhatian().forEach(x -> disebut.add(x.unitKode()));
        Set<String> out = new java.util.TreeSet<>(); // sorted: part of the cached body's key
        bacaSaja.execute(s -> {
            organisasi.subtree(akar).stream().filter(u -> disebut.contains(u.kode()) && c.mencakup(u.path()))
                    .forEach(u -> out.add(u.kode()));
            return null;
        });
        return out;
    }

    /** The Matriks NCKO page from its URL parameters: the unit's own score of its dashboard. */
    public Matriks matriks(String unitKode, Integer tahun, String sd) {
        Pilihan p = bacaSaja.execute(s -> pilih(unitKode, tahun, sd));
        HasilSkor h = inti(p).dasbor().hasil();
        return matriks(p, h != null ? h : skor.sampaiDengan(p.unit().id(), p.tahun(), p.triwulan()));
    }

    /** The ranking page from its URL parameters. */
    public HalamanPeringkat peringkat(String unitKode, Integer tahun, String sd) {
        return peringkat(bacaSaja.execute(s -> pilih(unitKode, tahun, sd)));
    }

    private Inti rakit(Pilihan p, List<List<SkorUnit>> perTw) {
        Batch b = new Batch(p, perTw, tahunAnggaranId(p.unit(), p.tahun()));
        SkorUnit diriSkor = b.diri();
        BarisUnit diri = baris(diriSkor, b);
        List<BarisUnit> bawah = b.sekarang().stream().filter(s -> p.unit().id().equals(s.unit().indukId()))
                .map(s -> baris(s, b)).toList();
        Long taId = b.tahunAnggaranId();
        Map<Long, Map<Integer, AnalisisCetak>> an = taId == null ? Map.of()
                : analisis.untukBanyakUnit(b.sekarang().stream().map(s -> s.unit().id()).toList(), taId);
        List<IkuMerah> merah = new ArrayList<>();
        for (SkorUnit s : b.sekarang()) {
            if (s.skor() == null) {
                continue;
            }
            for (IkuSkor i : s.skor().indikator()) {
                if (i.band() == Band.MERAH) {
                    Map.Entry<Integer, AnalisisCetak> akhir = terakhir(an.get(i.ikuAkarId()), p.triwulan());
                    merah.add(new IkuMerah(s.unit().kode(), s.unit().nama(), i.kode(), i.nama(), i.ssKode(),
                            i.perspektif(), i.capaian(), b.trenIku(s.unit().id(), i.ikuAkarId()),
                            akhir == null ? null : ringkas(akhir.getValue()), akhir == null ? null : akhir.getKey()));
                }
            }
        }
        // worst first (stable: tree order among equals), so the capped page list shows the worst
        merah.sort(Comparator.comparing(IkuMerah::capaian, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Perhatian> perhatian = perhatian(p, b, an);
        PetaView petaNss = diriSkor.skor() == null ? null : petaBerwarna(diriSkor.skor());
        List<String> label = new ArrayList<>();
        for (int q = 1; q <= p.triwulan(); q++) {
            label.add("TW " + romawi(q));
        }
        int sekarang = tahunBerjalan.tahunBawaan();
        List<Integer> tahunPilihan = List.of(sekarang - 2, sekarang - 1, sekarang, sekarang + 1);
        Map<Long, Map<Integer, AnalisisCetak>> anDiri = new HashMap<>();
        if (diriSkor.skor() != null) {
            diriSkor.skor().indikator().forEach(i -> {
                if (an.containsKey(i.ikuAkarId())) {
                    anDiri.put(i.ikuAkarId(), an.get(i.ikuAkarId()));
                }
            });
        }
        Dasbor d = new Dasbor(p, diri, bawah, List.copyOf(merah), perhatian, petaNss, null, label, tahunPilihan,
                diriSkor.skor(), ckpIndividu(b), new ConcurrentHashMap<>());
        return new Inti(d, Map.copyOf(anDiri));
    }

    /** One PK version of an individual position: the quarters it was in force and its CKP. */
    public record VersiCkp(int versiPk, int dariTw, int sampaiTw, BigDecimal ckp) {
    }

    public record CkpIndividu(BigDecimal ckpTahunan, List<VersiCkp> versi) {
    }

    /**
     * CKP tahunan of an individual position (scoring.md §10): Σ CKPᵢ × nᵢ / 4 over the PK versions
     * in force, CKPᵢ = the CKP s.d. the last quarter version i was in force. Only for the year.
     */
    private CkpIndividu ckpIndividu(Batch b) {
        if (b.p().triwulan() != 4) {
            return null;
        }
        List<HasilSkor> perTw = new ArrayList<>();
        for (List<SkorUnit> tw : b.perTw()) {
            HasilSkor h = tw.stream().filter(s -> s.unit().id().equals(b.p().unit().id())).findFirst()
                    .map(SkorUnit::skor).orElse(null);
            if (h == null || h.scoreType() != ScoreType.CKP || h.score() == null) {
                return null;
            }
            perTw.add(h);
        }
        List<VersiCkp> versi = new ArrayList<>();
        int dari = 1;
        for (int q = 1; q <= 4; q++) {
            if (q == 4 || !perTw.get(q).pkId().equals(perTw.get(q - 1).pkId())) {
                HasilSkor akhir = perTw.get(q - 1);
                versi.add(new VersiCkp(akhir.versiPk(), dari, q, akhir.score()));
                dari = q + 1;
            }
        }
        BigDecimal tahunan = IndividualScores.ckpTahunan(versi.stream()
                .map(v -> new CkpVersion(v.ckp(), v.sampaiTw() - v.dariTw() + 1)).toList());
        return new CkpIndividu(tahunan, versi);
    }

    public static String romawi(int q) {
        return switch (q) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }

    /** The subtree scored for every quarter up to the chosen one (one preloaded read for all of them). */
    record Batch(Pilihan p, List<List<SkorUnit>> perTw, Long tahunAnggaranId, List<Map<Long, SkorUnit>> indeks) {

        Batch(Pilihan p, List<List<SkorUnit>> perTw, Long tahunAnggaranId) {
            this(p, perTw, tahunAnggaranId, perTw.stream().map(Batch::indeks).toList());
        }

        /** unit id → its score per quarter: the trend look-ups stay O(1) on a whole ministry */
        private static Map<Long, SkorUnit> indeks(List<SkorUnit> tw) {
            Map<Long, SkorUnit> m = new HashMap<>(tw.size() * 2);
            for (SkorUnit s : tw) {
                m.putIfAbsent(s.unit().id(), s);
            }
            return m;
        }

        List<SkorUnit> sekarang() {
            return perTw.get(perTw.size() - 1);
        }

        SkorUnit diri() {
            return Optional.ofNullable(indeks.get(indeks.size() - 1).get(p.unit().id()))
                    .orElseThrow(() -> new NotFoundException("Unit", p.unit().kode()));
        }

        List<BigDecimal> trenUnit(Long unitId) {
            List<BigDecimal> out = new ArrayList<>();
            for (Map<Long, SkorUnit> tw : indeks) {
                SkorUnit s = tw.get(unitId);
                out.add(s == null || s.score() == null ? null : Scores.display(s.score()));
            }
            return out;
        }

        List<BigDecimal> trenIku(Long unitId, Long akarId) {
            List<BigDecimal> out = new ArrayList<>();
            for (Map<Long, SkorUnit> tw : indeks) {
                SkorUnit s = tw.get(unitId);
                out.add(s == null || s.skor() == null ? null : s.skor().indikator().stream()
                        .filter(i -> akarId.equals(i.ikuAkarId())).findFirst().map(IkuSkor::capaian)
                        .map(Scores::display).orElse(null));
            }
            return out;
        }
    }

    private Batch batch(Pilihan p, Long unitId) {
        return new Batch(p, skor.subtreeSampai(unitId, p.tahun(), p.triwulan()), tahunAnggaranId(p.unit(), p.tahun()));
    }

    private Long tahunAnggaranId(UnitInfo unit, int tahun) {
        return organisasi.periode(unit.organisasiId(), tahun).stream().findFirst()
                .map(OrganisasiQuery.PeriodeInfo::tahunAnggaranId).orElse(null);
    }

    private BarisUnit baris(SkorUnit s, Batch b) {
        HasilSkor h = s.skor();
        List<BigDecimal> tren = b.trenUnit(s.unit().id());
        BigDecimal sekarang = h == null ? null : Scores.display(h.score());
        BigDecimal sebelum = tren.size() < 2 ? null : tren.get(tren.size() - 2);
        BigDecimal perubahan = sekarang == null || sebelum == null ? null : sekarang.subtract(sebelum);
        int naikkan = h == null ? 0 : (int) h.indikator().stream().filter(IkuSkor::targetPerluDinaikkan).count();
        return new BarisUnit(s.unit().id(), s.unit().kode(), s.unit().nama(), s.unit().levelNama(),
                s.unit().kedalaman(), h == null || h.scoreType() == null ? null : h.scoreType().name(),
                h == null ? null : h.score(), h == null ? null : h.predikat(), h == null ? null : h.band(),
                s.keadaan(), h == null ? null : h.status(), perubahan, s.hijau(), s.kuning(), s.merah(),
                s.tanpaData(), s.belumDilaporkan(), s.belumDivalidasi(), s.tidakValid(), naikkan, tren,
                h == null ? null : h.predikatKode());
    }

    private static Map.Entry<Integer, AnalisisCetak> terakhir(Map<Integer, AnalisisCetak> perTw, int sampai) {
        if (perTw == null) {
            return null;
        }
        return perTw.entrySet().stream().filter(e -> e.getKey() <= sampai).max(Map.Entry.comparingByKey())
                .orElse(null);
    }

    private static String ringkas(AnalisisCetak a) {
        var isi = a.analisis().isi();
        for (String s : new String[] {isi.akarMasalah(), isi.isuNegatif(), isi.narasi(), isi.kendala(),
                isi.isuPositif()}) {
            if (s != null && !s.isBlank()) {
                return s.length() > 240 ? s.substring(0, 237) + "…" : s;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------
    // perlu perhatian: rule-based, most severe first

    private List<Perhatian> perhatian(Pilihan p, Batch b, Map<Long, Map<Integer, AnalisisCetak>> an) {
        List<Perhatian> out = new ArrayList<>();
        List<SkorUnit> semua = b.sekarang();
        Map<Long, BigDecimal> serapan = b.tahunAnggaranId() == null ? Map.of()
                : kegiatan.realisasiAnggaranSd(semua.stream().map(s -> s.unit().id()).toList(), b.tahunAnggaranId(),
                        p.triwulan());
        Map<Long, BigDecimal> pagu = rencana.pagu(semua.stream().filter(s -> s.skor() != null)
                .map(s -> s.skor().pkId()).distinct().toList());
        for (SkorUnit s : semua) {
            String u = s.unit().nama();
            String k = s.unit().kode();
            if (s.skor() == null) {
                continue;
            }
            if (s.keadaan() == Keadaan.BELUM_DILAPORKAN) {
                out.add(new Perhatian(1, "belumDilaporkan", k, u, String.valueOf(s.belumDilaporkan()), null));
            }
            if (s.tidakValid() > 0) {
                out.add(new Perhatian(2, "tidakValid", k, u, String.valueOf(s.tidakValid()), null));
            }
            for (IkuSkor i : s.skor().indikator()) {
                Map<Integer, AnalisisCetak> a = an.get(i.ikuAkarId());
                if (i.band() == Band.MERAH && (a == null || !a.containsKey(p.triwulan()))) {
                    out.add(new Perhatian(3, "merahTanpaAnalisis", k, u, i.kode(), null));
                }
                if (a != null) {
                    AnalisisCetak sekarang = a.get(p.triwulan());
                    if (sekarang != null) {
                        sekarang.tindakLanjut().stream()
                                .filter(t -> t.lewatTarget() && t.status().name().equals("TERBUKA"))
                                .forEach(t -> out.add(new Perhatian(4, "tindakLanjutLewat", k, u,
                                        i.kode(), t.rekomendasi())));
                    }
                }
            }
            BigDecimal pg = pagu.get(s.skor().pkId());
            BigDecimal sr = serapan.get(s.unit().id());
            BigDecimal persen = persenSerapan(sr, pg);
            if (persen != null && s.score() != null) {
                BigDecimal wajar = s.score().min(Scores.HUNDRED).multiply(BigDecimal.valueOf(p.triwulan()))
                        .divide(BigDecimal.valueOf(4));
                if (persen.subtract(wajar).compareTo(SELISIH_ANGGARAN) > 0) {
                    out.add(new Perhatian(5, "anggaranMendahului", k, u,
                            AngkaIndonesia.tulis(Scores.display(persen), 2),
                            AngkaIndonesia.tulis(Scores.display(wajar), 2)));
                }
            }
            if (s.keadaan() == Keadaan.BELUM_DIVALIDASI && s.belumDivalidasi() > 0) {
                out.add(new Perhatian(6, "belumDivalidasi", k, u, String.valueOf(s.belumDivalidasi()), null));
            }
        }
        out.sort(Comparator.comparingInt(Perhatian::tingkat));
        return out.size() > PERHATIAN_MAKS ? List.copyOf(out.subList(0, PERHATIAN_MAKS)) : out;
    }

    static BigDecimal persenSerapan(BigDecimal realisasi, BigDecimal pagu) {
        if (realisasi == null || pagu == null || pagu.signum() <= 0) {
            return null;
        }
        return Scores.percent(realisasi, pagu);
    }

    // ---------------------------------------------------------------------------------------
    // the strategy map coloured by NSS

    static String warnaBand(Band b) {
        if (b == null) {
            return "#6c757d";
        }
        return switch (b) {
            case HIJAU -> "#198754";
            case KUNING -> "#b58100";
            case MERAH -> "#dc3545";
        };
    }

    private PetaView petaBerwarna(HasilSkor h) {
        PetaView v = peta.peta(h.pkId());
        Map<String, Band> nss = new HashMap<>();
        h.sasaran().forEach(s -> nss.put(s.kode(), s.band()));
        List<Pita> pita = v.pita().stream().map(pt -> new Pita(pt.perspektif(), pt.x(), pt.y(), pt.lebar(),
                pt.tinggi(), pt.lebarLabel(), pt.labelX(), pt.labelY(), pt.warna(), pt.warnaLatar(),
                pt.kotak().stream().map(k -> new Kotak(k.ssId(), k.kode(), k.nama(), k.perspektif(), k.posisi(), k.x(),
                        k.y(), k.lebar(), k.tinggi(), k.tengahX(), k.kodeY(), k.baris(), warnaBand(nss.get(k.kode()))))
                        .toList())).toList();
        return new PetaView(v.pkId(), v.unitId(), v.unit(), v.unitKode(), v.pemilikPeta(), v.tahun(), v.nomorVersi(),
                v.jenis(), v.status(), false, v.lebar(), v.tinggi(), pita, v.panah(), v.sasaran(), v.version());
    }

    // ---------------------------------------------------------------------------------------
    // drill-down

    private static final int PARAM_MAKS = 64;

    /** Bounded before anything is looked up. */
    private static void periksaDrill(String... param) {
        for (String x : param) {
            if (x != null && x.length() > PARAM_MAKS) {
                throw new BusinessRuleException("iku", "dasbor.drill.tidakSah");
            }
        }
    }

    private Drill drill(Pilihan p, HasilSkor h, String perspektifParam, String ssParam, String ikuParam,
            Map<Long, Map<Integer, AnalisisCetak>> an) {
        String perspektif = kosongJadiNull(perspektifParam);
        String ss = kosongJadiNull(ssParam);
        String iku = kosongJadiNull(ikuParam);
        periksaDrill(perspektif, ss, iku);
        List<Remah> remah = new ArrayList<>();
        remah.add(new Remah(p.unit().nama(), null, null, null));
        if (h == null) {
            return new Drill("UNIT", null, null, List.of(), List.of(), List.of(), null, List.of(), List.of(), remah);
        }
        IkuSkor dipilih = iku == null ? null : h.indikator().stream().filter(i -> i.kode().equals(iku)).findFirst()
                .orElseThrow(() -> new NotFoundException("IKU", iku));
        String ssKode = dipilih != null ? dipilih.ssKode() : ss;
        Perspective per = dipilih != null ? dipilih.perspektif() : null;
        if (per == null && ssKode != null) {
            per = h.indikator().stream().filter(i -> i.ssKode().equals(ssKode)).map(IkuSkor::perspektif).findFirst()
                    .orElseThrow(() -> new NotFoundException("Sasaran strategis", ssKode));
        }
        if (per == null && perspektif != null) {
            per = Arrays.stream(Perspective.values()).filter(x -> x.name().equals(perspektif)).findFirst()
                    .orElseThrow(() -> new BusinessRuleException("perspektif", "dasbor.drill.tidakSah"));
        }
        if (per != null) {
            remah.add(new Remah(per.name(), per.name(), null, null));
        }
        if (ssKode != null) {
            remah.add(new Remah(ssKode, per.name(), ssKode, null));
        }
        if (dipilih != null) {
            remah.add(new Remah(dipilih.kode(), per.name(), ssKode, dipilih.kode()));
            List<NilaiIkuBaca.NilaiPeriode> n = dipilih.turunan() != null ? List.of()
                    : nilai.nilai(p.unit().id(), dipilih.ikuAkarId());
            List<AnalisisTw> a = an.getOrDefault(dipilih.ikuAkarId(), Map.of()).entrySet().stream()
                    .filter(e -> e.getKey() <= p.triwulan()).sorted(Map.Entry.comparingByKey())
                    .map(e -> new AnalisisTw(e.getKey(), e.getValue())).toList();
            return new Drill("IKU", per, ssKode, List.of(), List.of(), List.of(), dipilih, n, a, remah);
        }
        if (ssKode != null) {
            List<IkuSkor> daftar = h.indikator().stream().filter(i -> i.ssKode().equals(ssKode)).toList();
            return new Drill("SS", per, ssKode, List.of(), List.of(), daftar, null, List.of(), List.of(), remah);
        }
        if (per != null) {
            Perspective pp = per;
            Map<String, SkorService.SsSkor> nss = new HashMap<>();
            h.sasaran().forEach(s -> nss.put(s.kode(), s));
            List<SsBaris> daftar = new ArrayList<>();
            h.indikator().stream().filter(i -> i.perspektif() == pp).map(IkuSkor::ssKode).distinct().forEach(k -> {
                SkorService.SsSkor s = nss.get(k);
                IkuSkor pertama = h.indikator().stream().filter(i -> i.ssKode().equals(k)).findFirst().orElseThrow();
                daftar.add(new SsBaris(k, pertama.ssNama(), pp, s == null ? null : s.nss(), s == null ? null : s.band(),
                        (int) h.indikator().stream().filter(i -> i.ssKode().equals(k)).count()));
            });
            return new Drill("PERSPEKTIF", per, null, List.of(), daftar, List.of(), null, List.of(), List.of(), remah);
        }
        // only the perspectives this unit has IKU in (the rulebook's others are n/a)
        Set<Perspective> ada = h.indikator().stream().map(IkuSkor::perspektif)
                .collect(Collectors.toSet());
        return new Drill("UNIT", null, null, h.perspektif().stream().filter(x -> ada.contains(x.perspektif())).toList(),
                List.of(), List.of(), null, List.of(), List.of(), remah);
    }

    /** Breadcrumb links render the levels above as empty parameters. */
    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    // ---------------------------------------------------------------------------------------
    // rankings and flags (Kemenlu BAB V.5, V.C; scoring.md §12)

    /** A ranked unit with its flags and the reward/sanction weight with its inputs. */
    public record Peringkat(int urutan, BarisUnit unit, boolean sanksi, boolean berisikoSanksi,
            BigDecimal realisasiAnggaran, BigDecimal pagu, BigDecimal persenAnggaran, RewardSanctionResult bobot) {
    }

    public record Tingkat(String level, int kedalaman, List<Peringkat> unit) {
    }

    /**
     * @param tandaTerlihat flags and weights are for those who see the whole organisation (central
     *                      PKO, leadership at the root); the order itself is shown to all staff
     */
    public record HalamanPeringkat(Pilihan pilihan, String organisasi, List<Tingkat> tingkat, boolean tandaTerlihat) {
    }

    /**
     * Units of the same level of the viewer's organisation ranked highest → lowest s.d. the
     * quarter (units without a score last, labelled). Kemenlu announces the ranking to all staff,
     * so any member of the organisation sees it; the flags only with reach over the root.
     */
    private HalamanPeringkat peringkat(Pilihan p) {
        List<SkorUnit> semua = skor.seOrganisasi(p.unit().id(), p.tahun(), p.triwulan());
        if (semua.isEmpty()) {
            throw new NotFoundException("Unit", p.unit().kode());
        }
        UnitInfo akar = semua.get(0).unit();
        boolean tanda = akses.boleh(Aksi.LIHAT, akar.id());
        Long taId = tahunAnggaranId(akar, p.tahun());
        Batch b = new Batch(p, List.of(semua), taId);
        Map<Long, BigDecimal> serapan = !tanda || taId == null ? Map.of()
                : kegiatan.realisasiAnggaranSd(semua.stream().map(s -> s.unit().id()).toList(), taId, p.triwulan());
        Map<Long, BigDecimal> pagu = !tanda ? Map.of() : rencana.pagu(semua.stream().filter(s -> s.skor() != null)
                .map(s -> s.skor().pkId()).distinct().toList());
        Map<Integer, List<SkorUnit>> perLevel = new TreeMap<>();
        semua.stream().filter(s -> s.unit().indukId() != null && s.skor() != null && s.unit().pemilikPeta())
                .forEach(s -> perLevel.computeIfAbsent(s.unit().kedalaman(), k -> new ArrayList<>()).add(s));
        List<Tingkat> out = new ArrayList<>();
        perLevel.forEach((kedalaman, daftar) -> {
            List<SkorUnit> urut = new ArrayList<>(daftar);
            urut.sort(Comparator.comparing((SkorUnit s) -> s.score() == null ? null : Scores.display(s.score()),
                    Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(s -> s.unit().kode()));
            List<Peringkat> baris = new ArrayList<>();
            int i = 0;
            for (SkorUnit s : urut) {
                i++;
                BarisUnit bu = baris(s, b);
                BigDecimal nilaiSkor = s.score() == null ? null : Scores.display(s.score());
                boolean bawah80 = nilaiSkor != null && nilaiSkor.compareTo(BATAS_SANKSI) < 0;
                BigDecimal pg = tanda ? pagu.get(s.skor().pkId()) : null;
                BigDecimal sr = tanda ? serapan.getOrDefault(s.unit().id(), BigDecimal.ZERO) : null;
                BigDecimal persen = persenSerapan(sr, pg);
                RewardSanctionResult bobot = null;
                if (tanda && nilaiSkor != null && persen != null) {
                    bobot = RewardSanction.weight(nilaiSkor.max(BigDecimal.ZERO).min(Scores.HUNDRED),
                            persen.max(BigDecimal.ZERO).min(Scores.HUNDRED));
                }
                baris.add(new Peringkat(nilaiSkor == null ? 0 : i, bu, tanda && bawah80 && p.triwulan() == 4,
                        tanda && bawah80 && p.triwulan() < 4, sr, pg, persen, bobot));
            }
            out.add(new Tingkat(daftar.get(0).unit().levelNama(), kedalaman, baris));
        });
        return new HalamanPeringkat(p, akar.organisasi(), out, tanda);
    }

    // ---------------------------------------------------------------------------------------
    // Matriks Nilai Capaian Kinerja Organisasi

    public record KelompokSs(SsBaris ss, List<IkuSkor> iku, BigDecimal np) {
    }

    public record Matriks(Pilihan pilihan, HasilSkor hasil, List<KelompokSs> sasaran) {
    }

    private static Matriks matriks(Pilihan p, HasilSkor h) {
        Map<String, SkorService.SsSkor> nss = new HashMap<>();
        h.sasaran().forEach(s -> nss.put(s.kode(), s));
        Map<Perspective, BigDecimal> np = new HashMap<>();
        h.perspektif().forEach(x -> np.put(x.perspektif(), x.np()));
        List<KelompokSs> ss = new ArrayList<>();
        h.indikator().stream().map(IkuSkor::ssKode).distinct().forEach(k -> {
            List<IkuSkor> iku = h.indikator().stream().filter(i -> i.ssKode().equals(k)).toList();
            IkuSkor pertama = iku.get(0);
            SkorService.SsSkor s = nss.get(k);
            ss.add(new KelompokSs(new SsBaris(k, pertama.ssNama(), pertama.perspektif(), s == null ? null : s.nss(),
                    s == null ? null : s.band(), iku.size()), iku, np.get(pertama.perspektif())));
        });
        return new Matriks(p, h, ss);
    }
}
