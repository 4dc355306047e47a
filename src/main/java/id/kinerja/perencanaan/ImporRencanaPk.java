package id.kinerja.perencanaan;

import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.RollUp;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.ScoringEngine;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies a whole plan read from a workbook (SS, IKU with Manual IKU, trajectories) to a draft PK
 * in one go: the PK is loaded, locked and version-checked once, its IKU and targets are read in one
 * query, every change is made on the aggregate in memory, the plan-wide rules run once over the
 * whole plan, and only a plan without a single violation is flushed (batched inserts, pooled
 * sequences). Any violation comes back with the row it belongs to and nothing is written.
 */
@Service
public class ImporRencanaPk {

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d-M-yyyy");

    /**
     * One SS of the file. {@code ssId} names an SS of this PK (null: a new one); a null
     * {@code perspektif} or {@code posisi} keeps the stored one (or, for a new SS, puts it after the
     * last SS of its perspective).
     */
    public record SsImpor(String kunci, int baris, Long ssId, String nama, Perspective perspektif, Integer posisi) {
    }

    /**
     * One IKU row: its SS (by {@link SsImpor#kunci}), the IKU it changes (null: a new one), its
     * Manual IKU, and its trajectory in its reporting periods (null: leave the stored one).
     */
    public record IkuImpor(int baris, String ssKunci, Long ikuId, IkuParameters parameter,
            List<BigDecimal> trajektori) {
    }

    /** A refusal at a row and form field ({@code ss}, {@code perspektif}, {@code target}, {@code t3} …). */
    public record Pelanggaran(int baris, String field, String kunci, Object[] args) {
    }

    /** The plan was refused; nothing was written (the caller's transaction rolls back). */
    public static final class Ditolak extends RuntimeException {
        private final transient List<Pelanggaran> pelanggaran;

        Ditolak(List<Pelanggaran> pelanggaran) {
            super(pelanggaran.size() + " pelanggaran", null, false, false);
            this.pelanggaran = List.copyOf(pelanggaran);
        }

        public List<Pelanggaran> pelanggaran() {
            return pelanggaran;
        }
    }

    public record Hasil(int ssBaru, int ikuBaru, int ikuDiubah) {
    }

    private final PemuatPk pemuat;
    private final IkuRepository ikus;
    private final TargetPeriodeRepository targets;
    private final Clock clock;
    private final ObjectProvider<RealisasiTercatat> realisasiTercatat;
    private final AuditService audit;
    private final AturanPerencanaan aturan = new AturanPerencanaan(new ScoringEngine());
    @PersistenceContext
    private EntityManager em;

    ImporRencanaPk(PemuatPk pemuat, IkuRepository ikus, TargetPeriodeRepository targets, Clock clock,
            ObjectProvider<RealisasiTercatat> realisasiTercatat, AuditService audit) {
        this.pemuat = pemuat;
        this.audit = audit;
        this.ikus = ikus;
        this.targets = targets;
        this.clock = clock;
        this.realisasiTercatat = realisasiTercatat;
    }

    /**
     * Applies the plan, or throws {@link Ditolak} with every violation (the transaction is then
     * rolled back by the caller). Access, status and the PK's version are checked as for a form.
     */
    @Transactional
    public Hasil terapkan(Long pkId, long version, List<SsImpor> ssImpor, List<IkuImpor> ikuImpor) {
        return terapkan(pkId, version, ssImpor, ikuImpor, true);
    }

    /**
     * With {@code simpan} false the plan is only checked: {@link Ditolak} comes back in any case,
     * possibly empty (for a caller that already refused rows of its own).
     */
    @Transactional
    public Hasil terapkan(Long pkId, long version, List<SsImpor> ssImpor, List<IkuImpor> ikuImpor, boolean simpan) {
        PerjanjianKinerja pk = pemuat.muatUntukDiubah(pkId, version);
        Rulebook rb = pemuat.rulebook(pk);
        List<Pelanggaran> out = new ArrayList<>();
        List<Iku> semua = new ArrayList<>(ikus.findByPkIdDenganTarget(pkId));
        Map<Long, Iku> ikuPerId = semua.stream().collect(Collectors.toMap(Iku::getId, i -> i));
        Map<Long, SasaranStrategis> ssPerId = pk.getSasaran().stream()
                .collect(Collectors.toMap(SasaranStrategis::getId, s -> s));

        // --- SS
        Map<Perspective, Integer> posisiMaks = new EnumMap<>(Perspective.class);
        pk.getSasaran().forEach(s -> posisiMaks.merge(s.getPerspektif(), s.getPosisi(), Math::max));
        List<SasaranStrategis> leluhur = null;
        Map<String, SasaranStrategis> ssPerKunci = new HashMap<>();
        int ssBaru = 0;
        for (SsImpor s : ssImpor) {
            SasaranStrategis lama = null;
            if (s.ssId() != null) {
                lama = Optional.ofNullable(ssPerId.get(s.ssId()))
                        .orElseThrow(() -> new NotFoundException("Sasaran Strategis", s.ssId()));
            }
            Perspective p = s.perspektif() != null ? s.perspektif() : lama == null ? null : lama.getPerspektif();
            if (p == null) {
                out.add(new Pelanggaran(s.baris(), "perspektif", "scoring.perspective.required", new Object[0]));
                continue;
            }
            int posisi = s.posisi() != null ? s.posisi()
                    : lama != null ? lama.getPosisi() : Math.min(99, posisiMaks.getOrDefault(p, 0) + 1);
            SasaranStrategis ss = lama;
            if (lama == null || p != lama.getPerspektif() || posisi != lama.getPosisi()) {
                String nama = lama == null ? s.nama() : lama.getNama();
                if (leluhur == null) {
                    leluhur = rb.rollUp() == RollUp.NCKO ? pemuat.ssLeluhur(pk) : List.of();
                }
                BusinessRuleException v = periksaSs(pk, rb, leluhur, nama, p);
                if (v != null) {
                    out.add(new Pelanggaran(s.baris(), v.getField(), v.getMessageKey(), v.getArgs()));
                    continue;
                }
                if (ss == null) {
                    ss = pk.tambahSasaran();
                    ss.ubah(nama, null, p, posisi);
                    em.persist(ss);
                    ssBaru++;
                } else {
                    ss.ubah(nama, lama.getDeskripsi(), p, posisi);
                }
                posisiMaks.merge(p, posisi, Math::max);
            }
            ssPerKunci.put(s.kunci(), ss);
        }

        // --- IKU and trajectories
        Map<Long, List<TargetPeriode>> asalTarget = pk.getJenis() == JenisPk.AWAL ? Map.of() : targetAsal(semua);
        LocalDate batasKomplemen = batasKomplemenLewat(pk);
        Map<Iku, Integer> barisIku = new IdentityHashMap<>();
        int ikuBaru = 0;
        int ikuDiubah = 0;
        for (IkuImpor i : ikuImpor) {
            SasaranStrategis ss = ssPerKunci.get(i.ssKunci());
            if (ss == null) {
                continue; // its SS was refused above, at its own row
            }
            IkuParameters p = i.parameter();
            if (p.target() == null && p.targetBawah() == null && p.targetAtas() == null) {
                out.add(new Pelanggaran(i.baris(), "target", "scoring.target.required", new Object[0]));
                continue;
            }
            Iku iku;
            if (i.ikuId() == null) {
                iku = new Iku(ss);
            } else {
                iku = Optional.ofNullable(ikuPerId.get(i.ikuId()))
                        .orElseThrow(() -> new NotFoundException("IKU", i.ikuId()));
                if (iku.getSs() != ss) {
                    iku.pindahKe(ss);
                }
            }
            iku.terapkan(p);
            int sebelum = out.size();
            if (batasKomplemen != null && iku.getAsal() != null) {
                periksaKomplemen(iku, batasKomplemen, asalTarget, i, out);
            }
            if (i.trajektori() != null && p.periodePelaporan() != JenisPeriode.TAHUN) {
                try {
                    periksaTrajektori(pk, iku, i.trajektori(), asalTarget, batasKomplemen);
                    for (int n = 1; n <= i.trajektori().size(); n++) {
                        iku.targetPeriode(p.periodePelaporan(), n, i.trajektori().get(n - 1));
                    }
                } catch (BusinessRuleException e) {
                    for (BusinessRuleException v : e.semuaPelanggaran()) {
                        out.add(new Pelanggaran(i.baris(), v.getField(), v.getMessageKey(), v.getArgs()));
                    }
                }
            }
            if (out.size() > sebelum) {
                continue;
            }
            if (i.ikuId() == null) {
                pk.tambahIku(ss, iku);
                em.persist(iku);
                semua.add(iku);
                ikuBaru++;
            } else {
                ikuDiubah++;
            }
            barisIku.put(iku, i.baris());
        }

        // --- the whole plan, once: codes first (the engine names SS by code), then the rules
        Pengkodean.kodeUlang(pk.getSasaran(), semua);
        List<IndicatorInput> input = semua.stream().map(PerencanaanService::input).toList();
        int barisTerakhir = ikuImpor.isEmpty() ? 0 : ikuImpor.get(ikuImpor.size() - 1).baris();
        for (AturanPerencanaan.PelanggaranRencana v : aturan.pelanggaranRencana(rb,
                pk.getUnit().getLevel().getKode(), pk.getUnit().isPemilikPeta(), input)) {
            Integer baris = v.indeks() == null ? Integer.valueOf(barisTerakhir) : barisIku.get(semua.get(v.indeks()));
            if (baris != null) { // an IKU the file does not touch keeps its own (older) problems
                BusinessRuleException e = v.pelanggaran();
                out.add(new Pelanggaran(baris, e.getField(), e.getMessageKey(), e.getArgs()));
            }
        }
        if (!out.isEmpty() || !simpan) {
            out.sort(Comparator.comparingInt(Pelanggaran::baris));
            throw new Ditolak(out);
        }
        // thousands of inserts in JDBC batches; their audit entries in one statement, same transaction
        audit.sekaligus(() -> {
            ikus.flush();
            return null;
        });
        return new Hasil(ssBaru, ikuBaru, ikuDiubah);
    }

    /** The rulebook's perspectives; under NCKO only map owners define their own SS (as the SS form). */
    private static BusinessRuleException periksaSs(PerjanjianKinerja pk, Rulebook rb, List<SasaranStrategis> leluhur,
            String nama, Perspective perspektif) {
        if (!rb.perspectiveWeightSets().isEmpty()
                && rb.perspectiveWeightSets().stream().noneMatch(s -> s.contains(perspektif))) {
            return new BusinessRuleException("perspektif", "pk.ss.perspektifTidakDikenal");
        }
        if (rb.rollUp() != RollUp.NCKO) {
            return null;
        }
        Optional<SasaranStrategis> asal = leluhur.stream().filter(s -> s.getNama().equals(nama)).findFirst();
        if (asal.isEmpty() && !pk.getUnit().isPemilikPeta()) {
            return new BusinessRuleException("ss", "pk.ss.hanyaPemilikPeta");
        }
        if (asal.isPresent() && perspektif.ordinal() > asal.get().getPerspektif().ordinal()) {
            return new BusinessRuleException("perspektif", "pk.ss.perspektifLebihRendah", asal.get().getKode(),
                    asal.get().getPk().getUnit().getNama());
        }
        return null;
    }

    /** The previous version's targets of every IKU copied from it, in one query. */
    private Map<Long, List<TargetPeriode>> targetAsal(List<Iku> semua) {
        List<Long> asal = semua.stream().map(Iku::getAsal).filter(a -> a != null).map(Iku::getId).toList();
        if (asal.isEmpty()) {
            return Map.of();
        }
        return targets.findByIkuIdIn(asal).stream().collect(Collectors.groupingBy(t -> t.getIku().getId()));
    }

    private static List<BigDecimal> trajektoriAsal(Iku iku, Map<Long, List<TargetPeriode>> asalTarget) {
        Iku a = iku.getAsal();
        return PerencanaanService.trajektori(a, asalTarget.getOrDefault(a.getId(), List.of()));
    }

    /** The revision rules of the trajectory form, on values already in memory. */
    private void periksaTrajektori(PerjanjianKinerja pk, Iku iku, List<BigDecimal> nilai,
            Map<Long, List<TargetPeriode>> asalTarget, LocalDate batasKomplemen) {
        JenisPeriode jenis = iku.getPeriodePelaporan();
        AturanPerencanaan.periksaTrajektori(jenis, nilai);
        if (pk.getJenis() == JenisPk.AWAL || iku.getAsal() == null && pk.getBerlakuMulaiTriwulan() <= 1) {
            return;
        }
        List<BigDecimal> lama = iku.getAsal() == null ? null : trajektoriAsal(iku, asalTarget);
        AturanPerencanaan.periksaPeriodeBeku(pk.getJenis(), pk.getBerlakuMulaiTriwulan(), jenis, lama, nilai);
        if (lama == null) {
            return;
        }
        RealisasiTercatat r = realisasiTercatat.getIfAvailable();
        if (r != null && "KEMENKEU".equals(pk.getUnit().getOrganisasi().getRulebookKey())) {
            Iku akar = iku;
            for (int i = 0; akar.getAsal() != null && i < 50; i++) {
                akar = akar.getAsal();
            }
            for (int n = 1; n <= nilai.size() && n <= lama.size(); n++) {
                if (!AturanPerencanaan.sama(lama.get(n - 1), nilai.get(n - 1)) && r.ada(akar.getId(), jenis, n)) {
                    throw new BusinessRuleException("t" + n, "pk.revisi.targetSudahBerealisasi", n);
                }
            }
        }
        if (batasKomplemen != null) {
            for (int n = 1; n <= nilai.size() && n <= lama.size(); n++) {
                if (!AturanPerencanaan.sama(lama.get(n - 1), nilai.get(n - 1))) {
                    throw new BusinessRuleException("t" + n, "pk.komplemen.trajektoriLewatBatas", n,
                            batasKomplemen.format(TANGGAL));
                }
            }
        }
    }

    /** A komplemen past the revision cut-off may not change a target it carries over. */
    private static void periksaKomplemen(Iku iku, LocalDate batas, Map<Long, List<TargetPeriode>> asalTarget,
            IkuImpor baris, List<Pelanggaran> out) {
        Iku a = iku.getAsal();
        if (!AturanPerencanaan.sama(a.getTarget(), iku.getTarget())
                || !AturanPerencanaan.sama(a.getTargetBawah(), iku.getTargetBawah())
                || !AturanPerencanaan.sama(a.getTargetAtas(), iku.getTargetAtas())) {
            String field = iku.getTarget() == null && a.getTarget() == null ? "targetBawah" : "target";
            out.add(new Pelanggaran(baris.baris(), field, "pk.komplemen.targetLewatBatas",
                    new Object[] {RevisiPkService.teksTarget(a), batas.format(TANGGAL)}));
        }
    }

    /** The revision cut-off when this PK is a komplemen and the cut-off has passed, else null. */
    private LocalDate batasKomplemenLewat(PerjanjianKinerja pk) {
        if (pk.getJenis() != JenisPk.KOMPLEMEN) {
            return null;
        }
        LocalDate batas = pemuat.batasRevisi(pk);
        return AturanPerencanaan.lewat(batas, Waktu.hariIni(clock)) ? batas : null;
    }
}
