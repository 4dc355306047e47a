package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.TahunAnggaranRepository;
import id.kinerja.organisasi.Unit;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read model of approved plans for the modules that measure them (realisasi, dashboards, LKj):
 * the PK version in force for a unit in a quarter, with every SS/IKU attribute, target and
 * trajectory, as records. No access check here: callers check reach first.
 */
@Service
public class RencanaKinerjaApi {

    private final PerjanjianKinerjaRepository pks;
    private final SasaranStrategisRepository sasaran;
    private final IkuRepository ikus;
    private final TargetPeriodeRepository targets;
    private final TahunAnggaranRepository tahun;
    private final PkAnggaranRepository anggaran;
    private final VersiPkMassal massal;

    RencanaKinerjaApi(PerjanjianKinerjaRepository pks, SasaranStrategisRepository sasaran, IkuRepository ikus,
            TargetPeriodeRepository targets, TahunAnggaranRepository tahun, PkAnggaranRepository anggaran,
            VersiPkMassal massal) {
        this.massal = massal;
        this.anggaran = anggaran;
        this.pks = pks;
        this.sasaran = sasaran;
        this.ikus = ikus;
        this.targets = targets;
        this.tahun = tahun;
    }

    /**
     * One IKU of a PK version as the measuring modules need it.
     *
     * @param akarId      the first version of this IKU (following revisions back): realisations of
     *                    earlier quarters stay attached across PK versions
     * @param garis       this IKU and its earlier versions, newest first
     * @param rawData     a ratio IKU: realisation entered as numerator and denominator
     * @param trajektori  Rencana Aksi targets per reporting period (null = not set)
     */
    public record IkuRencana(Long id, Long akarId, List<Long> garis, Long pkId, Long unitId, String kode,
            String nama, String satuan, String formula, Long ssId, String ssKode, String ssNama,
            Perspective perspektif, Polarization polarisasi, PeriodConsolidation konsolidasiPeriode,
            LocationConsolidation konsolidasiLokasi, JenisPeriode periodePelaporan, JenisCascading jenisCascading,
            MetodeCascading metodeCascading, boolean rawData, String labelPembilang, String labelPenyebut,
            boolean targetMaksimum, Validity validitas, Control kendali, QualityTier kualitas, BigDecimal target,
            BigDecimal targetBawah, BigDecimal targetAtas, List<BigDecimal> trajektori) {
    }

    public record PkBerlaku(Long pkId, Long unitId, Long tahunAnggaranId, int tahun, int nomorVersi, JenisPk jenis,
            int berlakuMulaiTriwulan, StatusPk status, List<IkuRencana> iku) {
    }

    /**
     * The approved PK version in force in a quarter: the latest approved (or since superseded)
     * version whose revision took effect by that quarter. Empty when none was approved.
     */
    @Transactional(readOnly = true)
    public Optional<PkBerlaku> berlaku(Long unitId, Long organisasiId, int th, int triwulan) {
        return tahun.findByOrganisasiIdAndTahun(organisasiId, th)
                .flatMap(ta -> pks.findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(unitId, ta.getId()).stream()
                        .filter(p -> p.getStatus() == StatusPk.DITETAPKAN || p.getStatus() == StatusPk.DIGANTIKAN)
                        .filter(p -> p.getBerlakuMulaiTriwulan() <= triwulan)
                        .max(Comparator.comparingInt(PerjanjianKinerja::getNomorVersi)))
                .map(this::view);
    }

    /** Where a PK or an IKU sits (unit, year, version), e.g. for breadcrumbs; no access check. */
    public record Letak(Long pkId, Long unitId, int tahun, int nomorVersi, Long ikuId, String ikuKode) {
    }

    @Transactional(readOnly = true)
    public Optional<Letak> letakPk(Long pkId) {
        return pks.findById(pkId).map(p -> new Letak(p.getId(), p.getUnit().getId(), p.getTahunAnggaran().getTahun(),
                p.getNomorVersi(), null, null));
    }

    @Transactional(readOnly = true)
    public Optional<Letak> letakIku(Long ikuId) {
        return ikus.findById(ikuId).map(i -> {
            PerjanjianKinerja p = i.getSs().getPk();
            return new Letak(p.getId(), p.getUnit().getId(), p.getTahunAnggaran().getTahun(), p.getNomorVersi(),
                    i.getId(), i.getKode());
        });
    }

    /** IKU by id (any unit, any version), e.g. the lower ends of cascading links. */
    @Transactional(readOnly = true)
    public List<IkuRencana> iku(Collection<Long> ikuIds) {
        if (ikuIds.isEmpty()) {
            return List.of();
        }
        List<Iku> daftar = ikus.findAllById(ikuIds);
        Map<Long, List<TargetPeriode>> traj = daftar.stream().map(i -> i.getSs().getPk().getId()).distinct()
                .flatMap(pk -> targets.findByPkId(pk).stream())
                .collect(Collectors.groupingBy(t -> t.getIku().getId()));
        return daftar.stream().map(i -> view(i, traj.getOrDefault(i.getId(), List.of()))).toList();
    }

    /**
     * Every approved (or since superseded) PK version of these units in a year, in three queries
     * (PKs, their IKU, their trajectories): the batch read of a whole subtree. Pick the version in
     * force in a quarter with {@link #pilih}.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<PkBerlaku>> semuaVersi(Collection<Long> unitIds, Long organisasiId, int th) {
        Optional<Long> ta = tahun.findByOrganisasiIdAndTahun(organisasiId, th).map(t -> t.getId());
        if (ta.isEmpty() || unitIds.isEmpty()) {
            return Map.of();
        }
        // streamed rows straight into the records (no entities): all versions' IKU are read
        // together, so following a revision back (asal) needs no further row
        return massal.baca(unitIds, ta.get(), th);
    }

    /** The budget (Σ anggaran of the PK's budget lines) per PK, in one query. */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> pagu(Collection<Long> pkIds) {
        return pkIds.isEmpty() ? Map.of() : anggaran.findByPkIdIn(pkIds).stream()
                .filter(a -> a.getAnggaran() != null)
                .collect(Collectors.toMap(a -> a.getPk().getId(), PkAnggaran::getAnggaran, BigDecimal::add));
    }

    /** The version in force in a quarter among a unit's approved versions (same rule as {@link #berlaku}). */
    public static Optional<PkBerlaku> pilih(List<PkBerlaku> versi, int triwulan) {
        return versi.stream().filter(p -> p.berlakuMulaiTriwulan() <= triwulan)
                .max(Comparator.comparingInt(PkBerlaku::nomorVersi));
    }

    private PkBerlaku view(PerjanjianKinerja pk) {
        Map<Long, List<TargetPeriode>> traj = targets.findByPkId(pk.getId()).stream()
                .collect(Collectors.groupingBy(t -> t.getIku().getId()));
        return view(pk, ikus.findByPkId(pk.getId()), traj);
    }

    private PkBerlaku view(PerjanjianKinerja pk, List<Iku> ikuPk, Map<Long, List<TargetPeriode>> traj) {
        List<IkuRencana> daftar = ikuPk.stream()
                .sorted(Comparator.comparing((Iku i) -> urutanSs(i.getSs().getKode())).thenComparing(Iku::getKode))
                .map(i -> view(i, traj.getOrDefault(i.getId(), List.of()))).toList();
        Unit unit = pk.getUnit();
        return new PkBerlaku(pk.getId(), unit.getId(), pk.getTahunAnggaran().getId(), pk.getTahunAnggaran().getTahun(),
                pk.getNomorVersi(), pk.getJenis(), pk.getBerlakuMulaiTriwulan(), pk.getStatus(), daftar);
    }

    /** S2 before S10. */
    static String urutanSs(String kode) {
        String angka = kode.replaceAll("\\D", "");
        return String.format("%05d", angka.isEmpty() ? 0 : Integer.parseInt(angka.length() > 5 ? "0" : angka));
    }

    private static IkuRencana view(Iku i, List<TargetPeriode> traj) {
        List<Long> garis = new ArrayList<>();
        for (Iku x = i; x != null && garis.size() < 50; x = x.getAsal()) {
            garis.add(x.getId());
        }
        IkuParameters p = i.parameters();
        BigDecimal[] nilai = new BigDecimal[p.periodePelaporan().jumlahPerTahun()];
        for (TargetPeriode t : traj) {
            if (t.getJenisPeriode() == p.periodePelaporan() && t.getNomor() <= nilai.length) {
                nilai[t.getNomor() - 1] = t.getTarget();
            }
        }
        SasaranStrategis ss = i.getSs();
        return new IkuRencana(i.getId(), garis.get(garis.size() - 1), List.copyOf(garis), ss.getPk().getId(),
                ss.getPk().getUnit().getId(), i.getKode(), p.nama(), p.satuan(), p.formula(), ss.getId(),
                ss.getKode(), ss.getNama(), ss.getPerspektif(), p.polarisasi(), p.konsolidasiPeriode(),
                p.konsolidasiLokasi(), p.periodePelaporan(), p.jenisCascading(), p.metodeCascading(),
                p.labelPembilang() != null || i.getTargetPembilang() != null, p.labelPembilang(), p.labelPenyebut(),
                p.targetMaksimum(), p.validitas(), p.kendali(), p.kualitas(), p.target(), p.targetBawah(),
                p.targetAtas(), Arrays.asList(nilai));
    }
}
