package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.TahunAnggaran;
import id.kinerja.organisasi.TahunAnggaranRepository;
import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.organisasi.Unit;
import id.kinerja.organisasi.UnitNotFoundException;
import id.kinerja.organisasi.UnitRepository;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.web.BusinessRuleException;
import id.kinerja.platform.web.NotFoundException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.FieldViolation;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.TargetRange;
import id.kinerja.scoring.Validity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Perjanjian Kinerja with its Sasaran Strategis, IKU (Manual IKU) and Rencana Aksi trajectory:
 * drafted by the unit's planners, submitted, and approved (ditetapkan) or returned by the superior
 * unit's head or a PKO. An approved PK is read-only. Every rule is checked against the rulebook of
 * the unit's organisation through the one scoring engine.
 */
@Service
public class PerencanaanService {

    private static final ZoneId WIB = Waktu.WIB;
    /** The document kind under which segregation of duties tracks PK versions. */
    static final String DOKUMEN_PK = "PK";

    private final PerjanjianKinerjaRepository pks;
    private final SasaranStrategisRepository sasaran;
    private final IkuRepository ikus;
    private final TargetPeriodeRepository targets;
    private final KegiatanRenaksiRepository kegiatan;
    private final PkAnggaranRepository anggaran;
    private final PetaPanahRepository panah;
    private final UnitRepository units;
    private final TahunAnggaranRepository tahun;
    private final AksesService akses;
    private final AuditService audit;
    private final RulebookService rulebooks;
    private final JdbcTemplate jdbc;
    private final org.springframework.context.MessageSource messages;
    private final Clock clock;
    private final TahunBerjalan tahunBerjalan;
    private final ScoringEngine engine = new ScoringEngine();
    @PersistenceContext
    private EntityManager em;
    private final id.kinerja.akses.PemisahanTugas pemisahan;
    private final id.kinerja.platform.database.TokenFormulirService tokenFormulir;
    private final org.springframework.context.ApplicationEventPublisher peristiwa;
    private final ObjectProvider<KeterkaitanIku> keterkaitan;
    private final ObjectProvider<PenandatanganService> penandatangan;

    PerencanaanService(PerjanjianKinerjaRepository pks, SasaranStrategisRepository sasaran, IkuRepository ikus,
            TargetPeriodeRepository targets, KegiatanRenaksiRepository kegiatan, PkAnggaranRepository anggaran,
            PetaPanahRepository panah, UnitRepository units, TahunAnggaranRepository tahun, AksesService akses,
            AuditService audit, RulebookService rulebooks, JdbcTemplate jdbc,
            org.springframework.context.MessageSource messages, Clock clock, TahunBerjalan tahunBerjalan,
            id.kinerja.akses.PemisahanTugas pemisahan,
            id.kinerja.platform.database.TokenFormulirService tokenFormulir,
            org.springframework.context.ApplicationEventPublisher peristiwa,
            ObjectProvider<KeterkaitanIku> keterkaitan, ObjectProvider<PenandatanganService> penandatangan) {
        this.pemisahan = pemisahan;
        this.tokenFormulir = tokenFormulir;
        this.penandatangan = penandatangan;
        this.peristiwa = peristiwa;
        this.keterkaitan = keterkaitan;
        this.pks = pks;
        this.sasaran = sasaran;
        this.ikus = ikus;
        this.targets = targets;
        this.kegiatan = kegiatan;
        this.anggaran = anggaran;
        this.panah = panah;
        this.units = units;
        this.tahun = tahun;
        this.akses = akses;
        this.audit = audit;
        this.rulebooks = rulebooks;
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
        this.tahunBerjalan = tahunBerjalan;
    }

    // ---------------------------------------------------------------------------------------
    // read

    /** The PK page: the latest version of a unit's PK for a year, or null if none was opened. */
    @Transactional(readOnly = true)
    public PkView pk(Long unitId, int th) {
        Unit unit = units.findById(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        if (!bolehBaca(unit)) {
            throw new AccessDeniedException("Di luar jangkauan");
        }
        TahunAnggaran ta = tahunAnggaran(unit, th);
        return pks.findFirstByUnitIdAndTahunAnggaranIdOrderByNomorVersiDesc(unitId, ta.getId()).map(this::view)
                .orElse(null);
    }

    @Transactional(readOnly = true)
    public PkView pkById(Long pkId) {
        PerjanjianKinerja pk = muat(pkId);
        if (!bolehBaca(pk.getUnit())) {
            throw new AccessDeniedException("Di luar jangkauan");
        }
        return view(pk);
    }

    /** A unit the user plans for, with the state of its PK for the year. */
    public record UnitPk(Long unitId, String unit, String level, PkRingkas pk) {
    }

    public record Beranda(int tahun, List<UnitPk> unit, KotakMasuk kotakMasuk) {
    }

    /** The planning start page: units in the user's drafting reach and what awaits them. */
    @Transactional(readOnly = true)
    public Beranda beranda(int th) {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.SUSUN);
        List<Unit> terjangkau = cakupan.semua() ? units.findSubtree("/")
                : cakupan.penugasan().stream()
                        .flatMap(p -> units.findJangkauan(p.unitPath(), p.peran().mencakupSubtree()).stream())
                        .distinct().toList();
        // one query for the year's PKs of all organisations in reach, not two per unit
        List<Long> tahunIds = terjangkau.stream().map(u -> u.getOrganisasi().getId()).distinct()
                .map(org -> tahun.findByOrganisasiIdAndTahun(org, th)).flatMap(java.util.Optional::stream)
                .map(TahunAnggaran::getId).toList();
        Map<Long, PerjanjianKinerja> terbaru = tahunIds.isEmpty() ? Map.of()
                : pks.findByTahunAnggaranIdInAndUnitIdIn(tahunIds, terjangkau.stream().map(Unit::getId).toList())
                        .stream().collect(Collectors.toMap(
                        p -> p.getUnit().getId(), p -> p,
                        (a, b) -> a.getNomorVersi() >= b.getNomorVersi() ? a : b));
        Map<String, Rulebook> rulebookMemo = new java.util.HashMap<>();
        List<UnitPk> daftar = terjangkau.stream().filter(Unit::isAktif)
                .sorted(Comparator.comparing(Unit::getPath))
                .map(u -> new UnitPk(u.getId(), u.getNama(), u.getLevel().getNama(),
                        terbaru.containsKey(u.getId()) ? ringkas(terbaru.get(u.getId()), rulebookMemo) : null))
                .toList();
        return new Beranda(th, daftar, kotakMasuk(rulebookMemo));
    }

    /** The year planning pages open on: the one rule of {@link TahunBerjalan}. */
    public int tahunBawaan() {
        return tahunBerjalan.tahunBawaan();
    }

    /** What awaits the current user: PKs to approve, and their own units' PKs still to finish. */
    @Transactional(readOnly = true)
    public KotakMasuk kotakMasuk() {
        return kotakMasuk(new java.util.HashMap<>());
    }

    private KotakMasuk kotakMasuk(Map<String, Rulebook> rulebookMemo) {
        // the user's reach is read once, then every PK is judged in memory
        Atasan atasan = atasan();
        List<PkRingkas> untukDisetujui = pks.findByStatus(StatusPk.DIAJUKAN).stream()
                .filter(p -> atasan.dari(p.getUnit())).map(p -> ringkas(p, rulebookMemo)).toList();
        AksesService.Cakupan susun = akses.cakupan(Aksi.SUSUN);
        List<PkRingkas> milikSaya = new ArrayList<>();
        for (StatusPk s : List.of(StatusPk.DIKEMBALIKAN, StatusPk.DRAFT)) {
            pks.findByStatus(s).stream().filter(p -> susun.mencakup(p.getUnit().getPath()))
                    .map(p -> ringkas(p, rulebookMemo)).forEach(milikSaya::add);
        }
        return new KotakMasuk(untukDisetujui, milikSaya);
    }

    // ---------------------------------------------------------------------------------------
    // drafting

    /** Opens the first (AWAL) version of a unit's PK for a year, with both parties from the tree. */
    @Transactional
    public PkView buka(Long unitId, int th) {
        akses.periksa(Aksi.SUSUN, unitId);
        Unit unit = units.findById(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
        TahunAnggaran ta = tahunAnggaran(unit, th);
        if (pks.findFirstByUnitIdAndTahunAnggaranIdOrderByNomorVersiDesc(unitId, ta.getId()).isPresent()) {
            throw new BusinessRuleException("tahun", "pk.sudahAda", th);
        }
        PerjanjianKinerja pk = new PerjanjianKinerja(unit, ta, 1, JenisPk.AWAL);
        penandatangan.getObject().isiBawaan(pk);
        pks.saveAndFlush(pk);
        pemisahan.catat(DOKUMEN_PK, pk.getId(), id.kinerja.akses.PemisahanTugas.Peran.SUSUN);
        return view(pk);
    }

    @Transactional
    public void ubahPihak(Long pkId, long version, String pertamaNama, String pertamaNip, String keduaNama,
            String keduaJabatan, String keduaNip, boolean keduaPlt) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        pk.tetapkanPihak(pertamaNama, pk.getPihakPertamaJabatan(), pertamaNip, keduaNama, keduaJabatan, keduaNip,
                keduaPlt);
        pks.flush();
    }

    /**
     * A create from a web form: with a one-time token, the second submission of the same form
     * (double-click, back + resubmit) creates nothing and answers null.
     */
    @Transactional
    public Long tambahSasaran(Long pkId, long version, String nama, String deskripsi, Perspective perspektif,
            int posisi, String tokenFormulir) {
        // the token before the PK lock: a repeated submission waits for the first and does nothing
        periksaBolehSusun(pkId);
        if (!tokenFormulir().pakaiSekali(tokenFormulir)) {
            return null;
        }
        return simpanSasaran(pkId, version, null, nama, deskripsi, perspektif, posisi);
    }

    /** Like {@link #tambahSasaran}: an IKU created once per form submission (null for a repeat). */
    @Transactional
    public Long tambahIku(Long pkId, long version, Long ssId, IkuParameters p, String tokenFormulir) {
        periksaBolehSusun(pkId);
        if (!tokenFormulir().pakaiSekali(tokenFormulir)) {
            return null;
        }
        return simpanIku(pkId, version, ssId, null, p);
    }

    private id.kinerja.platform.database.TokenFormulirService tokenFormulir() {
        return tokenFormulir;
    }

    @Transactional
    public Long simpanSasaran(Long pkId, long version, Long ssId, String nama, String deskripsi,
            Perspective perspektif, int posisi) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        Rulebook rb = rulebook(pk);
        if (!rb.perspectiveWeightSets().isEmpty()
                && rb.perspectiveWeightSets().stream().noneMatch(s -> s.contains(perspektif))) {
            throw new BusinessRuleException("perspektif", "pk.ss.perspektifTidakDikenal");
        }
        periksaSsDariAtas(pk, rb, nama, perspektif);
        SasaranStrategis ss = ssId == null ? new SasaranStrategis(pk) : sasaranMilik(pk, ssId);
        ss.ubah(nama, deskripsi, perspektif, posisi);
        sasaran.saveAndFlush(ss);
        kodeUlang(pk);
        return ss.getId();
    }

    /**
     * Under a balanced-scorecard rulebook only map owners define their own (non-cascading) SS;
     * other units adopt an SS of a unit above. An adopted SS sits in the same or a higher
     * perspective than its origin.
     */
    private void periksaSsDariAtas(PerjanjianKinerja pk, Rulebook rb, String nama, Perspective perspektif) {
        if (rb.rollUp() != id.kinerja.scoring.RollUp.NCKO) {
            return;
        }
        java.util.Optional<SasaranStrategis> asal = ssLeluhur(pk).stream().filter(s -> s.getNama().equals(nama))
                .findFirst();
        if (asal.isEmpty() && !pk.getUnit().isPemilikPeta()) {
            throw new BusinessRuleException("nama", "pk.ss.hanyaPemilikPeta");
        }
        if (asal.isPresent() && perspektif.ordinal() > asal.get().getPerspektif().ordinal()) {
            throw new BusinessRuleException("perspektif", "pk.ss.perspektifLebihRendah", asal.get().getKode(),
                    asal.get().getPk().getUnit().getNama());
        }
    }

    private List<SasaranStrategis> ssLeluhur(PerjanjianKinerja pk) {
        List<Long> leluhur = java.util.Arrays.stream(pk.getUnit().getPath().split("/")).filter(x -> !x.isEmpty())
                .map(Long::valueOf).filter(x -> !x.equals(pk.getUnit().getId())).toList();
        return leluhur.isEmpty() ? List.of() : sasaran.findDiUnit(leluhur, pk.getTahunAnggaran().getId());
    }

    @Transactional
    public void hapusSasaran(Long pkId, long version, Long ssId) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        SasaranStrategis ss = sasaranMilik(pk, ssId);
        if (!ikus.findBySsId(ssId).isEmpty()) {
            throw new BusinessRuleException("ss", "pk.ss.masihAdaIku", ss.getKode());
        }
        panah.deleteAll(panah.findBySsId(ssId));
        sasaran.delete(ss);
        sasaran.flush();
        kodeUlang(pk);
    }

    /**
     * Saves an IKU with its Manual IKU. Rules that involve the whole PK (IKU count limit,
     * konversi-120 quota) and the IKU's own (target 0/negative, forbidden validity/control pair for
     * a map owner, range only for stabilize) are checked here, at the field that breaks them.
     */
    @Transactional
    public Long simpanIku(Long pkId, long version, Long ssId, Long ikuId, IkuParameters p) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        SasaranStrategis ss = sasaranMilik(pk, ssId);
        Iku iku;
        if (ikuId == null) {
            iku = new Iku(ss);
        } else {
            iku = ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                    .orElseThrow(() -> new NotFoundException("IKU", ikuId));
            iku.pindahKe(ss);
        }
        iku.terapkan(p);
        if (p.targetBawah() == null && p.targetAtas() == null && p.target() == null) {
            throw new BusinessRuleException("target", "scoring.target.required");
        }
        List<Iku> semua = new ArrayList<>(ikus.findByPkId(pkId));
        if (ikuId == null) {
            semua.add(iku);
        }
        periksaIku(pk, semua, iku);
        periksaKomplemen(pk, iku);
        ikus.saveAndFlush(iku);
        kodeUlang(pk);
        return iku.getId();
    }

    /**
     * The raw target of a ratio IKU (numerator / denominator): the point target becomes their
     * ratio × 100, and RAW_DATA consolidation upstairs sums the raw parts.
     */
    @Transactional
    public void simpanTargetMentah(Long pkId, long version, Long ikuId, BigDecimal pembilang,
            BigDecimal penyebut) {
        muatUntukDiubah(pkId, version);
        Iku iku = ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
        if (pembilang == null || penyebut == null || pembilang.signum() < 0 || penyebut.signum() <= 0) {
            throw new BusinessRuleException("target", "pk.iku.targetMentah.tidakSah");
        }
        iku.targetMentah(pembilang, penyebut);
        IkuParameters p = iku.parameters();
        iku.terapkan(new IkuParameters(p.urutan(), p.nama(), p.definisi(), p.formula(), p.tujuan(), p.satuan(),
                p.validitas(), p.kendali(), p.kualitas(), p.penanggungJawab(), p.penyediaData(), p.sumberData(),
                p.jenisCascading(), p.metodeCascading(), p.konsolidasiPeriode(), p.konsolidasiLokasi(),
                p.polarisasi(), p.periodePelaporan(), p.targetMaksimum(),
                id.kinerja.scoring.PeriodConsolidator.ratio(pembilang, penyebut), p.targetBawah(), p.targetAtas(),
                p.labelPembilang(), p.labelPenyebut(), p.dataY2Target(), p.dataY2Realisasi(), p.dataY1Target(),
                p.dataY1Realisasi()));
        ikus.flush();
    }

    @Transactional
    public void hapusIku(Long pkId, long version, Long ikuId) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        Iku iku = ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
        keterkaitan.forEach(k -> k.periksaHapus(ikuId));
        keterkaitan.forEach(k -> k.hapusBersama(ikuId));
        targets.deleteAll(targets.findByIkuIdOrderByNomor(ikuId));
        kegiatan.deleteAll(kegiatan.findByIkuId(ikuId));
        ikus.delete(iku);
        ikus.flush();
        kodeUlang(pk);
    }

    /** A trajectory has at most one value per month. */
    public static final int PERIODE_MAKS = 12;

    /** Throws unless the current user may draft this PK (for handlers that must check before parsing). */
    @Transactional(readOnly = true)
    public void periksaBolehSusun(Long pkId) {
        akses.periksa(Aksi.SUSUN, muat(pkId).getUnit().getId());
    }

    /** What a delete would take with it, and why it is refused (null when it is not). */
    public record Dampak(String kode, String nama, List<String> ikut, String galat) {
    }

    /** Before deleting an IKU: its Manual IKU, trajectory, activities and what other features hold. */
    @Transactional(readOnly = true)
    public Dampak dampakHapusIku(Long pkId, Long ikuId) {
        muatUntukPratinjauUbah(pkId);
        Iku iku = ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<String> ikut = new ArrayList<>();
        ikut.add(messages.getMessage("pk.iku.hapus.ikutManual", new Object[] {iku.getKode()}, locale));
        long traj = targets.findByIkuIdOrderByNomor(ikuId).stream().filter(t -> t.getTarget() != null).count();
        if (traj > 0) {
            ikut.add(messages.getMessage("pk.iku.hapus.ikutTrajektori", new Object[] {traj}, locale));
        }
        for (KegiatanRenaksi k : kegiatan.findByIkuId(ikuId)) {
            ikut.add(messages.getMessage("pk.iku.hapus.ikutKegiatan", new Object[] {k.getTriwulan(), k.getNama()},
                    locale));
        }
        String galat = null;
        for (KeterkaitanIku k : keterkaitan) {
            k.ikutTerhapus(ikuId).forEach(p -> ikut.add(messages.getMessage(p.kode(), p.args(), p.kode(), locale)));
            try {
                k.periksaHapus(ikuId);
            } catch (BusinessRuleException e) {
                galat = messages.getMessage(e.getMessageKey(), e.getArgs(), e.getMessageKey(), locale);
            }
        }
        return new Dampak(iku.getKode(), iku.getNama(), ikut, galat);
    }

    /** Before deleting an SS: the arrows of the Peta Strategi go with it; an SS with IKU is refused. */
    @Transactional(readOnly = true)
    public Dampak dampakHapusSasaran(Long pkId, Long ssId) {
        PerjanjianKinerja pk = muatUntukPratinjauUbah(pkId);
        SasaranStrategis ss = sasaranMilik(pk, ssId);
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        List<String> ikut = new ArrayList<>();
        int p = panah.findBySsId(ssId).size();
        if (p > 0) {
            ikut.add(messages.getMessage("pk.ss.hapus.ikutPanah", new Object[] {p}, locale));
        }
        String galat = ikus.findBySsId(ssId).isEmpty() ? null
                : messages.getMessage("pk.ss.masihAdaIku", new Object[] {ss.getKode()}, locale);
        return new Dampak(ss.getKode(), ss.getNama(), ikut, galat);
    }

    /** The Rencana Aksi trajectory of one IKU in its reporting periods (null = not set yet). */
    @Transactional
    public void simpanTrajektori(Long pkId, long version, Long ikuId, List<BigDecimal> nilai) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        Iku iku = ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
        JenisPeriode jenis = iku.getPeriodePelaporan();
        if (nilai.size() != jenis.jumlahPerTahun()) {
            throw new BusinessRuleException("trajektori", "pk.trajektori.jumlah", jenis.jumlahPerTahun());
        }
        if (nilai.stream().anyMatch(v -> v != null && v.signum() < 0)) {
            throw new BusinessRuleException("trajektori", "scoring.target.negative", "");
        }
        periksaPeriodeBeku(pk, iku, nilai);
        periksaTargetBerealisasi(pk, iku, nilai);
        periksaKomplemenTrajektori(pk, iku, nilai);
        Map<Integer, TargetPeriode> ada = targets.findByIkuIdOrderByNomor(ikuId).stream()
                .filter(t -> t.getJenisPeriode() == jenis)
                .collect(Collectors.toMap(TargetPeriode::getNomor, Function.identity()));
        for (int n = 1; n <= nilai.size(); n++) {
            BigDecimal v = nilai.get(n - 1);
            TargetPeriode t = ada.get(n);
            if (t == null) {
                targets.save(new TargetPeriode(iku, jenis, n, v));
            } else {
                t.ubah(v);
            }
        }
        targets.flush();
    }

    // ---------------------------------------------------------------------------------------
    // changes: revisi and komplemen

    /** The last day a revision may be opened: rulebook data (Kemenlu 20 October); null = none. */
    private LocalDate batasRevisi(PerjanjianKinerja pk) {
        return rulebook(pk).revisionCutoff(pk.getTahunAnggaran().getTahun());
    }

    /**
     * Opens a new version of an approved PK, in force from a quarter: SS, IKU (Manual IKU) and
     * trajectories are copied; targets of the quarters before it stay frozen. The approved version
     * keeps counting until the new one is approved.
     */
    @Transactional
    public PkView ubahVersi(Long pkId, long version, JenisPk jenis, int mulaiTriwulan, String alasan) {
        akses.periksa(Aksi.SUSUN, muat(pkId).getUnit().getId());
        return bukaVersi(pkId, version, jenis, mulaiTriwulan, alasan);
    }

    /** {@link #ubahVersi} minus the drafter check: for RevisiTargetApi, whose caller checked the decider. */
    PkView bukaVersi(Long pkId, long version, JenisPk jenis, int mulaiTriwulan, String alasan) {
        PerjanjianKinerja lama = muat(pkId);
        if (lama.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PerjanjianKinerja.class, pkId);
        }
        if (jenis == JenisPk.AWAL) {
            throw new BusinessRuleException("jenis", "pk.revisi.jenis");
        }
        if (lama.getStatus() != StatusPk.DITETAPKAN) {
            throw new BusinessRuleException("jenis", "pk.revisi.belumDitetapkan");
        }
        List<PerjanjianKinerja> semuaVersi = pks.findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(
                lama.getUnit().getId(), lama.getTahunAnggaran().getId());
        if (semuaVersi.get(semuaVersi.size() - 1).getNomorVersi() != lama.getNomorVersi()) {
            throw new BusinessRuleException("jenis", "pk.revisi.bukanTerbaru");
        }
        if (mulaiTriwulan < 1 || mulaiTriwulan > 4 || mulaiTriwulan < lama.getBerlakuMulaiTriwulan()) {
            throw new BusinessRuleException("mulaiTriwulan", "pk.revisi.triwulan", lama.getBerlakuMulaiTriwulan());
        }
        if (alasan == null || alasan.isBlank()) {
            throw new BusinessRuleException("alasan", "pk.revisi.alasanWajib");
        }
        LocalDate batas = batasRevisi(lama);
        if (jenis == JenisPk.REVISI && batas != null && Waktu.hariIni(clock).isAfter(batas)) {
            throw new BusinessRuleException("mulaiTriwulan", "pk.revisi.lewatBatas",
                    batas.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")));
        }
        PerjanjianKinerja baru = pks.save(lama.versiBaru(jenis, mulaiTriwulan, alasan.trim()));
        Map<Long, SasaranStrategis> ssBaru = new java.util.HashMap<>();
        for (SasaranStrategis ss : sasaran.findByPkId(lama.getId())) {
            ssBaru.put(ss.getId(), sasaran.save(SasaranStrategis.salinan(baru, ss)));
        }
        Map<Long, Iku> ikuBaru = new java.util.HashMap<>();
        for (Iku iku : ikus.findByPkId(lama.getId())) {
            ikuBaru.put(iku.getId(), ikus.save(Iku.salinan(ssBaru.get(iku.getSs().getId()), iku)));
        }
        for (TargetPeriode t : targets.findByPkId(lama.getId())) {
            targets.save(new TargetPeriode(ikuBaru.get(t.getIku().getId()), t.getJenisPeriode(), t.getNomor(),
                    t.getTarget()));
        }
        for (KegiatanRenaksi k : kegiatan.findByPkId(lama.getId())) {
            kegiatan.save(KegiatanRenaksi.salinan(ikuBaru.get(k.getIku().getId()), k));
        }
        for (PetaPanah p : panah.findByPkId(lama.getId())) {
            panah.save(new PetaPanah(baru, ssBaru.get(p.getDari().getId()), ssBaru.get(p.getKe().getId())));
        }
        for (PkAnggaran a : anggaran.findByPkIdOrderById(lama.getId())) {
            anggaran.save(new PkAnggaran(baru, a.getProgram(), a.getKegiatan(), a.getRincianOutput(),
                    a.getAnggaran()));
        }
        pks.flush();
        pemisahan.catat(DOKUMEN_PK, baru.getId(), id.kinerja.akses.PemisahanTugas.Peran.SUSUN);
        return view(baru);
    }

    /** One line of the "semula / menjadi" comparison with the previous version. */
    public record Perubahan(String kode, String unsur, String semula, String menjadi) {
    }

    public record Perbandingan(PkView pk, Integer versiSebelumnya, List<Perubahan> perubahan) {
    }

    @Transactional(readOnly = true)
    public Perbandingan perbandingan(Long pkId) {
        PkView view = pkById(pkId);
        List<Perubahan> out = new ArrayList<>();
        List<Iku> sekarang = ikus.findByPkId(pkId);
        List<SasaranStrategis> ssSekarang = sasaran.findByPkId(pkId);
        Integer sebelumnya = null;
        Long pkLama = ssSekarang.stream().map(SasaranStrategis::getAsal).filter(java.util.Objects::nonNull)
                .map(a -> a.getPk().getId()).findFirst()
                .orElse(sekarang.stream().map(Iku::getAsal).filter(java.util.Objects::nonNull)
                        .map(a -> a.getSs().getPk().getId()).findFirst().orElse(null));
        if (pkLama != null) {
            sebelumnya = view.nomorVersi() - 1;
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            Function<String, String> label = k -> messages.getMessage(k, null, k, locale);
            for (SasaranStrategis s : ssSekarang) {
                SasaranStrategis a = s.getAsal();
                if (a == null) {
                    out.add(new Perubahan(s.getKode(), label.apply("pk.beda.ssBaru"), "-", s.getNama()));
                } else if (!a.getNama().equals(s.getNama()) || a.getPerspektif() != s.getPerspektif()) {
                    out.add(new Perubahan(s.getKode(), label.apply("pk.ss.judul"), a.getKode() + " " + a.getNama(),
                            s.getKode() + " " + s.getNama()));
                }
            }
            java.util.Set<Long> dipakai = ssSekarang.stream().map(SasaranStrategis::getAsal)
                    .filter(java.util.Objects::nonNull).map(SasaranStrategis::getId).collect(Collectors.toSet());
            sasaran.findByPkId(pkLama).stream().filter(a -> !dipakai.contains(a.getId()))
                    .forEach(a -> out.add(new Perubahan(a.getKode(), label.apply("pk.beda.ssDihapus"), a.getNama(),
                            "-")));
            Map<Long, List<TargetPeriode>> trajBaru = targets.findByPkId(pkId).stream()
                    .collect(Collectors.groupingBy(t -> t.getIku().getId()));
            Map<Long, List<TargetPeriode>> trajLama = targets.findByPkId(pkLama).stream()
                    .collect(Collectors.groupingBy(t -> t.getIku().getId()));
            for (Iku i : sekarang.stream().sorted(Comparator.comparing(Iku::getKode)).toList()) {
                Iku a = i.getAsal();
                if (a == null) {
                    out.add(new Perubahan(i.getKode(), label.apply("pk.beda.ikuBaru"), "-",
                            i.getNama() + " — " + teksTarget(i)));
                    continue;
                }
                if (!a.getNama().equals(i.getNama())) {
                    out.add(new Perubahan(i.getKode(), label.apply("pk.iku.nama"), a.getNama(), i.getNama()));
                }
                if (!teksTarget(a).equals(teksTarget(i))) {
                    out.add(new Perubahan(i.getKode(), label.apply("pk.iku.target"), teksTarget(a), teksTarget(i)));
                }
                String tl = teksTrajektori(trajektori(a, trajLama.getOrDefault(a.getId(), List.of())));
                String tb = teksTrajektori(trajektori(i, trajBaru.getOrDefault(i.getId(), List.of())));
                if (!tl.equals(tb)) {
                    out.add(new Perubahan(i.getKode(), label.apply("pk.trajektori"), tl, tb));
                }
                if (a.getPolarisasi() != i.getPolarisasi() || !a.getSatuan().equals(i.getSatuan())
                        || a.getKonsolidasiPeriode() != i.getKonsolidasiPeriode()) {
                    out.add(new Perubahan(i.getKode(), label.apply("pk.beda.manual"),
                            a.getPolarisasi() + ", " + a.getSatuan() + ", " + a.getKonsolidasiPeriode(),
                            i.getPolarisasi() + ", " + i.getSatuan() + ", " + i.getKonsolidasiPeriode()));
                }
            }
            java.util.Set<Long> ikuDipakai = sekarang.stream().map(Iku::getAsal).filter(java.util.Objects::nonNull)
                    .map(Iku::getId).collect(Collectors.toSet());
            ikus.findByPkId(pkLama).stream().filter(a -> !ikuDipakai.contains(a.getId()))
                    .forEach(a -> out.add(new Perubahan(a.getKode(), label.apply("pk.beda.ikuDihapus"),
                            a.getNama() + " — " + teksTarget(a), "-")));
        }
        return new Perbandingan(view, sebelumnya, out);
    }

    private static String teksTarget(Iku i) {
        if (i.getTarget() != null) {
            return id.kinerja.scoring.Scores.format(i.getTarget()) + " " + i.getSatuan();
        }
        return (i.getTargetBawah() == null ? "-" : id.kinerja.scoring.Scores.format(i.getTargetBawah())) + "–"
                + (i.getTargetAtas() == null ? "-" : id.kinerja.scoring.Scores.format(i.getTargetAtas())) + " "
                + i.getSatuan();
    }

    private static String teksTrajektori(List<BigDecimal> nilai) {
        return nilai.stream().map(v -> v == null ? "-" : id.kinerja.scoring.Scores.format(v))
                .collect(Collectors.joining(" / "));
    }

    private RealisasiTercatat realisasiTercatat;

    @org.springframework.beans.factory.annotation.Autowired(required = false)
    void setRealisasiTercatat(RealisasiTercatat realisasiTercatat) {
        this.realisasiTercatat = realisasiTercatat;
    }

    /**
     * Kemenkeu (KMK 300/2022): an addendum may not change the target of a period that already has a
     * realisation (workflows.md §6).
     */
    private void periksaTargetBerealisasi(PerjanjianKinerja pk, Iku iku, List<BigDecimal> nilai) {
        if (realisasiTercatat == null || pk.getJenis() == JenisPk.AWAL || iku.getAsal() == null
                || !"KEMENKEU".equals(pk.getUnit().getOrganisasi().getRulebookKey())) {
            return;
        }
        Iku akar = iku;
        for (int i = 0; akar.getAsal() != null && i < 50; i++) {
            akar = akar.getAsal();
        }
        List<BigDecimal> lama = trajektori(iku.getAsal(), targets.findByIkuIdOrderByNomor(iku.getAsal().getId()));
        for (int n = 1; n <= nilai.size(); n++) {
            BigDecimal a = lama.get(n - 1);
            BigDecimal b = nilai.get(n - 1);
            boolean sama = a == null ? b == null : b != null && a.compareTo(b) == 0;
            if (!sama && realisasiTercatat.ada(akar.getId(), iku.getPeriodePelaporan(), n)) {
                throw new BusinessRuleException("t" + n, "pk.revisi.targetSudahBerealisasi", n);
            }
        }
    }

    /**
     * A komplemen hands the plan to a new holder (transfer, promotion, reorganisation); it may add
     * IKU, but changing a target it carries over is a revision and follows the revision cut-off.
     */
    private void periksaKomplemen(PerjanjianKinerja pk, Iku iku) {
        LocalDate batas = batasKomplemenLewat(pk, iku);
        if (batas == null) {
            return;
        }
        Iku a = iku.getAsal();
        if (!samaNilai(a.getTarget(), iku.getTarget()) || !samaNilai(a.getTargetBawah(), iku.getTargetBawah())
                || !samaNilai(a.getTargetAtas(), iku.getTargetAtas())) {
            String field = iku.getTarget() == null && a.getTarget() == null ? "targetBawah" : "target";
            throw new BusinessRuleException(field, "pk.komplemen.targetLewatBatas", teksTarget(a),
                    batas.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")));
        }
    }

    private void periksaKomplemenTrajektori(PerjanjianKinerja pk, Iku iku, List<BigDecimal> nilai) {
        LocalDate batas = batasKomplemenLewat(pk, iku);
        if (batas == null) {
            return;
        }
        List<BigDecimal> lama = trajektori(iku.getAsal(), targets.findByIkuIdOrderByNomor(iku.getAsal().getId()));
        for (int n = 1; n <= nilai.size() && n <= lama.size(); n++) {
            if (!samaNilai(lama.get(n - 1), nilai.get(n - 1))) {
                throw new BusinessRuleException("t" + n, "pk.komplemen.trajektoriLewatBatas", n,
                        batas.format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")));
            }
        }
    }

    /** The revision cut-off if this is a carried-over IKU of a komplemen and the cut-off has passed. */
    private LocalDate batasKomplemenLewat(PerjanjianKinerja pk, Iku iku) {
        if (pk.getJenis() != JenisPk.KOMPLEMEN || iku.getAsal() == null) {
            return null;
        }
        LocalDate batas = batasRevisi(pk);
        return batas != null && Waktu.hariIni(clock).isAfter(batas) ? batas : null;
    }

    private static boolean samaNilai(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * In a revision, a period that ended before the quarter the revision takes effect is history:
     * its target must stay what the previous version said.
     */
    private void periksaPeriodeBeku(PerjanjianKinerja pk, Iku iku, List<BigDecimal> nilai) {
        if (pk.getJenis() == JenisPk.AWAL || pk.getBerlakuMulaiTriwulan() <= 1) {
            return;
        }
        int bulanBeku = (pk.getBerlakuMulaiTriwulan() - 1) * 3;
        int bulanPerPeriode = iku.getPeriodePelaporan().bulanPerPeriode();
        List<BigDecimal> lama = iku.getAsal() == null ? java.util.Collections.nCopies(nilai.size(), null)
                : trajektori(iku.getAsal(), targets.findByIkuIdOrderByNomor(iku.getAsal().getId()));
        for (int n = 1; n <= nilai.size(); n++) {
            if (n * bulanPerPeriode > bulanBeku) {
                break;
            }
            BigDecimal a = lama.get(n - 1);
            BigDecimal b = nilai.get(n - 1);
            boolean sama = a == null ? b == null : b != null && a.compareTo(b) == 0;
            if (!sama) {
                throw new BusinessRuleException("t" + n, "pk.revisi.periodeBeku", n, pk.getBerlakuMulaiTriwulan());
            }
        }
    }

    // ---------------------------------------------------------------------------------------
    // workflow

    @Transactional
    public void ajukan(Long pkId, long version) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        List<Masalah> masalah = masalah(pk, ikus.findByPkId(pkId));
        if (!masalah.isEmpty()) {
            throw new BusinessRuleException("pk", "pk.ajukan.masihAdaMasalah", masalah.size());
        }
        pk.ajukan(clock.instant(), AksesService.penggunaSaatIni().getUsername());
        pemisahan.catat(DOKUMEN_PK, pk.getId(), id.kinerja.akses.PemisahanTugas.Peran.AJUKAN);
        pks.flush();
        audit.catat(AuditAksi.AJUKAN, "PerjanjianKinerja", pk.getId(), pk.getUnit().getId(), null,
                Map.of("status", StatusPk.DIAJUKAN.name()), null);
    }

    @Transactional
    public void tetapkan(Long pkId, long version) {
        PerjanjianKinerja pk = muatUntukKeputusan(pkId, version);
        // whoever drafted or submitted this version never approves it
        pemisahan.periksaBolehMemutuskan(DOKUMEN_PK, pk.getId());
        pk.tetapkan(clock.instant(), AksesService.penggunaSaatIni().getUsername());
        pks.findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(pk.getUnit().getId(), pk.getTahunAnggaran().getId())
                .stream().filter(v -> v.getNomorVersi() < pk.getNomorVersi() && v.getStatus() == StatusPk.DITETAPKAN)
                .forEach(PerjanjianKinerja::digantikan);
        pks.flush();
        peristiwa.publishEvent(new PkDitetapkan(pk.getId(), pk.getUnit().getId()));
        audit.catat(AuditAksi.SETUJUI, "PerjanjianKinerja", pk.getId(), pk.getUnit().getId(),
                Map.of("status", StatusPk.DIAJUKAN.name()), Map.of("status", StatusPk.DITETAPKAN.name()), null);
    }

    @Transactional
    public void kembalikan(Long pkId, long version, String catatan) {
        if (catatan == null || catatan.isBlank()) {
            throw new BusinessRuleException("catatan", "pk.kembalikan.catatanWajib");
        }
        PerjanjianKinerja pk = muatUntukKeputusan(pkId, version);
        pk.kembalikan(catatan.trim());
        pks.flush();
        audit.catat(AuditAksi.KEMBALIKAN, "PerjanjianKinerja", pk.getId(), pk.getUnit().getId(),
                Map.of("status", StatusPk.DIAJUKAN.name()), Map.of("status", StatusPk.DIKEMBALIKAN.name()),
                catatan.trim());
    }

    // ---------------------------------------------------------------------------------------
    // rules

    /** Everything that blocks submission, each with a message key and its arguments. */
    List<Masalah> masalah(PerjanjianKinerja pk, List<Iku> semua) {
        List<Masalah> out = new ArrayList<>();
        List<SasaranStrategis> ss = sasaran.findByPkId(pk.getId());
        if (ss.isEmpty()) {
            out.add(new Masalah(null, "pk.masalah.tanpaSs"));
        }
        for (SasaranStrategis s : ss) {
            List<Iku> milik = semua.stream().filter(i -> i.getSs().getId().equals(s.getId())).toList();
            if (milik.isEmpty()) {
                out.add(new Masalah(s.getKode(), "pk.masalah.ssTanpaIku", s.getKode()));
            } else if (pk.getUnit().isPemilikPeta()
                    && milik.stream().allMatch(i -> i.getValiditas() == Validity.ACTIVITY)) {
                out.add(new Masalah(s.getKode(), "pk.masalah.ssHanyaActivity", s.getKode()));
            }
        }
        Rulebook rb = rulebook(pk);
        List<Iku> urut = semua.stream().sorted(Comparator.comparing(Iku::getKode)).toList();
        for (FieldViolation v : engine.validatePlan(rb, pk.getUnit().getLevel().getKode(), pk.getUnit().isPemilikPeta(),
                urut.stream().map(PerencanaanService::input).toList())) {
            out.add(new Masalah(kodeDari(v.path(), urut), v.code(), v.args()));
        }
        Map<Long, List<TargetPeriode>> traj = targets.findByPkId(pk.getId()).stream()
                .collect(Collectors.groupingBy(t -> t.getIku().getId()));
        for (Iku i : urut) {
            if (i.getPeriodePelaporan() == JenisPeriode.TAHUN || i.getTarget() == null) {
                continue;
            }
            List<BigDecimal> nilai = trajektori(i, traj.getOrDefault(i.getId(), List.of()));
            if (!Trajektori.cocok(i.getKonsolidasiPeriode(), i.getTarget(), nilai)) {
                BigDecimal hasil = Trajektori.tahunan(i.getKonsolidasiPeriode(), nilai);
                out.add(new Masalah(i.getKode(), "pk.masalah.trajektori", i.getKode(),
                        hasil == null ? "-" : id.kinerja.scoring.Scores.format(hasil),
                        id.kinerja.scoring.Scores.format(i.getTarget())));
            }
        }
        return out;
    }

    private void periksaIku(PerjanjianKinerja pk, List<Iku> semua, Iku iku) {
        Rulebook rb = rulebook(pk);
        List<IndicatorInput> inputs = semua.stream().map(PerencanaanService::input).toList();
        int idx = semua.indexOf(iku);
        List<BusinessRuleException> pelanggaran = new ArrayList<>();
        for (FieldViolation v : engine.validatePlan(rb, pk.getUnit().getLevel().getKode(),
                pk.getUnit().isPemilikPeta(), inputs)) {
            String path = v.path();
            if ("scoring.iku.tooFew".equals(v.code())) {
                continue; // only blocks submission, not each save
            }
            if ("indicators".equals(path)) {
                String field = "scoring.konversi120.quotaExceeded".equals(v.code()) ? "targetMaksimum" : "nama";
                pelanggaran.add(new BusinessRuleException(field, v.code(), v.args()));
            } else if (path.startsWith("indicators[" + idx + "].")) {
                pelanggaran.add(new BusinessRuleException(field(path.substring(path.indexOf('.') + 1)), v.code(),
                        v.args()));
            }
        }
        if (!pelanggaran.isEmpty()) {
            throw BusinessRuleException.semua(pelanggaran);
        }
    }

    private static String field(String engineField) {
        return switch (engineField) {
            case "polarization" -> "polarisasi";
            case "maxTarget" -> "targetMaksimum";
            case "validity" -> "validitas";
            case "control" -> "kendali";
            case "quality" -> "kualitas";
            case "targetRange", "targetRange.low" -> "targetBawah";
            case "targetRange.high" -> "targetAtas";
            case "target" -> "target";
            default -> "nama";
        };
    }

    private static String kodeDari(String path, List<Iku> urut) {
        if (path != null && path.startsWith("indicators[")) {
            int i = Integer.parseInt(path.substring(11, path.indexOf(']')));
            return i < urut.size() ? urut.get(i).getKode() : null;
        }
        return null;
    }

    static IndicatorInput input(Iku i) {
        TargetRange range = i.getPolarisasi() == Polarization.STABILIZE
                && (i.getTargetBawah() != null || i.getTargetAtas() != null)
                ? new TargetRange(i.getTargetBawah(), i.getTargetAtas()) : null;
        // the engine needs unique codes; derived codes are not assigned yet for a new IKU
        return new IndicatorInput(i.getId() == null ? "iku-baru" : "iku-" + i.getId(), i.getSs().getKode(),
                i.getSs().getPerspektif(), i.getPolarisasi(), range == null ? i.getTarget() : null, range, null,
                i.isTargetMaksimum(), i.getValiditas(), i.getKendali(), i.getKualitas());
    }

    private static List<BigDecimal> trajektori(Iku i, List<TargetPeriode> ada) {
        BigDecimal[] nilai = new BigDecimal[i.getPeriodePelaporan().jumlahPerTahun()];
        for (TargetPeriode t : ada) {
            if (t.getJenisPeriode() == i.getPeriodePelaporan() && t.getNomor() <= nilai.length) {
                nilai[t.getNomor() - 1] = t.getTarget();
            }
        }
        return java.util.Arrays.asList(nilai);
    }

    // ---------------------------------------------------------------------------------------
    // helpers

    private void kodeUlang(PerjanjianKinerja pk) {
        Pengkodean.kodeUlang(sasaran.findByPkId(pk.getId()), ikus.findByPkId(pk.getId()));
        ikus.flush();
    }

    private Rulebook rulebook(PerjanjianKinerja pk) {
        int th = pk.getTahunAnggaran().getTahun();
        return rulebooks.berlaku(pk.getUnit().getOrganisasi().getRulebookKey(),
                new RulebookVersi.Periode(th, pk.getBerlakuMulaiTriwulan()));
    }

    private TahunAnggaran tahunAnggaran(Unit unit, int th) {
        return tahun.findByOrganisasiIdAndTahun(unit.getOrganisasi().getId(), th)
                .orElseThrow(() -> new NotFoundException("Tahun anggaran", th));
    }

    PerjanjianKinerja muat(Long pkId) {
        return pks.findLengkap(pkId).orElseThrow(() -> new NotFoundException("Perjanjian Kinerja", pkId));
    }

    /**
     * Loads a PK to change it or anything inside it (SS, IKU, trajectory, activity, budget line,
     * map arrow). The caller's version must be the PK's current one (a stale form gets the 409),
     * and the PK's version goes up when the transaction commits, conditional on it being unchanged
     * meanwhile: of two concurrent changes inside one PK, even of two different IKU, only the first
     * to commit succeeds, so rules reading the whole PK (IKU count, konversi-120 quota) cannot both
     * pass on stale counts.
     */
    /**
     * For pages that show what a change would do (confirmation pages): the same access and status
     * checks as {@link #muatUntukDiubah}, without the lock and without bumping the version.
     */
    PerjanjianKinerja muatUntukPratinjauUbah(Long pkId) {
        PerjanjianKinerja pk = muat(pkId);
        akses.periksa(Aksi.SUSUN, pk.getUnit().getId());
        if (!pk.getStatus().dapatDiubah()) {
            throw new BusinessRuleException("pk", "pk.tidakDapatDiubah");
        }
        return pk;
    }

    PerjanjianKinerja muatUntukDiubah(Long pkId, long version) {
        PerjanjianKinerja pk = muat(pkId);
        akses.periksa(Aksi.SUSUN, pk.getUnit().getId());
        // edits of one PK renumber all its codes: they take turns (parallel "Tambah SS" → S6, S7)
        jdbc.queryForList("select id from perjanjian_kinerja where id = ? for update", Long.class, pkId);
        if (pk.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PerjanjianKinerja.class, pkId);
        }
        if (!pk.getStatus().dapatDiubah()) {
            throw new BusinessRuleException("pk", "pk.tidakDapatDiubah");
        }
        em.lock(pk, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        pemisahan.catat(DOKUMEN_PK, pk.getId(), id.kinerja.akses.PemisahanTugas.Peran.SUSUN);
        return pk;
    }

    /**
     * The PK's current version, for use cases that change a PK without a form of their own
     * (cascading into the PK below, the Excel import, the demo seed); the change still bumps it.
     */
    @Transactional(readOnly = true)
    public long versi(Long pkId) {
        return muat(pkId).getVersion();
    }

    private PerjanjianKinerja muatUntukKeputusan(Long pkId, long version) {
        PerjanjianKinerja pk = muat(pkId);
        if (!bolehSetujui(pk.getUnit())) {
            throw new AccessDeniedException("Bukan atasan unit ini");
        }
        if (pk.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PerjanjianKinerja.class, pkId);
        }
        if (pk.getStatus() != StatusPk.DIAJUKAN) {
            throw new BusinessRuleException("pk", "pk.belumDiajukan");
        }
        return pk;
    }

    /**
     * Who reads a unit's PK: anyone who sees the unit, its approver, and (read-only, to align) the
     * planners of the unit directly below it or directly above it.
     */
    private boolean bolehBaca(Unit unit) {
        if (akses.boleh(Aksi.LIHAT, unit.getId()) || bolehSetujui(unit)) {
            return true;
        }
        if (unit.getInduk() != null && akses.boleh(Aksi.LIHAT, unit.getInduk().getId())) {
            return true;
        }
        return units.findByIndukIdOrderByUrutanAscNamaAsc(unit.getId()).stream()
                .anyMatch(anak -> akses.boleh(Aksi.LIHAT, anak.getId()));
    }

    /** The superior decides: approval rights on the parent unit, or the central PKO for the root. */
    private boolean bolehSetujui(Unit unit) {
        return atasan().dari(unit);
    }

    /** Who decides on a unit's PK: approval rights on its parent, or the central PKO for a root. */
    private record Atasan(AksesService.Cakupan setujui, AksesService.Cakupan pusat) {

        boolean dari(Unit unit) {
            return unit.getInduk() == null ? pusat.mencakup(unit.getPath())
                    : setujui.mencakup(unit.getInduk().getPath());
        }
    }

    private Atasan atasan() {
        return new Atasan(akses.cakupan(Aksi.SETUJUI), akses.cakupan(Aksi.KELOLA_RULEBOOK));
    }

    private SasaranStrategis sasaranMilik(PerjanjianKinerja pk, Long ssId) {
        return sasaran.findById(ssId).filter(s -> s.getPk().getId().equals(pk.getId()))
                .orElseThrow(() -> new NotFoundException("Sasaran Strategis", ssId));
    }

    /** The approval deadline of a PK: the rulebook's calendar for the unit's level. */
    private LocalDate batasWaktu(PerjanjianKinerja pk) {
        return rulebook(pk).pkDeadline(pk.getUnit().getLevel().getKode(), pk.getTahunAnggaran().getTahun());
    }

    // ---------------------------------------------------------------------------------------
    // views

    public record Masalah(String kode, String pesanKode, Object... args) {
    }

    /** A problem as the page shows it: which SS/IKU, and the message in the user's language. */
    public record MasalahView(String kode, String pesan) {
    }

    public record PkRingkas(Long id, Long unitId, String unit, int tahun, int nomorVersi, StatusPk status,
            LocalDate batasWaktu, boolean terlambat) {
    }

    public record KotakMasuk(List<PkRingkas> untukDisetujui, List<PkRingkas> milikSaya) {
    }

    public record IkuView(Long id, Long ssId, String kode, String nama, String satuan, BigDecimal target,
            BigDecimal targetBawah, BigDecimal targetAtas, IkuParameters manual, List<BigDecimal> trajektori,
            BigDecimal trajektoriTahunan, boolean trajektoriCocok, int periodeBeku) {
    }

    public record SsView(Long id, String kode, String nama, String deskripsi, Perspective perspektif, int posisi,
            List<IkuView> iku) {
    }

    public record PkView(Long id, Long unitId, String unit, String unitKode, String organisasi, String kota,
            boolean pemilikPeta, int tahun, int nomorVersi, JenisPk jenis, StatusPk status, long version,
            String pihakPertamaNama, String pihakPertamaJabatan, String pihakPertamaNip, String pihakKeduaNama,
            String pihakKeduaJabatan, String pihakKeduaNip, boolean pihakKeduaPlt, String catatan,
            String ditetapkanOleh, LocalDate ditetapkanPada, LocalDate batasWaktu, boolean terlambat,
            boolean bolehSusun, boolean bolehSetujui, List<Perspective> perspektif, List<SsView> sasaran,
            List<MasalahView> masalah, int berlakuMulaiTriwulan, String alasanPerubahan, List<VersiRingkas> versi,
            boolean bolehUbahVersi, LocalDate batasRevisi, List<String> ssDariAtas) {
    }

    public record VersiRingkas(Long id, int nomor, JenisPk jenis, StatusPk status, int mulaiTriwulan) {
    }

    /** A list row; the memo keeps one rulebook look-up per organisation, year and quarter. */
    private PkRingkas ringkas(PerjanjianKinerja p, Map<String, Rulebook> rulebookMemo) {
        Rulebook rb = rulebookMemo.computeIfAbsent(p.getUnit().getOrganisasi().getRulebookKey() + "/"
                + p.getTahunAnggaran().getTahun() + "/" + p.getBerlakuMulaiTriwulan(), k -> rulebook(p));
        LocalDate batas = rb.pkDeadline(p.getUnit().getLevel().getKode(), p.getTahunAnggaran().getTahun());
        return new PkRingkas(p.getId(), p.getUnit().getId(), p.getUnit().getNama(), p.getTahunAnggaran().getTahun(),
                p.getNomorVersi(), p.getStatus(), batas, terlambat(p, batas));
    }

    private boolean terlambat(PerjanjianKinerja p, LocalDate batas) {
        return p.getStatus() != StatusPk.DITETAPKAN && Waktu.hariIni(clock).isAfter(batas);
    }

    private PkView view(PerjanjianKinerja pk) {
        List<SasaranStrategis> ss = sasaran.findByPkId(pk.getId()).stream()
                .sorted(Comparator.comparing(SasaranStrategis::getKode, Comparator.comparingInt(
                        (String k) -> k.length()).thenComparing(Comparator.naturalOrder())))
                .toList();
        List<Iku> semua = ikus.findByPkId(pk.getId());
        Map<Long, List<TargetPeriode>> traj = targets.findByPkId(pk.getId()).stream()
                .collect(Collectors.groupingBy(t -> t.getIku().getId()));
        List<SsView> ssViews = ss.stream().map(s -> new SsView(s.getId(), s.getKode(), s.getNama(), s.getDeskripsi(),
                s.getPerspektif(), s.getPosisi(), semua.stream().filter(i -> i.getSs().getId().equals(s.getId()))
                        .sorted(Comparator.comparing(Iku::getKode)).map(i -> {
                            List<BigDecimal> nilai = trajektori(i, traj.getOrDefault(i.getId(), List.of()));
                            return new IkuView(i.getId(), s.getId(), i.getKode(), i.getNama(), i.getSatuan(),
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
        LocalDate batas = batasWaktu(pk);
        boolean susun = akses.boleh(Aksi.SUSUN, pk.getUnit().getId());
        List<VersiRingkas> versi = pks.findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(pk.getUnit().getId(),
                        pk.getTahunAnggaran().getId()).stream()
                .map(v -> new VersiRingkas(v.getId(), v.getNomorVersi(), v.getJenis(), v.getStatus(),
                        v.getBerlakuMulaiTriwulan()))
                .toList();
        return new PkView(pk.getId(), pk.getUnit().getId(), pk.getUnit().getNama(), pk.getUnit().getKode(),
                pk.getUnit().getOrganisasi().getNama(), pk.getUnit().getOrganisasi().getKota(),
                pk.getUnit().isPemilikPeta(), pk.getTahunAnggaran().getTahun(), pk.getNomorVersi(), pk.getJenis(),
                pk.getStatus(), pk.getVersion(), pk.getPihakPertamaNama(), pk.getPihakPertamaJabatan(),
                pk.getPihakPertamaNip(), pk.getPihakKeduaNama(), pk.getPihakKeduaJabatan(), pk.getPihakKeduaNip(),
                pk.isPihakKeduaPlt(), pk.getCatatan(), pk.getDitetapkanOleh(),
                pk.getDitetapkanPada() == null ? null : pk.getDitetapkanPada().atZone(WIB).toLocalDate(), batas,
                terlambat(pk, batas), susun && pk.getStatus().dapatDiubah(),
                bolehSetujui(pk.getUnit()) && pk.getStatus() == StatusPk.DIAJUKAN
                        && !pemisahan.ikutMenyusun(DOKUMEN_PK, pk.getId()), perspektif, ssViews,
                pk.getStatus().dapatDiubah() ? masalah(pk, semua).stream()
                        .map(m -> new MasalahView(m.kode(), messages.getMessage(m.pesanKode(), m.args(), m.pesanKode(),
                                org.springframework.context.i18n.LocaleContextHolder.getLocale())))
                        .toList() : List.of(),
                pk.getBerlakuMulaiTriwulan(), pk.getAlasanPerubahan(), versi,
                susun && pk.getStatus() == StatusPk.DITETAPKAN
                        && versi.get(versi.size() - 1).id().equals(pk.getId()),
                batasRevisi(pk),
                ssLeluhur(pk).stream().map(SasaranStrategis::getNama).distinct().toList());
    }
}
