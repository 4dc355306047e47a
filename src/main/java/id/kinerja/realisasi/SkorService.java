package id.kinerja.realisasi;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.cascading.CascadingApi;
import id.kinerja.cascading.MetodeLink;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.Band;
import id.kinerja.scoring.Formula;
import id.kinerja.scoring.FormulaStep;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.IndicatorResult;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.LocationConsolidator;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.PeriodConsolidator;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.RawValue;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.ScoreType;
import id.kinerja.scoring.Scores;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.ScoringResult;
import id.kinerja.scoring.TargetRange;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * THE score service: turns stored plans (the PK version in force, its trajectory) and entered
 * realisations into input for the one scoring engine, and returns what every screen, print and API
 * shows — per IKU target, realisation, capaian, band and formula; NSS, Np, NCKO/NKO (or CKP) and
 * predikat; SEMENTARA or FINAL. Dashboards and LKj call {@link #sampaiDengan} and
 * {@link #periodeSaja}; nothing else computes a score.
 *
 * <p>Rules (scoring.md §13): "s.d. TW n" consolidates the periods that end by the end of quarter n
 * (§2); the year uses the PK's annual target; an IKU none of whose periods is due is n/a; a missing
 * value is n/a (and listed as <i>belum dilaporkan</i> once its deadline has passed); an explicit
 * n/a is n/a; each quarter uses the rulebook version and the PK version in force in it. Values
 * flow up: a DIRECT cascade shows the lowest holder's values, an INDIRECT one the location
 * consolidation (§11) of the lower units' values, per period.
 */
@Service
public class SkorService {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int KEDALAMAN_MAKS = 8;

    private final OrganisasiQuery organisasi;
    private final RencanaKinerjaApi rencana;
    private final CascadingApi cascading;
    private final RulebookService rulebooks;
    private final RealisasiRepository realisasi;
    private final LaporanRealisasiRepository laporan;
    private final SkalaKualitatifService skala;
    private final AksesService akses;
    private final MessageSource messages;
    private final Clock clock;
    private final ScoringEngine engine = new ScoringEngine();
    private final BatasLapor batasLapor;
    private final NilaiSubtree nilaiSubtree;
    private final SkorCache cache;
    private final TransactionTemplate bacaSaja;

    SkorService(OrganisasiQuery organisasi, RencanaKinerjaApi rencana, CascadingApi cascading,
            RulebookService rulebooks, RealisasiRepository realisasi, LaporanRealisasiRepository laporan,
            SkalaKualitatifService skala, AksesService akses, MessageSource messages, Clock clock,
            BatasLapor batasLapor, NilaiSubtree nilaiSubtree, SkorCache cache, PlatformTransactionManager transaksi) {
        this.cache = cache;
        this.bacaSaja = new TransactionTemplate(transaksi);
        this.bacaSaja.setReadOnly(true);
        this.batasLapor = batasLapor;
        this.nilaiSubtree = nilaiSubtree;
        this.organisasi = organisasi;
        this.rencana = rencana;
        this.cascading = cascading;
        this.rulebooks = rulebooks;
        this.realisasi = realisasi;
        this.laporan = laporan;
        this.skala = skala;
        this.akses = akses;
        this.messages = messages;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------
    // results

    /** Where a value that flows up comes from. */
    public record Sumber(Long unitId, String unitKode, String unit, Long ikuId, String ikuKode) {
    }

    /** A derived (flowing-up) IKU: read-only for its unit. */
    public record Turunan(MetodeLink metode, LocationConsolidation konsolidasiLokasi, List<Sumber> dari) {
    }

    /**
     * One IKU as scored. Numbers at full precision; round with {@link Scores#display} to show.
     *
     * @param dinilai         at least one of its periods is due in the scored span
     * @param belumDilaporkan periods past their deadline with no value (scored as n/a)
     * @param targetPerluDinaikkan Kemenlu: the target was exceeded in semester I (capaian s.d. TW II
     *                        above 100) while not being the maximum attainable — flagged for the
     *                        superior to revise upwards (workflows.md §6)
     */
    public record IkuSkor(Long ikuId, Long ikuAkarId, String kode, String nama, String satuan, String ssKode,
            String ssNama, Perspective perspektif, Polarization polarisasi, JenisPeriode periodePelaporan,
            boolean rawData, String skala, boolean dinilai, BigDecimal target, BigDecimal targetBawah,
            BigDecimal targetAtas, BigDecimal realisasi, BigDecimal capaian, Band band, String formula,
            BigDecimal bobot, BigDecimal bobotTertimbang, Turunan turunan, List<String> belumDilaporkan,
            boolean targetPerluDinaikkan) {
    }

    public record SsSkor(String kode, Perspective perspektif, BigDecimal nss, Band band) {
    }

    public record PerspektifSkor(Perspective perspektif, BigDecimal np, BigDecimal bobot, BigDecimal bobotTertimbang,
            Band band) {
    }

    /**
     * A unit's score for "s.d. TW n" ({@code periodeSaja} false) or for quarter n alone.
     *
     * @param score full precision, null when no IKU is available; bands and predikat are judged on
     *              the rounded value by the engine
     * @param predikatKode the rulebook's code of {@code predikat} (its label): pages show the code's
     *              label in the user's language, the rulebook's own label when the bundle has none
     */
    public record HasilSkor(Long unitId, String unitKode, String unit, int tahun, int triwulan, boolean periodeSaja,
            Long pkId, int versiPk, String rulebook, ScoreType scoreType, BigDecimal score, String predikat,
            Band band, StatusSkor status, List<IkuSkor> indikator, List<SsSkor> sasaran,
            List<PerspektifSkor> perspektif, String predikatKode) {

        public BigDecimal scoreRounded() {
            return Scores.display(score);
        }
    }

    /** Score of a unit up to and including quarter n ("s.d. TW n"); the year is s.d. TW IV. */
    @Transactional(readOnly = true)
    public HasilSkor sampaiDengan(Long unitId, int tahun, int triwulan) {
        return hitungDenganAkses(unitId, tahun, triwulan, false);
    }

    /** Score of a unit's quarter n alone (the periods that end in that quarter). */
    @Transactional(readOnly = true)
    public HasilSkor periodeSaja(Long unitId, int tahun, int triwulan) {
        return hitungDenganAkses(unitId, tahun, triwulan, true);
    }

    private HasilSkor hitungDenganAkses(Long unitId, int tahun, int triwulan, boolean periodeSaja) {
        akses.periksa(Aksi.LIHAT, unitId);
        if (triwulan < 1 || triwulan > 4) {
            throw new BusinessRuleException("sd", "realisasi.triwulan.tidakSah");
        }
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        if (!periodeSaja) {
            // the same result the dashboards hold (SkorCache), computed only when no valid entry has it
            return cache.unit(unit, new SkorCache.KunciUnit(unitId, tahun, triwulan, hariIni(),
                    LocaleContextHolder.getLocale()), () -> hitungUnit(unit, tahun, triwulan, false));
        }
        return hitungUnit(unit, tahun, triwulan, true);
    }

    /** The single-unit path on its own, past every cache (tests compare the paths with it). */
    HasilSkor hitungSendiri(Long unitId, int tahun, int triwulan) {
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        return hitungUnit(unit, tahun, triwulan, false);
    }

    private HasilSkor hitungUnit(UnitInfo unit, int tahun, int triwulan, boolean periodeSaja) {
        PkBerlaku pk = rencana.berlaku(unit.id(), unit.organisasiId(), tahun, triwulan)
                .orElseThrow(() -> new PkBelumBerlakuException(unit.kode(), tahun));
        return hitung(unit, pk, tahun, triwulan, periodeSaja, Map.of());
    }

    // ---------------------------------------------------------------------------------------
    // a whole subtree in one pass

    /**
     * Why a unit's score is incomplete, worst first. None of these is ever shown green or
     * averaged into the units above as if it were a score.
     */
    public enum Keadaan {
        /** no approved PK in force, or no IKU could be scored */
        TIDAK_ADA_DATA,
        /** a due period has no value (or the quarter's report was never submitted) */
        BELUM_DILAPORKAN,
        /** reported, but the quarters of the span are not all locked by the validation forum */
        BELUM_DIVALIDASI,
        /** every quarter of the span is locked: the score is final */
        FINAL
    }

    /**
     * A unit's score s.d. a quarter with what the dashboards count.
     *
     * @param skor            null when {@link Keadaan#TIDAK_ADA_DATA} for lack of a PK
     * @param tanpaData       IKU due but without any value to score (n/a)
     * @param belumDilaporkan IKU with at least one period past its deadline and no value
     * @param belumDivalidasi own values of the span without a validator's verdict
     * @param tidakValid      own values of the span returned by the validator (TIDAK_VALID)
     * @param laporanTw       status of the quarter's report (null = never started)
     */
    public record SkorUnit(UnitInfo unit, HasilSkor skor, Keadaan keadaan, int hijau, int kuning, int merah,
            int tanpaData, int belumDilaporkan, int belumDivalidasi, int tidakValid, StatusLaporan laporanTw) {

        public BigDecimal score() {
            return skor == null ? null : skor.score();
        }
    }

    /**
     * Every active unit of a subtree (the unit included, in tree order) scored s.d. quarter n, from
     * one preloaded read of the subtree's plans, links, values and reports (see docs/adr/0014):
     * the same computation as {@link #sampaiDengan}, so the numbers are identical.
     */
    @Transactional(readOnly = true)
    public List<SkorUnit> subtree(Long unitId, int tahun, int triwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        if (triwulan < 1 || triwulan > 4) {
            throw new BusinessRuleException("sd", "realisasi.triwulan.tidakSah");
        }
        UnitInfo akar = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        return subtreeTanpaAkses(akar, tahun, triwulan);
    }

    /**
     * The subtree scored s.d. every quarter 1..n (element q-1 = s.d. TW q), from ONE preloaded read
     * (the dashboard's trend): the same results as n calls of {@link #subtree}, read once, and the
     * s.d. TW II score Kemenlu's "raise the target" flag needs is computed once per unit.
     */
    public List<List<SkorUnit>> subtreeSampai(Long unitId, int tahun, int sampaiTriwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        if (sampaiTriwulan < 1 || sampaiTriwulan > 4) {
            throw new BusinessRuleException("sd", "realisasi.triwulan.tidakSah");
        }
        UnitInfo akar = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        return sampaiTersimpan(akar, tahun, sampaiTriwulan);
    }

    /**
     * Through the score cache (valid while versi_skor is unchanged, see SkorCache). Not
     * transactional itself: a hit needs no connection beyond the token's read, and a miss reads
     * and scores in its own read transaction only once the cache lets it compute.
     */
    List<List<SkorUnit>> sampaiTersimpan(UnitInfo akar, int tahun, int sampaiTriwulan) {
        return cache.ambil(akar, new SkorCache.Kunci(akar.id(), tahun, sampaiTriwulan, hariIni(),
                LocaleContextHolder.getLocale()),
                () -> bacaSaja.execute(s -> hitungSampai(akar, tahun, sampaiTriwulan)));
    }

    LocalDate hariIni() {
        return LocalDate.now(clock.withZone(WIB));
    }

    private List<List<SkorUnit>> hitungSampai(UnitInfo akar, int tahun, int sampaiTriwulan) {
        List<UnitInfo> units = organisasi.subtree(akar.path()).stream().filter(UnitInfo::aktif).toList();
        List<List<SkorUnit>> out = new ArrayList<>(sampaiTriwulan);
        MuatanSubtree m = units.isEmpty() ? null
                : new MuatanSubtree(langsung, units, tahun, rencana, cascading, nilaiSubtree, laporan);
        for (int q = 1; q <= sampaiTriwulan; q++) {
            out.add(m == null ? List.of() : List.copyOf(skorSubtree(units, m, tahun, q)));
        }
        return List.copyOf(out);
    }

    private List<SkorUnit> subtreeTanpaAkses(UnitInfo akar, int tahun, int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            throw new BusinessRuleException("sd", "realisasi.triwulan.tidakSah");
        }
        List<UnitInfo> units = organisasi.subtree(akar.path()).stream().filter(UnitInfo::aktif).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        MuatanSubtree m = new MuatanSubtree(langsung, units, tahun, rencana, cascading, nilaiSubtree, laporan);
        return skorSubtree(units, m, tahun, triwulan);
    }

    private List<SkorUnit> skorSubtree(List<UnitInfo> units, MuatanSubtree m, int tahun, int triwulan) {
        List<SkorUnit> out = new ArrayList<>(units.size());
        for (UnitInfo u : units) {
            StatusLaporan lap = m.laporan(u.id()).stream().filter(l -> l.getTriwulan() == triwulan)
                    .map(LaporanRealisasi::getStatus).findFirst().orElse(null);
            Optional<PkBerlaku> pk = m.pk(u, tahun, triwulan);
            if (pk.isEmpty()) {
                out.add(new SkorUnit(u, null, Keadaan.TIDAK_ADA_DATA, 0, 0, 0, 0, 0, 0, 0, lap));
                continue;
            }
            HasilSkor h = hitung(u, pk.get(), tahun, triwulan, false, Map.of(), m);
            out.add(ringkas(u, h, lap, m));
        }
        return out;
    }

    /**
     * The whole organisation of a unit scored s.d. quarter n, for the ranking Kemenlu announces to
     * all staff: allowed to anyone who sees some unit of that organisation. Callers show the order
     * and scores only; anything more needs reach over the unit itself.
     */
    public List<SkorUnit> seOrganisasi(Long unitId, int tahun, int triwulan) {
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        String akarPath = unit.path().substring(0, unit.path().indexOf('/', 1) + 1);
        akses.periksa(Aksi.LIHAT, unitId);
        UnitInfo akar = organisasi.unitDenganPath(akarPath).orElseThrow(() -> new NotFoundException("Unit", akarPath));
        if (triwulan < 1 || triwulan > 4) {
            throw new BusinessRuleException("sd", "realisasi.triwulan.tidakSah");
        }
        // the same entry the organisation's own dashboard fills (s.d. TW 1..n)
        return sampaiTersimpan(akar, tahun, triwulan).get(triwulan - 1);
    }

    private SkorUnit ringkas(UnitInfo u, HasilSkor h, StatusLaporan lap, Muatan m) {
        int hijau = 0, kuning = 0, merah = 0, tanpa = 0, belum = 0, belumValid = 0, tidakValid = 0;
        for (IkuSkor i : h.indikator()) {
            if (!i.dinilai()) {
                continue;
            }
            if (!i.belumDilaporkan().isEmpty()) {
                belum++;
            }
            if (i.band() == null) {
                tanpa++;
            } else {
                switch (i.band()) {
                    case HIJAU -> hijau++;
                    case KUNING -> kuning++;
                    case MERAH -> merah++;
                }
            }
            if (i.turunan() == null) {
                int sampai = KodePeriode.sampai(i.periodePelaporan(), h.triwulan());
                Map<KodePeriode, NilaiTersimpan> ada = m.tersimpan(i.ikuAkarId());
                for (int p = 1; p <= sampai; p++) {
                    NilaiTersimpan r = ada.get(new KodePeriode(i.periodePelaporan(), p));
                    if (r != null && r.statusValidasi() == null) {
                        belumValid++;
                    } else if (r != null && r.statusValidasi() == StatusValidasi.TIDAK_VALID) {
                        tidakValid++;
                    }
                }
            }
        }
        Keadaan k;
        if (h.score() == null) {
            k = Keadaan.TIDAK_ADA_DATA;
        } else if (belum > 0 || lap == null || lap == StatusLaporan.DRAFT || lap == StatusLaporan.DIKEMBALIKAN) {
            k = h.status() == StatusSkor.FINAL ? Keadaan.FINAL : Keadaan.BELUM_DILAPORKAN;
        } else {
            k = h.status() == StatusSkor.FINAL ? Keadaan.FINAL : Keadaan.BELUM_DIVALIDASI;
        }
        return new SkorUnit(u, h, k, hijau, kuning, merah, tanpa, belum, belumValid, tidakValid, lap);
    }

    // ---------------------------------------------------------------------------------------
    // computation (no access check: callers check)

    /**
     * @param ketikan values typed but not saved yet (live preview), by IKU lineage and period; a
     *                null value means the field was cleared
     */
    public HasilSkor hitung(UnitInfo unit, PkBerlaku pk, int tahun, int triwulan, boolean periodeSaja,
            Map<Long, Map<KodePeriode, NilaiMasukan>> ketikan) {
        return hitung(unit, pk, tahun, triwulan, periodeSaja, ketikan, muatanUntuk(pk.iku()));
    }

    /**
     * The s.d. score and the quarter's own score of one unit from ONE read ahead (the entry page's
     * preview shows both), element 0 = s.d. TW n, 1 = quarter n alone.
     */
    public List<HasilSkor> hitungSdDanPeriode(UnitInfo unit, PkBerlaku pk, int tahun, int triwulan,
            Map<Long, Map<KodePeriode, NilaiMasukan>> ketikan) {
        MuatanTautan m = muatanUntuk(pk.iku());
        return List.of(hitung(unit, pk, tahun, triwulan, false, ketikan, m),
                hitung(unit, pk, tahun, triwulan, true, ketikan, m));
    }

    /** The single-unit path's reads, ahead: links and lower IKU level by level, values at once. */
    private MuatanTautan muatanUntuk(Collection<IkuRencana> iku) {
        return new MuatanTautan(langsung, iku, cascading, rencana::iku, this::nilaiBanyak);
    }

    private static final int IRISAN = 10_000;

    private Map<Long, Map<KodePeriode, NilaiTersimpan>> nilaiBanyak(Collection<Long> akarIds) {
        List<Long> ids = List.copyOf(akarIds);
        Map<Long, Map<KodePeriode, NilaiTersimpan>> out = new HashMap<>();
        for (int i = 0; i < ids.size(); i += IRISAN) {
            for (Realisasi r : realisasi.findByIkuAkarIdIn(ids.subList(i, Math.min(ids.size(), i + IRISAN)))) {
                out.computeIfAbsent(r.getIkuAkarId(), k -> new HashMap<>())
                        .put(new KodePeriode(r.getJenisPeriode(), r.getNomor()), NilaiTersimpan.dari(r));
            }
        }
        return out;
    }

    HasilSkor hitung(UnitInfo unit, PkBerlaku pk, int tahun, int triwulan, boolean periodeSaja,
            Map<Long, Map<KodePeriode, NilaiMasukan>> ketikan, Muatan muatan) {
        Rulebook rb = muatan.rulebook(unit.rulebookKey(), tahun, triwulan);
        Konteks ctx = new Konteks(ketikan, muatan.periode(unit.organisasiId(), tahun),
                LocalDate.now(clock.withZone(WIB)), muatan);
        BatasLapor.Penentu penentu = muatan.penentu();
        ctx.batas = p -> penentu.batas(unit, p);
        List<IndicatorInput> inputs = new ArrayList<>();
        List<IkuSkor> kerangka = new ArrayList<>();
        for (IkuRencana iku : pk.iku()) {
            JenisPeriode jenis = iku.periodePelaporan();
            int sampai = KodePeriode.sampai(jenis, triwulan);
            int dari = periodeSaja ? KodePeriode.sampai(jenis, triwulan - 1) + 1 : 1;
            boolean dinilai = sampai >= dari && sampai >= 1;
            TargetRange range = iku.polarisasi() == Polarization.STABILIZE
                    && (iku.targetBawah() != null || iku.targetAtas() != null)
                    ? new TargetRange(iku.targetBawah(), iku.targetAtas()) : null;
            BigDecimal target = dinilai && range == null ? target(iku, dari, sampai, triwulan) : null;
            Deret deret = deret(iku, ctx, 0, new HashSet<>());
            Turunan turunan = ctx.turunan.get(iku.akarId());
            BigDecimal real = dinilai && (target != null || range != null)
                    ? deret.nilai(dari, sampai, iku.konsolidasiPeriode()) : null;
            List<String> belum = turunan != null || !dinilai ? List.of()
                    : belumDilaporkan(iku, ctx, 1, sampai);
            inputs.add(new IndicatorInput(iku.kode(), iku.ssKode(), iku.perspektif(), iku.polarisasi(),
                    dinilai ? target : null, dinilai ? range : null, real, iku.targetMaksimum(), iku.validitas(),
                    iku.kendali(), iku.kualitas()));
            kerangka.add(new IkuSkor(iku.id(), iku.akarId(), iku.kode(), iku.nama(), iku.satuan(), iku.ssKode(),
                    iku.ssNama(), iku.perspektif(), iku.polarisasi(), jenis, iku.rawData(),
                    skala.untukSatuan(iku.satuan()).map(SkalaKualitatifService.Skala::kode).orElse(null), dinilai,
                    target, dinilai && range != null ? range.low() : null,
                    dinilai && range != null ? range.high() : null, real, null, null, null, null, null, turunan,
                    belum, false));
        }
        boolean owner = unit.pemilikPeta();
        ScoringResult r = engine.score(rb, owner, inputs);
        Map<String, IndicatorResult> perKode = r.indicators().stream()
                .collect(Collectors.toMap(IndicatorResult::code, Function.identity(), (a, b) -> a));
        Set<Long> naikkan = triwulan >= 2 && !periodeSaja && KEMENLU.equals(rb.key())
                ? perluDinaikkan(unit, pk, tahun, triwulan, r, ketikan, muatan) : Set.of();
        List<IkuSkor> indikator = kerangka.stream().map(k -> {
            IndicatorResult ir = perKode.get(k.kode());
            return new IkuSkor(k.ikuId(), k.ikuAkarId(), k.kode(), k.nama(), k.satuan(), k.ssKode(), k.ssNama(),
                    k.perspektif(), k.polarisasi(), k.periodePelaporan(), k.rawData(), k.skala(), k.dinilai(),
                    k.target(), k.targetBawah(), k.targetAtas(), k.realisasi(), ir.capaian(), ir.band(),
                    formula(ir), ir.bobot(), ir.bobotTertimbang(), k.turunan(), k.belumDilaporkan(),
                    naikkan.contains(k.ikuAkarId()));
        }).toList();
        List<SsSkor> ss = r.sasaran().stream().map(s -> new SsSkor(s.code(), s.perspective(), s.nss(), s.band()))
                .toList();
        List<PerspektifSkor> persp = r.perspectives().stream()
                .map(p -> new PerspektifSkor(p.perspective(), p.np(), p.bobot(), p.bobotTertimbang(), p.band()))
                .toList();
        HasilSkor hasil = new HasilSkor(unit.id(), unit.kode(), unit.nama(), tahun, triwulan, periodeSaja, pk.pkId(),
                pk.nomorVersi(), rb.key(), r.scoreType(), r.score(), r.predikat(), r.band(),
                status(muatan.terkunci(unit.id(), pk.tahunAnggaranId()), triwulan, periodeSaja), indikator, ss, persp,
                r.predikatCode());
        if (!periodeSaja && ketikan.isEmpty()) {
            muatan.ingat(hasil);
        }
        return hasil;
    }

    private static final String KEMENLU = "KEMENLU_BSC";
    private static final String KEMENKEU = "KEMENKEU";

    /**
     * Kemenkeu (workflows.md §6): an IKU whose realisation s.d. quarter n already meets the target
     * s.d. its next reporting period — capaian ≥ 100 scored by the engine against that target —
     * needs a compulsory addendum; not a yearly IKU whose target is the maximum attainable.
     */
    public record AddendumWajib(Long ikuId, String kode, String nama, String periodeBerikut,
            BigDecimal realisasi, BigDecimal targetBerikut, BigDecimal capaian) {
    }

    /** The compulsory-addendum flags as of the latest started quarter that raises any (for the PK page and the API). */
    public record AddendumTerakhir(int triwulan, List<AddendumWajib> iku) {
    }

    /**
     * The PK page's flag: quarters from the current one back to TW I, the first that raises a
     * compulsory addendum; null when none does or the unit's rulebook has no such rule (then
     * nothing is scored beyond the access check).
     */
    @Transactional(readOnly = true)
    public AddendumTerakhir addendumTerakhir(Long unitId, int tahun) {
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        akses.periksa(Aksi.LIHAT, unitId);
        if (!KEMENKEU.equals(unit.rulebookKey())) {
            return null;
        }
        LocalDate hariIni = LocalDate.now(clock.withZone(WIB));
        int sekarang = hariIni.getYear() > tahun ? 4 : hariIni.getYear() < tahun ? 0 : (hariIni.getMonthValue() + 2) / 3;
        for (int tw = Math.min(sekarang, 3); tw >= 1; tw--) {
            if (rencana.berlaku(unitId, unit.organisasiId(), tahun, tw).isEmpty()) {
                continue;
            }
            List<AddendumWajib> a = addendumWajib(unitId, tahun, tw);
            if (!a.isEmpty()) {
                return new AddendumTerakhir(tw, a);
            }
        }
        return null;
    }

    /** The IKU of a Kemenkeu unit whose PK needs a compulsory addendum after quarter n (empty otherwise). */
    @Transactional(readOnly = true)
    public List<AddendumWajib> addendumWajib(Long unitId, int tahun, int triwulan) {
        HasilSkor sd = hitungDenganAkses(unitId, tahun, triwulan, false);
        if (!KEMENKEU.equals(sd.rulebook())) {
            return List.of();
        }
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        PkBerlaku pk = rencana.berlaku(unitId, unit.organisasiId(), tahun, triwulan)
                .orElseThrow(() -> new PkBelumBerlakuException(unit.kode(), tahun));
        Map<Long, IkuSkor> skor = sd.indikator().stream()
                .collect(Collectors.toMap(IkuSkor::ikuId, Function.identity(), (a, b) -> a));
        List<IndicatorInput> inputs = new ArrayList<>();
        Map<String, Calon> calon = new LinkedHashMap<>();
        for (IkuRencana iku : pk.iku()) {
            JenisPeriode jenis = iku.periodePelaporan();
            int berikut = KodePeriode.sampai(jenis, triwulan) + 1;
            IkuSkor s = skor.get(iku.id());
            if (berikut > jenis.jumlahPerTahun() || s == null || s.realisasi() == null
                    || (jenis == JenisPeriode.TAHUN && iku.targetMaksimum())) {
                continue;
            }
            BigDecimal target = target(iku, 1, berikut, berikut == jenis.jumlahPerTahun() ? 4 : triwulan + 1);
            if (target == null) {
                continue;
            }
            inputs.add(new IndicatorInput(iku.kode(), iku.ssKode(), iku.perspektif(), iku.polarisasi(), target,
                    null, s.realisasi(), iku.targetMaksimum(), iku.validitas(), iku.kendali(), iku.kualitas()));
            calon.put(iku.kode(), new Calon(iku, new KodePeriode(jenis, berikut).kode(), target, s.realisasi()));
        }
        if (inputs.isEmpty()) {
            return List.of();
        }
        Rulebook rb = rulebooks.berlaku(unit.rulebookKey(), new RulebookVersi.Periode(tahun, triwulan));
        List<AddendumWajib> out = new ArrayList<>();
        for (IndicatorResult ir : engine.score(rb, unit.pemilikPeta(), inputs).indicators()) {
            Calon c = calon.get(ir.code());
            if (c != null && ir.capaian() != null && Scores.display(ir.capaian()).compareTo(Scores.HUNDRED) >= 0) {
                out.add(new AddendumWajib(c.iku().id(), c.iku().kode(), c.iku().nama(), c.periode(), c.realisasi(),
                        c.target(), ir.capaian()));
            }
        }
        return out;
    }

    private record Calon(IkuRencana iku, String periode, BigDecimal target, BigDecimal realisasi) {
    }

    /** IKU (by lineage) whose capaian s.d. TW II is above 100 and whose target is not the maximum. */
    private Set<Long> perluDinaikkan(UnitInfo unit, PkBerlaku pk, int tahun, int triwulan, ScoringResult sekarang,
            Map<Long, Map<KodePeriode, NilaiMasukan>> ketikan, Muatan muatan) {
        PkBerlaku pkTw2 = triwulan == 2 ? pk : muatan.pk(unit, tahun, 2).orElse(null);
        if (pkTw2 == null) {
            return Set.of();
        }
        Map<String, BigDecimal> capaian = new HashMap<>();
        if (triwulan == 2) {
            sekarang.indicators().forEach(i -> capaian.put(i.code(), i.capaian()));
        } else {
            // semester I = the s.d. TW II span, scored with the PK version in force then (a batch
            // remembers it: the dashboard's trend has scored it already)
            HasilSkor tw2 = ketikan.isEmpty() ? muatan.hasil(unit.id(), pkTw2.pkId(), tahun, 2) : null;
            if (tw2 == null) {
                tw2 = hitung(unit, pkTw2, tahun, 2, false, ketikan, muatan);
            }
            tw2.indikator().forEach(i -> capaian.put(i.kode(), i.capaian()));
        }
        Set<Long> out = new HashSet<>();
        for (IkuRencana iku : pkTw2.iku()) {
            BigDecimal c = capaian.get(iku.kode());
            if (!iku.targetMaksimum() && c != null && Scores.display(c).compareTo(Scores.HUNDRED) > 0) {
                out.add(iku.akarId());
            }
        }
        return out;
    }

    /** FINAL once the validation forum has locked every quarter of the span for the unit. */
    private static StatusSkor status(Set<Integer> terkunci, int triwulan, boolean periodeSaja) {
        for (int q = periodeSaja ? triwulan : 1; q <= triwulan; q++) {
            if (!terkunci.contains(q)) {
                return StatusSkor.SEMENTARA;
            }
        }
        return StatusSkor.FINAL;
    }

    /**
     * Target of the span: the PK's annual target for the whole year (and for a yearly IKU), else the
     * period consolidation of the Rencana Aksi trajectory; the annual target when no trajectory was
     * set for a non-SUM IKU.
     */
    static BigDecimal target(IkuRencana iku, int dari, int sampai, int triwulan) {
        int jumlah = iku.periodePelaporan().jumlahPerTahun();
        if (iku.periodePelaporan() == JenisPeriode.TAHUN || (dari == 1 && sampai == jumlah && triwulan == 4)) {
            return iku.target();
        }
        List<BigDecimal> traj = iku.trajektori();
        BigDecimal t = PeriodConsolidator.consolidate(iku.konsolidasiPeriode(), traj.subList(dari - 1, sampai),
                sampai - dari + 1);
        if (t == null && traj.stream().allMatch(Objects::isNull) && iku.konsolidasiPeriode() != PeriodConsolidation.SUM) {
            return iku.target();
        }
        return t;
    }

    private List<String> belumDilaporkan(IkuRencana iku, Konteks ctx, int dari, int sampai) {
        Map<KodePeriode, NilaiTersimpan> ada = ctx.tersimpan(iku.akarId());
        List<String> out = new ArrayList<>();
        for (int i = dari; i <= sampai; i++) {
            KodePeriode kp = new KodePeriode(iku.periodePelaporan(), i);
            if (ada.containsKey(kp)) {
                continue;
            }
            PeriodeInfo p = ctx.periode(kp);
            if (p != null && ctx.hariIni.isAfter(ctx.batas.apply(p))) {
                out.add(kp.kode());
            }
        }
        return out;
    }

    private String formula(IndicatorResult i) {
        if (i.capaian() == null || i.formula() == null) {
            return messages.getMessage(FormulaStep.NA, null, FormulaStep.NA, LocaleContextHolder.getLocale());
        }
        return i.formula().steps().stream()
                .map(s -> messages.getMessage(s.key(), s.displayArgs(), s.text(), LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(Formula.SEPARATOR));
    }

    // ---------------------------------------------------------------------------------------
    // where a computation reads its data: one look-up at a time (one unit), or preloaded (a subtree)

    /** The reads a score needs; {@link SkorBatch} answers them from a few preloaded queries. */
    interface Muatan {

        Rulebook rulebook(String key, int tahun, int triwulan);

        List<PeriodeInfo> periode(Long organisasiId, int tahun);

        Optional<PkBerlaku> pk(UnitInfo unit, int tahun, int triwulan);

        List<CascadingApi.Tautan> bawah(List<Long> garis);

        List<IkuRencana> iku(List<Long> ikuIds);

        Map<KodePeriode, NilaiTersimpan> tersimpan(Long akarId);

        Set<Integer> terkunci(Long unitId, Long tahunAnggaranId);

        BatasLapor.Penentu penentu();

        /** A saved-values s.d. score this data source already computed (a batch remembers; null = compute). */
        default HasilSkor hasil(Long unitId, Long pkId, int tahun, int triwulan) {
            return null;
        }

        default void ingat(HasilSkor h) {
        }
    }

    /** One query per question: the single-unit path (and the batch's fallback outside its subtree). */
    final Muatan langsung = new Muatan() {

        @Override
        public BatasLapor.Penentu penentu() {
            return batasLapor.penentu();
        }

        @Override
        public Rulebook rulebook(String key, int tahun, int triwulan) {
            return rulebooks.berlaku(key, new RulebookVersi.Periode(tahun, triwulan));
        }

        @Override
        public List<PeriodeInfo> periode(Long organisasiId, int tahun) {
            return organisasi.periode(organisasiId, tahun);
        }

        @Override
        public Optional<PkBerlaku> pk(UnitInfo unit, int tahun, int triwulan) {
            return rencana.berlaku(unit.id(), unit.organisasiId(), tahun, triwulan);
        }

        @Override
        public List<CascadingApi.Tautan> bawah(List<Long> garis) {
            return cascading.bawah(garis);
        }

        @Override
        public List<IkuRencana> iku(List<Long> ikuIds) {
            return rencana.iku(ikuIds);
        }

        @Override
        public Map<KodePeriode, NilaiTersimpan> tersimpan(Long akarId) {
            return realisasi.findByIkuAkarIdIn(List.of(akarId)).stream()
                    .collect(Collectors.toMap(r -> new KodePeriode(r.getJenisPeriode(), r.getNomor()),
                            NilaiTersimpan::dari));
        }

        @Override
        public Set<Integer> terkunci(Long unitId, Long tahunAnggaranId) {
            return laporan.findByUnitIdAndTahunAnggaranId(unitId, tahunAnggaranId).stream()
                    .filter(LaporanRealisasi::isTerkunci).map(LaporanRealisasi::getTriwulan)
                    .collect(Collectors.toSet());
        }
    };

    // ---------------------------------------------------------------------------------------
    // series of values per period: stored, or flowing up from below

    /** An IKU's values over its reporting periods (1-based). */
    interface Deret {

        /** Realisation consolidated over periods dari..sampai; null = n/a. */
        BigDecimal nilai(int dari, int sampai, PeriodConsolidation k);

        /** Raw pair of one period (null when not a complete pair). */
        RawValue mentah(int i);

        /** The value of one period alone. */
        BigDecimal periode(int i);
    }

    record DeretTersimpan(BigDecimal[] nilai, RawValue[] pasangan, boolean raw) implements Deret {

        @Override
        public BigDecimal nilai(int dari, int sampai, PeriodConsolidation k) {
            if (sampai < dari || dari < 1) {
                return null;
            }
            int n = Math.min(sampai, nilai.length);
            if (raw) {
                RawValue r = PeriodConsolidator.consolidateRaw(k, Arrays.asList(pasangan).subList(dari - 1, n),
                        n - dari + 1);
                return r == null ? null : r.ratio();
            }
            return PeriodConsolidator.consolidate(k, Arrays.copyOfRange(nilai, dari - 1, n), n - dari + 1);
        }

        @Override
        public RawValue mentah(int i) {
            return i >= 1 && i <= pasangan.length ? pasangan[i - 1] : null;
        }

        @Override
        public BigDecimal periode(int i) {
            return i >= 1 && i <= nilai.length ? nilai[i - 1] : null;
        }
    }

    record DeretLokasi(LocationConsolidation jenis, List<Deret> bawah) implements Deret {

        @Override
        public BigDecimal nilai(int dari, int sampai, PeriodConsolidation k) {
            if (sampai < dari || dari < 1) {
                return null;
            }
            if (jenis == LocationConsolidation.RAW_DATA) {
                List<RawValue> perPeriode = new ArrayList<>();
                for (int i = dari; i <= sampai; i++) {
                    perPeriode.add(mentah(i));
                }
                RawValue r = PeriodConsolidator.consolidateRaw(k, perPeriode, perPeriode.size());
                return r == null ? null : r.ratio();
            }
            return LocationConsolidator.consolidate(jenis, bawah.stream().map(b -> b.nilai(dari, sampai, k)).toList());
        }

        @Override
        public RawValue mentah(int i) {
            return LocationConsolidator.sumRaw(bawah.stream().map(b -> b.mentah(i)).toList());
        }

        @Override
        public BigDecimal periode(int i) {
            if (jenis == LocationConsolidation.RAW_DATA) {
                RawValue r = mentah(i);
                return r == null ? null : r.ratio();
            }
            return LocationConsolidator.consolidate(jenis, bawah.stream().map(b -> b.periode(i)).toList());
        }
    }

    /** Per-computation memo: stored values by lineage, derived sources, the year's periods. */
    final class Konteks {

        final Map<Long, Map<KodePeriode, NilaiMasukan>> ketikan;
        final Map<Long, Map<KodePeriode, NilaiTersimpan>> simpanan = new HashMap<>();
        final Map<Long, Turunan> turunan = new HashMap<>();
        final Map<KodePeriode, PeriodeInfo> periode = new HashMap<>();
        final LocalDate hariIni;
        /** The unit's report deadline of a period (rulebook per level, else the period's own). */
        Function<PeriodeInfo, LocalDate> batas = PeriodeInfo::batasLapor;

        final Muatan muatan;

        Konteks(Map<Long, Map<KodePeriode, NilaiMasukan>> ketikan, List<PeriodeInfo> periode, LocalDate hariIni,
                Muatan muatan) {
            this.muatan = muatan;
            this.ketikan = ketikan;
            this.hariIni = hariIni;
            periode.forEach(p -> this.periode.put(new KodePeriode(p.jenis(), p.nomor()), p));
        }

        Map<KodePeriode, NilaiTersimpan> tersimpan(Long akarId) {
            return simpanan.computeIfAbsent(akarId, muatan::tersimpan);
        }

        PeriodeInfo periode(KodePeriode kp) {
            return periode.get(kp);
        }
    }

    /** The series of an IKU: its own values, or the values flowing up from the units below. */
    Deret deret(IkuRencana iku, Konteks ctx, int kedalaman, Set<Long> dikunjungi) {
        if (kedalaman < KEDALAMAN_MAKS && dikunjungi.add(iku.akarId())) {
            List<CascadingApi.Tautan> tautan = ctx.muatan.bawah(iku.garis()).stream()
                    .filter(t -> t.metode() == MetodeLink.DIRECT || t.metode() == MetodeLink.INDIRECT).toList();
            List<CascadingApi.Tautan> direct = tautan.stream().filter(t -> t.metode() == MetodeLink.DIRECT).toList();
            if (!direct.isEmpty()) {
                // measured once, by the lowest unit that carries it
                CascadingApi.Tautan t = direct.stream().max(Comparator.comparingInt(CascadingApi.Tautan::kedalaman)
                        .thenComparing(CascadingApi.Tautan::bawahIkuId, Comparator.reverseOrder())).orElseThrow();
                IkuRencana bawah = ctx.muatan.iku(List.of(t.bawahIkuId())).get(0);
                Deret d = deret(bawah, ctx, kedalaman + 1, dikunjungi);
                Turunan lebihBawah = ctx.turunan.get(bawah.akarId());
                List<Sumber> dari = lebihBawah != null && lebihBawah.metode() == MetodeLink.DIRECT ? lebihBawah.dari()
                        : List.of(new Sumber(t.unitId(), t.unitKode(), t.unitNama(), t.bawahIkuId(), t.ikuKode()));
                ctx.turunan.put(iku.akarId(), new Turunan(MetodeLink.DIRECT, null, dari));
                return d;
            }
            if (!tautan.isEmpty()) {
                LocationConsolidation jenis = tautan.stream().map(CascadingApi.Tautan::konsolidasiLokasi)
                        .filter(Objects::nonNull).findFirst().orElse(LocationConsolidation.SUM);
                Map<Long, IkuRencana> bawah = ctx.muatan.iku(tautan.stream().map(CascadingApi.Tautan::bawahIkuId)
                        .toList()).stream().collect(Collectors.toMap(IkuRencana::id, Function.identity()));
                List<Deret> deretBawah = new ArrayList<>();
                for (CascadingApi.Tautan t : tautan) {
                    deretBawah.add(deret(bawah.get(t.bawahIkuId()), ctx, kedalaman + 1, dikunjungi));
                }
                ctx.turunan.put(iku.akarId(), new Turunan(MetodeLink.INDIRECT, jenis, tautan.stream()
                        .map(t -> new Sumber(t.unitId(), t.unitKode(), t.unitNama(), t.bawahIkuId(), t.ikuKode())).toList()));
                return new DeretLokasi(jenis, deretBawah);
            }
        }
        return tersimpan(iku, ctx);
    }

    private Deret tersimpan(IkuRencana iku, Konteks ctx) {
        int n = iku.periodePelaporan().jumlahPerTahun();
        BigDecimal[] nilai = new BigDecimal[n];
        RawValue[] pasangan = new RawValue[n];
        Map<KodePeriode, NilaiTersimpan> ada = ctx.tersimpan(iku.akarId());
        Map<KodePeriode, NilaiMasukan> ketik = ctx.ketikan.getOrDefault(iku.akarId(), Map.of());
        for (int i = 1; i <= n; i++) {
            KodePeriode kp = new KodePeriode(iku.periodePelaporan(), i);
            NilaiMasukan m;
            if (ketik.containsKey(kp)) {
                m = ketik.get(kp);
            } else {
                NilaiTersimpan r = ada.get(kp);
                m = r == null ? null : r.nilai();
            }
            if (m == null) {
                continue;
            }
            nilai[i - 1] = m.nilai();
            if (m.jenis() == JenisNilai.RASIO && m.penyebut() != null && m.penyebut().signum() != 0) {
                pasangan[i - 1] = RawValue.of(m.pembilang(), m.penyebut());
            }
        }
        return new DeretTersimpan(nilai, pasangan, iku.rawData());
    }

    /** Is this IKU derived from below (read-only for its own unit)? The method, or null. */
    public Turunan turunan(IkuRencana iku) {
        Konteks ctx = new Konteks(Map.of(), List.of(), LocalDate.now(clock.withZone(WIB)), muatanUntuk(List.of(iku)));
        deret(iku, ctx, 0, new HashSet<>());
        return ctx.turunan.get(iku.akarId());
    }

    /** The per-period values of an IKU as they flow up (for listing derived values). */
    public Map<KodePeriode, BigDecimal> nilaiTurunan(IkuRencana iku) {
        Konteks ctx = new Konteks(Map.of(), List.of(), LocalDate.now(clock.withZone(WIB)), muatanUntuk(List.of(iku)));
        return nilaiPerPeriode(iku, deret(iku, ctx, 0, new HashSet<>()));
    }

    private static Map<KodePeriode, BigDecimal> nilaiPerPeriode(IkuRencana iku, Deret d) {
        Map<KodePeriode, BigDecimal> out = new LinkedHashMap<>();
        for (int i = 1; i <= iku.periodePelaporan().jumlahPerTahun(); i++) {
            out.put(new KodePeriode(iku.periodePelaporan(), i), d.periode(i));
        }
        return out;
    }

    /** Whether an IKU is derived from below, and then its values per period. */
    public record NilaiTurunanIku(Turunan turunan, Map<KodePeriode, BigDecimal> nilai) {
    }

    /**
     * {@link #turunan} and {@link #nilaiTurunan} for all IKU of a page from one read ahead (the
     * entry page lists every IKU of a PK), by IKU id.
     */
    public Map<Long, NilaiTurunanIku> turunanSemua(List<IkuRencana> ikus) {
        MuatanTautan m = muatanUntuk(ikus);
        Map<Long, NilaiTurunanIku> out = new HashMap<>();
        for (IkuRencana iku : ikus) {
            Konteks ctx = new Konteks(Map.of(), List.of(), LocalDate.now(clock.withZone(WIB)), m);
            Deret d = deret(iku, ctx, 0, new HashSet<>());
            Turunan t = ctx.turunan.get(iku.akarId());
            out.put(iku.id(), new NilaiTurunanIku(t, t == null ? Map.of() : nilaiPerPeriode(iku, d)));
        }
        return out;
    }
}
