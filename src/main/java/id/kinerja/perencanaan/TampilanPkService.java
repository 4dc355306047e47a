package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.TahunAnggaran;
import id.kinerja.organisasi.TahunAnggaranRepository;
import id.kinerja.organisasi.Unit;
import id.kinerja.organisasi.UnitNotFoundException;
import id.kinerja.organisasi.UnitRepository;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Rulebook;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The planning queries: the PK page, the planning start page and what waits for the user, as view
 * records (never entities). Lists are filtered by the database ({@link KueriPk}).
 */
@Service
public class TampilanPkService {

    private static final ZoneId WIB = Waktu.WIB;

    private final PemuatPk pemuat;
    private final PemeriksaPk pemeriksa;
    private final KueriPk kueri;
    private final PerjanjianKinerjaRepository pks;
    private final SasaranStrategisRepository sasaran;
    private final IkuRepository ikus;
    private final TargetPeriodeRepository targets;
    private final UnitRepository units;
    private final TahunAnggaranRepository tahun;
    private final AksesService akses;
    private final PemisahanTugas pemisahan;
    private final MessageSource messages;
    private final Clock clock;

    TampilanPkService(PemuatPk pemuat, PemeriksaPk pemeriksa, KueriPk kueri, PerjanjianKinerjaRepository pks,
            SasaranStrategisRepository sasaran, IkuRepository ikus, TargetPeriodeRepository targets,
            UnitRepository units, TahunAnggaranRepository tahun, AksesService akses, PemisahanTugas pemisahan,
            MessageSource messages, Clock clock) {
        this.pemuat = pemuat;
        this.pemeriksa = pemeriksa;
        this.kueri = kueri;
        this.pks = pks;
        this.sasaran = sasaran;
        this.ikus = ikus;
        this.targets = targets;
        this.units = units;
        this.tahun = tahun;
        this.akses = akses;
        this.pemisahan = pemisahan;
        this.messages = messages;
        this.clock = clock;
    }

    private boolean bolehBaca(Unit unit) {
        return pemuat.bolehBaca(unit);
    }

    private boolean bolehSetujui(Unit unit) {
        return pemuat.bolehSetujui(unit);
    }

    private Rulebook rulebook(PerjanjianKinerja pk) {
        return pemuat.rulebook(pk);
    }

    /** The PK page: the latest version of a unit's PK for a year, or null if none was opened. */
    @Transactional(readOnly = true)
    public PerencanaanService.PkView pk(Long unitId, int th) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        if (!bolehBaca(unit)) {
            throw new AccessDeniedException("Di luar jangkauan");
        }
        TahunAnggaran ta = pemuat.tahunAnggaran(unit, th);
        return pks.findFirstByUnitIdAndTahunAnggaranIdOrderByNomorVersiDesc(unitId, ta.getId()).map(this::view)
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public PerencanaanService.PkView pkById(Long pkId) {
        PerjanjianKinerja pk = pemuat.muat(pkId);
        if (!bolehBaca(pk.getUnit())) {
            throw new AccessDeniedException("Di luar jangkauan");
        }
        return view(pk);
    }

    /** The planning start page: units in the user's drafting reach and what awaits them. */
    @Transactional(readOnly = true)
    public PerencanaanService.Beranda beranda(int th) {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.SUSUN);
        List<Unit> terjangkau = cakupan.semua() ? units.findSubtree("/")
                : cakupan.penugasan().stream()
                        .flatMap(p -> units.findJangkauan(p.unitPath(), p.peran().mencakupSubtree()).stream())
                        .distinct().toList();
        // one query for the year's PKs of all organisations in reach, not two per unit
        List<Long> tahunIds = terjangkau.stream().map(u -> u.getOrganisasi().getId()).distinct()
                .map(org -> tahun.findByOrganisasiIdAndTahun(org, th)).flatMap(Optional::stream)
                .map(TahunAnggaran::getId).toList();
        Map<Long, PerjanjianKinerja> terbaru = tahunIds.isEmpty() ? Map.of()
                : pks.findByTahunAnggaranIdInAndUnitIdIn(tahunIds, terjangkau.stream().map(Unit::getId).toList())
                        .stream().collect(Collectors.toMap(
                        p -> p.getUnit().getId(), p -> p,
                        (a, b) -> a.getNomorVersi() >= b.getNomorVersi() ? a : b));
        Map<String, Rulebook> rulebookMemo = new HashMap<>();
        List<PerencanaanService.UnitPk> daftar = terjangkau.stream().filter(Unit::isAktif)
                .sorted(Comparator.comparing(Unit::getPath))
                .map(u -> new PerencanaanService.UnitPk(u.getId(), u.getNama(), u.getLevel().getNama(),
                        terbaru.containsKey(u.getId()) ? ringkas(terbaru.get(u.getId()), rulebookMemo) : null))
                .toList();
        return new PerencanaanService.Beranda(th, daftar, kotakMasuk(rulebookMemo));
    }

    /** What awaits the current user: PKs to approve, and their own units' PKs still to finish. */
    @Transactional(readOnly = true)
    public PerencanaanService.KotakMasuk kotakMasuk() {
        return kotakMasuk(new HashMap<>());
    }

    private PerencanaanService.KotakMasuk kotakMasuk(Map<String, Rulebook> rulebookMemo) {
        // the database filters by unit path (one query per list), then only those PKs are loaded
        return new PerencanaanService.KotakMasuk(muatUrut(kueri.idUntukDiputuskan(), rulebookMemo),
                muatUrut(kueri.idMilikSaya(), rulebookMemo));
    }

    private List<PerencanaanService.PkRingkas> muatUrut(List<Long> ids, Map<String, Rulebook> rulebookMemo) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, PerjanjianKinerja> byId = pks.findByIdIn(ids).stream()
                .collect(Collectors.toMap(PerjanjianKinerja::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).map(p -> ringkas(p, rulebookMemo))
                .toList();
    }

    /** A list row; the memo keeps one rulebook look-up per organisation, year and quarter. */
    private PerencanaanService.PkRingkas ringkas(PerjanjianKinerja p, Map<String, Rulebook> rulebookMemo) {
        Rulebook rb = rulebookMemo.computeIfAbsent(p.getUnit().getOrganisasi().getRulebookKey() + "/"
                + p.getTahunAnggaran().getTahun() + "/" + p.getBerlakuMulaiTriwulan(), k -> rulebook(p));
        LocalDate batas = rb.pkDeadline(p.getUnit().getLevel().getKode(), p.getTahunAnggaran().getTahun());
        return new PerencanaanService.PkRingkas(p.getId(), p.getUnit().getId(), p.getUnit().getNama(), p.getTahunAnggaran().getTahun(),
                p.getNomorVersi(), p.getStatus(), batas, terlambat(p, batas));
    }

    private boolean terlambat(PerjanjianKinerja p, LocalDate batas) {
        // a superseded version was approved once: it is history, never late
        return p.getStatus() != StatusPk.DITETAPKAN && p.getStatus() != StatusPk.DIGANTIKAN
                && Waktu.hariIni(clock).isAfter(batas);
    }

    PerencanaanService.PkView view(PerjanjianKinerja pk) {
        List<SasaranStrategis> ss = sasaran.findByPkId(pk.getId()).stream()
                .sorted(Comparator.comparing(SasaranStrategis::getKode, Comparator.comparingInt(
                        (String k) -> k.length()).thenComparing(Comparator.naturalOrder())))
                .toList();
        List<Iku> semua = ikus.findByPkId(pk.getId());
        Map<Long, List<TargetPeriode>> traj = targets.findByPkId(pk.getId()).stream()
                .collect(Collectors.groupingBy(t -> t.getIku().getId()));
        List<PerencanaanService.SsView> ssViews = ss.stream().map(s -> new PerencanaanService.SsView(s.getId(), s.getKode(), s.getNama(), s.getDeskripsi(),
                s.getPerspektif(), s.getPosisi(), semua.stream().filter(i -> i.getSs().getId().equals(s.getId()))
                        .sorted(Comparator.comparing(Iku::getKode)).map(i -> {
                            List<BigDecimal> nilai = PerencanaanService.trajektori(i, traj.getOrDefault(i.getId(), List.of()));
                            return new PerencanaanService.IkuView(i.getId(), s.getId(), i.getKode(), i.getNama(), i.getSatuan(),
                                    i.getTarget(), i.getTargetBawah(), i.getTargetAtas(), i.parameters(), nilai,
                                    Trajektori.tahunan(i.getKonsolidasiPeriode(), nilai),
                                    i.getPeriodePelaporan() == JenisPeriode.TAHUN
                                            || Trajektori.cocok(i.getKonsolidasiPeriode(), i.getTarget(), nilai),
                                    pk.getJenis() == JenisPk.AWAL ? 0
                                            : (pk.getBerlakuMulaiTriwulan() - 1) * 3
                                                    / i.getPeriodePelaporan().bulanPerPeriode());
                        }).toList()))
                .toList();
        Rulebook rb = rulebook(pk);
        List<Perspective> perspektif = rb.perspectiveWeightSets().isEmpty() ? List.of(Perspective.values())
                : rb.perspectiveWeightSets().stream().flatMap(s -> s.weights().keySet().stream()).distinct().sorted()
                        .toList();
        LocalDate batas = pemuat.batasWaktu(pk);
        boolean susun = akses.boleh(Aksi.SUSUN, pk.getUnit().getId());
        List<PerencanaanService.VersiRingkas> versi = pks.findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(pk.getUnit().getId(),
                        pk.getTahunAnggaran().getId()).stream()
                .map(v -> new PerencanaanService.VersiRingkas(v.getId(), v.getNomorVersi(), v.getJenis(), v.getStatus(),
                        v.getBerlakuMulaiTriwulan()))
                .toList();
        return new PerencanaanService.PkView(pk.getId(), pk.getUnit().getId(), pk.getUnit().getNama(), pk.getUnit().getKode(),
                pk.getUnit().getOrganisasi().getNama(), pk.getUnit().getOrganisasi().getKota(),
                pk.getUnit().isPemilikPeta(), pk.getTahunAnggaran().getTahun(), pk.getNomorVersi(), pk.getJenis(),
                pk.getStatus(), pk.getVersion(), pk.getPihakPertamaNama(), pk.getPihakPertamaJabatan(),
                pk.getPihakPertamaNip(), pk.getPihakKeduaNama(), pk.getPihakKeduaJabatan(), pk.getPihakKeduaNip(),
                pk.isPihakKeduaPlt(), pk.getCatatan(), namaPelaku(pk, LangkahPk.TETAPKAN, pk.getDitetapkanOleh()),
                pk.getDitetapkanPada() == null ? null : pk.getDitetapkanPada().atZone(WIB).toLocalDate(), batas,
                terlambat(pk, batas), susun && pk.getStatus().dapatDiubah(),
                bolehSetujui(pk.getUnit()) && pk.getStatus() == StatusPk.DIAJUKAN
                        && !pemisahan.ikutMenyusun(PerencanaanService.DOKUMEN_PK, pk.getId()), perspektif, ssViews,
                pk.getStatus().dapatDiubah() ? pemeriksa.masalah(pk, semua).stream()
                        .map(m -> new PerencanaanService.MasalahView(m.kode(), messages.getMessage(m.pesanKode(), m.args(), m.pesanKode(),
                                LocaleContextHolder.getLocale())))
                        .toList() : List.of(),
                pk.getBerlakuMulaiTriwulan(), pk.getAlasanPerubahan(), versi,
                susun && pk.getStatus() == StatusPk.DITETAPKAN
                        && versi.get(versi.size() - 1).id().equals(pk.getId()),
                pemuat.batasRevisi(pk),
                pemuat.ssLeluhur(pk).stream().map(SasaranStrategis::getNama).distinct().toList(),
                pk.getStatus() == StatusPk.DIAJUKAN ? namaPelaku(pk, LangkahPk.AJUKAN, pk.getDiajukanOleh()) : null,
                pk.getStatus() == StatusPk.DIAJUKAN && pk.getDiajukanPada() != null
                        ? pk.getDiajukanPada().atZone(WIB).toLocalDateTime() : null,
                pk.getRiwayat().stream().map(r -> new PerencanaanService.RiwayatView(r.getLangkah(), r.getOlehNama(),
                        r.getPada().atZone(WIB).toLocalDateTime(), r.getCatatan())).toList(),
                susun && pk.getStatus() == StatusPk.DIAJUKAN);
    }

    /** Who took a step, by name (from the history); the account name for rows older than the history. */
    private static String namaPelaku(PerjanjianKinerja pk, LangkahPk langkah, String username) {
        RiwayatPk r = pk.getLangkahTerakhir(langkah);
        return r != null ? r.getOlehNama() : username;
    }
}
