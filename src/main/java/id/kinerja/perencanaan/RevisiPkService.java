package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revisions and komplemen of an approved PK (ADR 7, ADR 18): a new version is the aggregate's deep
 * copy of itself, checked here against what lies outside it (latest version, the rulebook's
 * revision cut-off); and the "semula / menjadi" comparison with the previous version.
 */
@Service
public class RevisiPkService {

    private final PemuatPk pemuat;
    private final PerjanjianKinerjaRepository pks;
    private final SasaranStrategisRepository sasaran;
    private final IkuRepository ikus;
    private final TargetPeriodeRepository targets;
    private final AksesService akses;
    private final PemisahanTugas pemisahan;
    private final Clock clock;

    RevisiPkService(PemuatPk pemuat, PerjanjianKinerjaRepository pks, SasaranStrategisRepository sasaran,
            IkuRepository ikus, TargetPeriodeRepository targets, AksesService akses, PemisahanTugas pemisahan,
            Clock clock) {
        this.pemuat = pemuat;
        this.pks = pks;
        this.sasaran = sasaran;
        this.ikus = ikus;
        this.targets = targets;
        this.akses = akses;
        this.pemisahan = pemisahan;
        this.clock = clock;
    }

    /**
     * Opens a new version of an approved PK, in force from a quarter: SS, IKU (Manual IKU) and
     * trajectories are copied; targets of the quarters before it stay frozen. The approved version
     * keeps counting until the new one is approved.
     */
    @Transactional
    public Long bukaVersi(Long pkId, long version, JenisPk jenis, int mulaiTriwulan, String alasan) {
        akses.periksa(Aksi.SUSUN, pemuat.muat(pkId).getUnit().getId());
        return bukaVersiTanpaPeriksaPenyusun(pkId, version, jenis, mulaiTriwulan, alasan);
    }

    /** For an approved change request (RevisiTargetApi): its caller checked who decides. */
    @Transactional
    Long bukaVersiTanpaPeriksaPenyusun(Long pkId, long version, JenisPk jenis, int mulaiTriwulan, String alasan) {
        PerjanjianKinerja lama = pemuat.muat(pkId);
        if (lama.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(PerjanjianKinerja.class, pkId);
        }
        List<PerjanjianKinerja> semuaVersi = pks.findByUnitIdAndTahunAnggaranIdOrderByNomorVersi(
                lama.getUnit().getId(), lama.getTahunAnggaran().getId());
        if (lama.getStatus() == StatusPk.DITETAPKAN
                && semuaVersi.get(semuaVersi.size() - 1).getNomorVersi() != lama.getNomorVersi()) {
            throw new BusinessRuleException("jenis", "pk.revisi.bukanTerbaru");
        }
        // the aggregate checks kind, status, quarter and reason, and copies itself deeply
        PerjanjianKinerja baru = lama.revisiDari(jenis, mulaiTriwulan, alasan);
        AturanPerencanaan.periksaBatasRevisi(jenis, pemuat.batasRevisi(lama), Waktu.hariIni(clock));
        pks.saveAndFlush(baru);
        pemisahan.catat(PerencanaanService.DOKUMEN_PK, baru.getId(), PemisahanTugas.Peran.SUSUN);
        return baru.getId();
    }

    /** One line of the "semula / menjadi" comparison: {@code unsur} is a message code. */
    public record Perubahan(String kode, String unsur, String semula, String menjadi) {
    }

    /** The previous version's number (null for a first version) and what changed since. */
    public record PerubahanVersi(Integer versiSebelumnya, List<Perubahan> perubahan) {
    }

    @Transactional(readOnly = true)
    public PerubahanVersi perubahan(Long pkId) {
        PerjanjianKinerja pk = pemuat.muat(pkId);
        if (!pemuat.bolehBaca(pk.getUnit())) {
            throw new AccessDeniedException("Di luar jangkauan");
        }
        List<Perubahan> out = new ArrayList<>();
        List<Iku> sekarang = ikus.findByPkId(pkId);
        List<SasaranStrategis> ssSekarang = sasaran.findByPkId(pkId);
        Integer sebelumnya = null;
        Long pkLama = ssSekarang.stream().map(SasaranStrategis::getAsal).filter(Objects::nonNull)
                .map(a -> a.getPk().getId()).findFirst()
                .orElse(sekarang.stream().map(Iku::getAsal).filter(Objects::nonNull)
                        .map(a -> a.getSs().getPk().getId()).findFirst().orElse(null));
        if (pkLama != null) {
            sebelumnya = pk.getNomorVersi() - 1;
            // the "unsur" column is a message code; the page and the print resolve it
            Function<String, String> label = Function.identity();
            for (SasaranStrategis s : ssSekarang) {
                SasaranStrategis a = s.getAsal();
                if (a == null) {
                    out.add(new Perubahan(s.getKode(), label.apply("pk.beda.ssBaru"), "-", s.getNama()));
                } else if (!a.getNama().equals(s.getNama()) || a.getPerspektif() != s.getPerspektif()) {
                    out.add(new Perubahan(s.getKode(), label.apply("pk.ss.judul"), a.getKode() + " " + a.getNama(),
                            s.getKode() + " " + s.getNama()));
                }
            }
            Set<Long> dipakai = ssSekarang.stream().map(SasaranStrategis::getAsal)
                    .filter(Objects::nonNull).map(SasaranStrategis::getId).collect(Collectors.toSet());
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
                String tl = teksTrajektori(PerencanaanService.trajektori(a, trajLama.getOrDefault(a.getId(), List.of())));
                String tb = teksTrajektori(PerencanaanService.trajektori(i, trajBaru.getOrDefault(i.getId(), List.of())));
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
            Set<Long> ikuDipakai = sekarang.stream().map(Iku::getAsal).filter(Objects::nonNull)
                    .map(Iku::getId).collect(Collectors.toSet());
            ikus.findByPkId(pkLama).stream().filter(a -> !ikuDipakai.contains(a.getId()))
                    .forEach(a -> out.add(new Perubahan(a.getKode(), label.apply("pk.beda.ikuDihapus"),
                            a.getNama() + " — " + teksTarget(a), "-")));
        }
        return new PerubahanVersi(sebelumnya, out);
    }

    static String teksTarget(Iku i) {
        if (i.getTarget() != null) {
            return Scores.format(i.getTarget()) + " " + i.getSatuan();
        }
        return (i.getTargetBawah() == null ? "-" : Scores.format(i.getTargetBawah())) + "–"
                + (i.getTargetAtas() == null ? "-" : Scores.format(i.getTargetAtas())) + " "
                + i.getSatuan();
    }

    private static String teksTrajektori(List<BigDecimal> nilai) {
        return nilai.stream().map(v -> v == null ? "-" : Scores.format(v))
                .collect(Collectors.joining(" / "));
    }
}
