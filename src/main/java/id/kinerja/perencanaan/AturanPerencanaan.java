package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.FieldViolation;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.ScoringEngine;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The planning rules of one PK, free of Spring and the database, so they are table-tested
 * directly: the plan-wide rules of the rulebook (IKU count limits, konversi-120 quota, validity ×
 * control pairs…) placed at the form field that breaks them, the trajectory's shape, the frozen
 * periods of a revision, and the revision cut-off. Refusals carry message codes with arguments.
 */
public final class AturanPerencanaan {

    private static final DateTimeFormatter TANGGAL = DateTimeFormatter.ofPattern("d-M-yyyy");

    private final ScoringEngine engine;

    public AturanPerencanaan(ScoringEngine engine) {
        this.engine = engine;
    }

    /**
     * The violations of saving the IKU at {@code indeks} within the whole plan, at the form's
     * fields; "too few IKU" only blocks submission, not each save.
     */
    public List<BusinessRuleException> pelanggaranIku(Rulebook rb, String levelKode, boolean pemilikPeta,
            List<IndicatorInput> semua, int indeks) {
        List<BusinessRuleException> out = new ArrayList<>();
        for (FieldViolation v : engine.validatePlan(rb, levelKode, pemilikPeta, semua)) {
            String path = v.path();
            if ("scoring.iku.tooFew".equals(v.code())) {
                continue;
            }
            if ("indicators".equals(path)) {
                String field = "scoring.konversi120.quotaExceeded".equals(v.code()) ? "targetMaksimum" : "nama";
                out.add(new BusinessRuleException(field, v.code(), v.args()));
            } else if (path.startsWith("indicators[" + indeks + "].")) {
                out.add(new BusinessRuleException(field(path.substring(path.indexOf('.') + 1)), v.code(), v.args()));
            }
        }
        return out;
    }

    /** One violation of a whole plan: the IKU's index in the list, or null for the plan as a whole. */
    public record PelanggaranRencana(Integer indeks, BusinessRuleException pelanggaran) {
    }

    /**
     * Every violation of the whole plan in one engine pass (a bulk import checks 1,000 IKU once, not
     * once per IKU), at the form's fields; "too few IKU" only blocks submission.
     */
    public List<PelanggaranRencana> pelanggaranRencana(Rulebook rb, String levelKode, boolean pemilikPeta,
            List<IndicatorInput> semua) {
        List<PelanggaranRencana> out = new ArrayList<>();
        for (FieldViolation v : engine.validatePlan(rb, levelKode, pemilikPeta, semua)) {
            String path = v.path();
            if ("scoring.iku.tooFew".equals(v.code())) {
                continue;
            }
            if ("indicators".equals(path)) {
                String field = "scoring.konversi120.quotaExceeded".equals(v.code()) ? "targetMaksimum" : "nama";
                out.add(new PelanggaranRencana(null, new BusinessRuleException(field, v.code(), v.args())));
            } else if (path.startsWith("indicators[") && path.indexOf(']') > 11) {
                int i = Integer.parseInt(path.substring(11, path.indexOf(']')));
                int titik = path.indexOf('.');
                String field = titik < 0 ? "nama" : field(path.substring(titik + 1));
                out.add(new PelanggaranRencana(i, new BusinessRuleException(field, v.code(), v.args())));
            }
        }
        return out;
    }

    /** The IKU form field an engine field path belongs to. */
    public static String field(String engineField) {
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

    /** A trajectory has one value per reporting period of the year, none negative (null = not set). */
    public static void periksaTrajektori(JenisPeriode jenis, List<BigDecimal> nilai) {
        if (nilai.size() != jenis.jumlahPerTahun()) {
            throw new BusinessRuleException("trajektori", "pk.trajektori.jumlah", jenis.jumlahPerTahun());
        }
        if (nilai.stream().anyMatch(v -> v != null && v.signum() < 0)) {
            throw new BusinessRuleException("trajektori", "scoring.target.negative", "");
        }
    }

    /**
     * In a revision in force from quarter {@code mulaiTriwulan}, a period that ended before that
     * quarter is history: its target must stay what the previous version said ({@code lama}; null
     * for an IKU the revision adds).
     */
    public static void periksaPeriodeBeku(JenisPk jenis, int mulaiTriwulan, JenisPeriode periode,
            List<BigDecimal> lama, List<BigDecimal> nilai) {
        if (jenis == JenisPk.AWAL || mulaiTriwulan <= 1) {
            return;
        }
        int bulanBeku = (mulaiTriwulan - 1) * 3;
        List<BigDecimal> semula = lama == null ? Collections.nCopies(nilai.size(), null) : lama;
        for (int n = 1; n <= nilai.size() && n * periode.bulanPerPeriode() <= bulanBeku; n++) {
            if (!sama(semula.get(n - 1), nilai.get(n - 1))) {
                throw new BusinessRuleException("t" + n, "pk.revisi.periodeBeku", n, mulaiTriwulan);
            }
        }
    }

    /** A revision is refused after the rulebook's cut-off (null = none); a komplemen is not a revision. */
    public static void periksaBatasRevisi(JenisPk jenis, LocalDate batas, LocalDate hariIni) {
        if (jenis == JenisPk.REVISI && lewat(batas, hariIni)) {
            throw new BusinessRuleException("mulaiTriwulan", "pk.revisi.lewatBatas", batas.format(TANGGAL));
        }
    }

    /** True when a cut-off exists and today is after it. */
    public static boolean lewat(LocalDate batas, LocalDate hariIni) {
        return batas != null && hariIni.isAfter(batas);
    }

    /** Two optional numbers are equal by value (1.0 = 1.00), both absent counts as equal. */
    public static boolean sama(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
