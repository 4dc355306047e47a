package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.FieldViolation;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.Scores;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Reads a PK's parts and asks the planning rules ({@link AturanPerencanaan}, the engine with the
 * unit's rulebook) what blocks its submission or an IKU's save.
 */
@Component
class PemeriksaPk {

    private final SasaranStrategisRepository sasaran;
    private final TargetPeriodeRepository targets;
    private final PemuatPk pemuat;
    private final ScoringEngine engine = new ScoringEngine();
    private final AturanPerencanaan aturan = new AturanPerencanaan(engine);

    PemeriksaPk(SasaranStrategisRepository sasaran, TargetPeriodeRepository targets, PemuatPk pemuat) {
        this.sasaran = sasaran;
        this.targets = targets;
        this.pemuat = pemuat;
    }

    private Rulebook rulebook(PerjanjianKinerja pk) {
        return pemuat.rulebook(pk);
    }

    /** Everything that blocks submission, each with a message key and its arguments. */
    List<PerencanaanService.Masalah> masalah(PerjanjianKinerja pk, List<Iku> semua) {
        List<PerencanaanService.Masalah> out = new ArrayList<>();
        List<SasaranStrategis> ss = sasaran.findByPkId(pk.getId());
        if (ss.isEmpty()) {
            out.add(new PerencanaanService.Masalah(null, "pk.masalah.tanpaSs"));
        }
        for (SasaranStrategis s : ss) {
            List<Iku> milik = semua.stream().filter(i -> i.getSs().getId().equals(s.getId())).toList();
            if (milik.isEmpty()) {
                out.add(new PerencanaanService.Masalah(s.getKode(), "pk.masalah.ssTanpaIku", s.getKode()));
            } else if (pk.getUnit().isPemilikPeta()
                    && milik.stream().allMatch(i -> i.getValiditas() == Validity.ACTIVITY)) {
                out.add(new PerencanaanService.Masalah(s.getKode(), "pk.masalah.ssHanyaActivity", s.getKode()));
            }
        }
        Rulebook rb = rulebook(pk);
        List<Iku> urut = semua.stream().sorted(Comparator.comparing(Iku::getKode)).toList();
        for (FieldViolation v : engine.validatePlan(rb, pk.getUnit().getLevel().getKode(), pk.getUnit().isPemilikPeta(),
                urut.stream().map(PerencanaanService::input).toList())) {
            out.add(new PerencanaanService.Masalah(kodeDari(v.path(), urut), v.code(), v.args()));
        }
        Map<Long, List<TargetPeriode>> traj = targets.findByPkId(pk.getId()).stream()
                .collect(Collectors.groupingBy(t -> t.getIku().getId()));
        for (Iku i : urut) {
            if (i.getPeriodePelaporan() == JenisPeriode.TAHUN || i.getTarget() == null) {
                continue;
            }
            List<BigDecimal> nilai = PerencanaanService.trajektori(i, traj.getOrDefault(i.getId(), List.of()));
            if (!Trajektori.cocok(i.getKonsolidasiPeriode(), i.getTarget(), nilai)) {
                BigDecimal hasil = Trajektori.tahunan(i.getKonsolidasiPeriode(), nilai);
                out.add(new PerencanaanService.Masalah(i.getKode(), "pk.masalah.trajektori", i.getKode(),
                        hasil == null ? "-" : Scores.format(hasil),
                        Scores.format(i.getTarget())));
            }
        }
        return out;
    }

    void periksaIku(PerjanjianKinerja pk, List<Iku> semua, Iku iku) {
        List<BusinessRuleException> pelanggaran = aturan.pelanggaranIku(rulebook(pk),
                pk.getUnit().getLevel().getKode(), pk.getUnit().isPemilikPeta(),
                semua.stream().map(PerencanaanService::input).toList(), semua.indexOf(iku));
        if (!pelanggaran.isEmpty()) {
            throw BusinessRuleException.semua(pelanggaran);
        }
    }

    private static String kodeDari(String path, List<Iku> urut) {
        if (path != null && path.startsWith("indicators[")) {
            int i = Integer.parseInt(path.substring(11, path.indexOf(']')));
            return i < urut.size() ? urut.get(i).getKode() : null;
        }
        return null;
    }
}
