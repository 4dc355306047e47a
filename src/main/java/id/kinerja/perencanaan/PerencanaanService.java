package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.TahunAnggaran;
import id.kinerja.organisasi.TahunAnggaranRepository;
import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.organisasi.Unit;
import id.kinerja.organisasi.UnitNotFoundException;
import id.kinerja.organisasi.UnitRepository;
import id.kinerja.platform.database.TokenFormulirService;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.FieldViolation;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.PeriodConsolidator;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.RollUp;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.TargetRange;
import id.kinerja.scoring.Validity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting a Perjanjian Kinerja: opening it, its parties, its Sasaran Strategis, IKU (Manual IKU)
 * and Rencana Aksi trajectory, and what a delete takes with it; every change goes through the PK
 * aggregate under its version lock. Pages, workflow and revisions are their own use cases
 * ({@link TampilanPkService}, {@link AlurPkService}, {@link RevisiPkService}); the methods here
 * that delegate to them stay for callers written against this service.
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
    private final PetaPanahRepository panah;
    private final UnitRepository units;
    private final AksesService akses;
    private final MessageSource messages;
    private final Clock clock;
    private final TahunBerjalan tahunBerjalan;
    private final PemisahanTugas pemisahan;
    private final TokenFormulirService tokenFormulir;
    private final ObjectProvider<KeterkaitanIku> keterkaitan;
    private final ObjectProvider<PenandatanganService> penandatangan;
    private final PemuatPk pemuat;
    private final PemeriksaPk pemeriksa;
    private final AlurPkService alur;
    private final RevisiPkService revisi;
    private final TampilanPkService tampilan;

    PerencanaanService(PerjanjianKinerjaRepository pks, SasaranStrategisRepository sasaran, IkuRepository ikus,
            TargetPeriodeRepository targets, KegiatanRenaksiRepository kegiatan, PetaPanahRepository panah,
            UnitRepository units, AksesService akses, MessageSource messages, Clock clock,
            TahunBerjalan tahunBerjalan, PemisahanTugas pemisahan,
            TokenFormulirService tokenFormulir,
            ObjectProvider<KeterkaitanIku> keterkaitan, ObjectProvider<PenandatanganService> penandatangan,
            PemuatPk pemuat, PemeriksaPk pemeriksa, AlurPkService alur, RevisiPkService revisi,
            TampilanPkService tampilan) {
        this.pks = pks;
        this.sasaran = sasaran;
        this.ikus = ikus;
        this.targets = targets;
        this.kegiatan = kegiatan;
        this.panah = panah;
        this.units = units;
        this.akses = akses;
        this.messages = messages;
        this.clock = clock;
        this.tahunBerjalan = tahunBerjalan;
        this.pemisahan = pemisahan;
        this.tokenFormulir = tokenFormulir;
        this.keterkaitan = keterkaitan;
        this.penandatangan = penandatangan;
        this.pemuat = pemuat;
        this.pemeriksa = pemeriksa;
        this.alur = alur;
        this.revisi = revisi;
        this.tampilan = tampilan;
    }

    // ---------------------------------------------------------------------------------------
    // read

    /** The PK page: the latest version of a unit's PK for a year, or null if none was opened. */
    public PkView pk(Long unitId, int th) {
        return tampilan.pk(unitId, th);
    }

    public PkView pkById(Long pkId) {
        return tampilan.pkById(pkId);
    }

    /** A unit the user plans for, with the state of its PK for the year. */
    public record UnitPk(Long unitId, String unit, String level, PkRingkas pk) {
    }

    public record Beranda(int tahun, List<UnitPk> unit, KotakMasuk kotakMasuk) {
    }

    /** The planning start page: units in the user's drafting reach and what awaits them. */
    public Beranda beranda(int th) {
        return tampilan.beranda(th);
    }

    /** The year planning pages open on: the one rule of {@link TahunBerjalan}. */
    public int tahunBawaan() {
        return tahunBerjalan.tahunBawaan();
    }

    /** What awaits the current user: PKs to approve, and their own units' PKs still to finish. */
    public KotakMasuk kotakMasuk() {
        return tampilan.kotakMasuk();
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
        pemisahan.catat(DOKUMEN_PK, pk.getId(), PemisahanTugas.Peran.SUSUN);
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

    private TokenFormulirService tokenFormulir() {
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
        SasaranStrategis ss = ssId == null ? pk.tambahSasaran() : sasaranMilik(pk, ssId);
        ss.ubah(nama, deskripsi, perspektif, posisi);
        sasaran.flush();
        kodeUlang(pk);
        return ss.getId();
    }

    /**
     * Under a balanced-scorecard rulebook only map owners define their own (non-cascading) SS;
     * other units adopt an SS of a unit above. An adopted SS sits in the same or a higher
     * perspective than its origin.
     */
    private void periksaSsDariAtas(PerjanjianKinerja pk, Rulebook rb, String nama, Perspective perspektif) {
        if (rb.rollUp() != RollUp.NCKO) {
            return;
        }
        Optional<SasaranStrategis> asal = ssLeluhur(pk).stream().filter(s -> s.getNama().equals(nama))
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
        return pemuat.ssLeluhur(pk);
    }

    @Transactional
    public void hapusSasaran(Long pkId, long version, Long ssId) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        pk.hapusSasaran(sasaranMilik(pk, ssId));
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
        if (ikuId == null) {
            pk.tambahIku(ss, iku);
        }
        ikus.flush();
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
        iku.terapkan(p.withTarget(PeriodConsolidator.ratio(pembilang, penyebut)));
        ikus.flush();
    }

    @Transactional
    public void hapusIku(Long pkId, long version, Long ikuId) {
        PerjanjianKinerja pk = muatUntukDiubah(pkId, version);
        Iku iku = ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
        keterkaitan.forEach(k -> k.periksaHapus(ikuId));
        keterkaitan.forEach(k -> k.hapusBersama(ikuId));
        pk.hapusIku(iku);
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
        Locale locale = LocaleContextHolder.getLocale();
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
        Locale locale = LocaleContextHolder.getLocale();
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
        AturanPerencanaan.periksaTrajektori(jenis, nilai);
        periksaPeriodeBeku(pk, iku, nilai);
        periksaTargetBerealisasi(pk, iku, nilai);
        periksaKomplemenTrajektori(pk, iku, nilai);
        for (int n = 1; n <= nilai.size(); n++) {
            iku.targetPeriode(jenis, n, nilai.get(n - 1));
        }
        targets.flush();
    }

    // ---------------------------------------------------------------------------------------
    // changes: revisi and komplemen


    /** Opens a new version (see {@link RevisiPkService#bukaVersi}) and shows it. */
    @Transactional
    public PkView ubahVersi(Long pkId, long version, JenisPk jenis, int mulaiTriwulan, String alasan) {
        return view(muat(revisi.bukaVersi(pkId, version, jenis, mulaiTriwulan, alasan)));
    }

    /** {@link #ubahVersi} minus the drafter check: for RevisiTargetApi, whose caller checked the decider. */
    @Transactional
    PkView bukaVersi(Long pkId, long version, JenisPk jenis, int mulaiTriwulan, String alasan) {
        return view(muat(revisi.bukaVersiTanpaPeriksaPenyusun(pkId, version, jenis, mulaiTriwulan, alasan)));
    }

    /** The PK page's data with the "semula / menjadi" comparison to the previous version. */
    public record Perbandingan(PkView pk, Integer versiSebelumnya, List<RevisiPkService.Perubahan> perubahan) {
    }

    @Transactional(readOnly = true)
    public Perbandingan perbandingan(Long pkId) {
        PkView view = pkById(pkId);
        RevisiPkService.PerubahanVersi p = revisi.perubahan(pkId);
        return new Perbandingan(view, p.versiSebelumnya(), p.perubahan());
    }

    // workflow: the use cases live in AlurPkService; these stay for callers written against this service

    public void ajukan(Long pkId, long version) {
        alur.ajukan(pkId, version);
    }

    public void tarik(Long pkId, long version) {
        alur.tarik(pkId, version);
    }

    public void tetapkan(Long pkId, long version) {
        alur.tetapkan(pkId, version);
    }

    public void kembalikan(Long pkId, long version, String catatan) {
        alur.kembalikan(pkId, version, catatan);
    }

    private RealisasiTercatat realisasiTercatat;

    @Autowired(required = false)
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
            throw new BusinessRuleException(field, "pk.komplemen.targetLewatBatas", RevisiPkService.teksTarget(a),
                    batas.format(DateTimeFormatter.ofPattern("d-M-yyyy")));
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
                        batas.format(DateTimeFormatter.ofPattern("d-M-yyyy")));
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
        AturanPerencanaan.periksaPeriodeBeku(pk.getJenis(), pk.getBerlakuMulaiTriwulan(), iku.getPeriodePelaporan(),
                iku.getAsal() == null ? null
                        : trajektori(iku.getAsal(), targets.findByIkuIdOrderByNomor(iku.getAsal().getId())),
                nilai);
    }

    // ---------------------------------------------------------------------------------------
    // rules

    /** Everything that blocks submission (see {@link PemeriksaPk#masalah}). */
    List<Masalah> masalah(PerjanjianKinerja pk, List<Iku> semua) {
        return pemeriksa.masalah(pk, semua);
    }

    private void periksaIku(PerjanjianKinerja pk, List<Iku> semua, Iku iku) {
        pemeriksa.periksaIku(pk, semua, iku);
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

    static List<BigDecimal> trajektori(Iku i, List<TargetPeriode> ada) {
        BigDecimal[] nilai = new BigDecimal[i.getPeriodePelaporan().jumlahPerTahun()];
        for (TargetPeriode t : ada) {
            if (t.getJenisPeriode() == i.getPeriodePelaporan() && t.getNomor() <= nilai.length) {
                nilai[t.getNomor() - 1] = t.getTarget();
            }
        }
        return Arrays.asList(nilai);
    }

    // ---------------------------------------------------------------------------------------
    // helpers

    private void kodeUlang(PerjanjianKinerja pk) {
        Pengkodean.kodeUlang(sasaran.findByPkId(pk.getId()), ikus.findByPkId(pk.getId()));
        ikus.flush();
    }

    // ---------------------------------------------------------------------------------------
    // loading (PemuatPk)

    private Rulebook rulebook(PerjanjianKinerja pk) {
        return pemuat.rulebook(pk);
    }

    private LocalDate batasRevisi(PerjanjianKinerja pk) {
        return pemuat.batasRevisi(pk);
    }

    private TahunAnggaran tahunAnggaran(Unit unit, int th) {
        return pemuat.tahunAnggaran(unit, th);
    }

    PerjanjianKinerja muat(Long pkId) {
        return pemuat.muat(pkId);
    }

    PerjanjianKinerja muatUntukPratinjauUbah(Long pkId) {
        return pemuat.muatUntukPratinjauUbah(pkId);
    }

    PerjanjianKinerja muatUntukDiubah(Long pkId, long version) {
        return pemuat.muatUntukDiubah(pkId, version);
    }

    /**
     * The PK's current version, for use cases that change a PK without a form of their own
     * (cascading into the PK below, the Excel import, the demo seed); the change still bumps it.
     */
    @Transactional(readOnly = true)
    public long versi(Long pkId) {
        return muat(pkId).getVersion();
    }

    private boolean bolehBaca(Unit unit) {
        return pemuat.bolehBaca(unit);
    }

    private boolean bolehSetujui(Unit unit) {
        return pemuat.bolehSetujui(unit);
    }

    private SasaranStrategis sasaranMilik(PerjanjianKinerja pk, Long ssId) {
        return pemuat.sasaranMilik(pk, ssId);
    }

    private LocalDate batasWaktu(PerjanjianKinerja pk) {
        return pemuat.batasWaktu(pk);
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
            boolean bolehUbahVersi, LocalDate batasRevisi, List<String> ssDariAtas, String diajukanOleh,
            LocalDateTime diajukanPada, List<RiwayatView> riwayat, boolean bolehTarik) {
    }

    /** One step of the PK's workflow history as the page shows it (time in WIB). */
    public record RiwayatView(LangkahPk langkah, String oleh, LocalDateTime pada, String catatan) {
    }

    public record VersiRingkas(Long id, int nomor, JenisPk jenis, StatusPk status, int mulaiTriwulan) {
    }

    private PkView view(PerjanjianKinerja pk) {
        return tampilan.view(pk);
    }
}
