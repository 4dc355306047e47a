package id.kinerja.penilaian;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.IndividualScores;
import id.kinerja.scoring.Scores;
import id.kinerja.scoring.SemesterNp;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules of NP and the supervisor review that are not in the pure engine
 * ({@link IndividualScores}): when a semester's rating is due, when a missing one counts as
 * unrated, and what a review may decide. Spring-free, tested on its own.
 */
public final class AturanPenilaian {

    /** NCKP Final may not exceed the scoring cap (scoring.md §9) nor go below 0. */
    public static final BigDecimal FINAL_MAKS = new BigDecimal("120");
    public static final int ALASAN_MAKS = 2000;
    public static final int CATATAN_MAKS = 1000;

    private AturanPenilaian() {
    }

    /** The review's decision (Kemenlu §G.8: setuju, menambah atau mengurangi). */
    public enum Keputusan {
        SETUJU, NAIK, TURUN
    }

    /**
     * Last day to rate a semester (Kemenlu §G.7): semester I by 10 July, semester II by 10 January
     * of the next year.
     */
    public static LocalDate batasPenilaian(int tahun, int semester) {
        periksaSemester(semester);
        return semester == 1 ? LocalDate.of(tahun, 7, 10) : LocalDate.of(tahun + 1, 1, 10);
    }

    /** A semester may be rated once it has started (its first day); before that there is nothing to rate. */
    public static boolean bolehDinilai(int tahun, int semester, LocalDate hariIni) {
        periksaSemester(semester);
        return !hariIni.isBefore(LocalDate.of(tahun, semester == 1 ? 1 : 7, 1));
    }

    /** Past its deadline without a rating: the evaluee counts as unrated (100) and the evaluator is penalised. */
    public static boolean lewatBatas(int tahun, int semester, LocalDate hariIni) {
        return hariIni.isAfter(batasPenilaian(tahun, semester));
    }

    /**
     * One semester's NP for the annual formula: RATED with the value; UNRATED when it applied and
     * its deadline passed with no rating; NOT_APPLICABLE when the employee had no PK in force in the
     * semester, or the deadline has not passed yet (the annual NP is then provisional).
     */
    public static SemesterNp semester(BigDecimal nilai, boolean berlaku, int tahun, int semester, LocalDate hariIni) {
        if (nilai != null) {
            return SemesterNp.rated(nilai);
        }
        if (berlaku && lewatBatas(tahun, semester, hariIni)) {
            return SemesterNp.UNRATED;
        }
        return SemesterNp.NOT_APPLICABLE;
    }

    /** Bounds of an entered NP: 0..100 (the form's parser already limits digits). */
    public static void periksaNp(BigDecimal nilai) {
        if (nilai == null) {
            throw new BusinessRuleException("nilai", "penilaian.np.wajib");
        }
        if (nilai.signum() < 0 || nilai.compareTo(IndividualScores.NP_MAX) > 0) {
            throw new BusinessRuleException("nilai", "penilaian.np.batas");
        }
        if (nilai.stripTrailingZeros().scale() > 2) {
            throw new BusinessRuleException("nilai", "penilaian.np.desimal");
        }
    }

    /**
     * The NCKP Final a review decides: SETUJU keeps the computed NCKP; NAIK / TURUN need a value
     * above / below it (judged on 2 decimals, as shown) within 0..120 and a reason.
     */
    public static BigDecimal nckpFinal(Keputusan keputusan, BigDecimal nckp, BigDecimal usulan, String alasan) {
        if (keputusan == null) {
            throw new BusinessRuleException("keputusan", "penilaian.reviu.keputusanWajib");
        }
        if (nckp == null) {
            throw new BusinessRuleException("keputusan", "penilaian.reviu.belumAdaNckp");
        }
        if (keputusan == Keputusan.SETUJU) {
            return nckp;
        }
        if (alasan == null || alasan.isBlank()) {
            throw new BusinessRuleException("alasan", "penilaian.reviu.alasanWajib");
        }
        if (alasan.length() > ALASAN_MAKS) {
            throw new BusinessRuleException("alasan", "penilaian.reviu.alasanPanjang", ALASAN_MAKS);
        }
        if (usulan == null) {
            throw new BusinessRuleException("nckpFinal", "penilaian.reviu.finalWajib");
        }
        if (usulan.signum() < 0 || usulan.compareTo(FINAL_MAKS) > 0) {
            throw new BusinessRuleException("nckpFinal", "penilaian.reviu.finalBatas", FINAL_MAKS);
        }
        int banding = Scores.display(usulan).compareTo(Scores.display(nckp));
        if (keputusan == Keputusan.NAIK && banding <= 0) {
            throw new BusinessRuleException("nckpFinal", "penilaian.reviu.harusNaik");
        }
        if (keputusan == Keputusan.TURUN && banding >= 0) {
            throw new BusinessRuleException("nckpFinal", "penilaian.reviu.harusTurun");
        }
        return usulan;
    }

    private static void periksaSemester(int semester) {
        if (semester != 1 && semester != 2) {
            throw new BusinessRuleException("semester", "penilaian.semester.tidakSah");
        }
    }
}
