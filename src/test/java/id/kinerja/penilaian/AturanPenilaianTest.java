package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.penilaian.AturanPenilaian.Keputusan;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.IndividualScores;
import id.kinerja.scoring.Scores;
import id.kinerja.scoring.SemesterNp;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The NP deadlines, the unrated rule and the review decisions, with scoring.md §10's vectors. */
class AturanPenilaianTest {

    private static BigDecimal b(String s) {
        return new BigDecimal(s);
    }

    @Test
    void batasSemesterIAdalah10JuliDanSemesterII10JanuariTahunBerikutnya() {
        assertThat(AturanPenilaian.batasPenilaian(2026, 1)).isEqualTo(LocalDate.of(2026, 7, 10));
        assertThat(AturanPenilaian.batasPenilaian(2026, 2)).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(AturanPenilaian.lewatBatas(2026, 1, LocalDate.of(2026, 7, 10))).isFalse();
        assertThat(AturanPenilaian.lewatBatas(2026, 1, LocalDate.of(2026, 7, 11))).isTrue();
        assertThat(AturanPenilaian.bolehDinilai(2026, 2, LocalDate.of(2026, 6, 30))).isFalse();
        assertThat(AturanPenilaian.bolehDinilai(2026, 2, LocalDate.of(2026, 7, 1))).isTrue();
        assertThatThrownBy(() -> AturanPenilaian.batasPenilaian(2026, 3)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void semesterTanpaNilaiLewatBatasDihitungTidakDinilaiSebelumnyaBelumBerlaku() {
        LocalDate agustus = LocalDate.of(2026, 8, 1);
        assertThat(AturanPenilaian.semester(b("80"), true, 2026, 1, agustus)).isEqualTo(SemesterNp.rated("80"));
        assertThat(AturanPenilaian.semester(null, true, 2026, 1, agustus)).isEqualTo(SemesterNp.UNRATED);
        assertThat(AturanPenilaian.semester(null, true, 2026, 2, agustus)).isEqualTo(SemesterNp.NOT_APPLICABLE);
        // no PK in force in the semester: nothing to rate, no 100 given
        assertThat(AturanPenilaian.semester(null, false, 2026, 1, agustus)).isEqualTo(SemesterNp.NOT_APPLICABLE);
    }

    @Test
    void vektorScoringMd() {
        LocalDate januari = LocalDate.of(2027, 1, 11);
        // NP 90 in one semester, the other unrated past its deadline → (90 + 100) / 2
        BigDecimal np = IndividualScores.annualNp(AturanPenilaian.semester(b("90"), true, 2026, 1, januari),
                AturanPenilaian.semester(null, true, 2026, 2, januari), 0);
        assertThat(np).isEqualByComparingTo("95");
        // Kemenlu's example: 2 of 5 unrated → −4; NP 100 → 96; 5 of 5 → −10
        assertThat(IndividualScores.annualNp(SemesterNp.rated("100"), SemesterNp.NOT_APPLICABLE, 2))
                .isEqualByComparingTo("96");
        assertThat(IndividualScores.annualNp(SemesterNp.rated("100"), SemesterNp.rated("100"), 5))
                .isEqualByComparingTo("90");
        assertThat(IndividualScores.annualNp(SemesterNp.rated("100"), SemesterNp.rated("100"), 7))
                .isEqualByComparingTo("90");
        // CKP 100, NP 90 → NCKP 97 (Baik)
        BigDecimal nckp = IndividualScores.nckp(b("100"), b("90"));
        assertThat(nckp).isEqualByComparingTo("97");
        assertThat(AturanPenilaian.nckpFinal(Keputusan.SETUJU, nckp, null, null)).isEqualByComparingTo("97");
    }

    @Test
    void npDibatasi0Sampai100DenganDuaDesimal() {
        AturanPenilaian.periksaNp(b("0"));
        AturanPenilaian.periksaNp(b("100.00"));
        AturanPenilaian.periksaNp(b("87.25"));
        assertThatThrownBy(() -> AturanPenilaian.periksaNp(b("100.01"))).hasMessage("penilaian.np.batas");
        assertThatThrownBy(() -> AturanPenilaian.periksaNp(b("-1"))).hasMessage("penilaian.np.batas");
        assertThatThrownBy(() -> AturanPenilaian.periksaNp(b("87.125"))).hasMessage("penilaian.np.desimal");
        assertThatThrownBy(() -> AturanPenilaian.periksaNp(null)).hasMessage("penilaian.np.wajib");
    }

    @Test
    void reviuNaikTurunButuhNilaiSearahDanAlasan() {
        BigDecimal nckp = b("96.996"); // shown as 97,00
        assertThat(AturanPenilaian.nckpFinal(Keputusan.NAIK, nckp, b("100"), "Setara rekan satu level"))
                .isEqualByComparingTo("100");
        assertThat(AturanPenilaian.nckpFinal(Keputusan.TURUN, nckp, b("89.5"), "Kualitas IKU rendah"))
                .isEqualByComparingTo("89.5");
        assertThatThrownBy(() -> AturanPenilaian.nckpFinal(Keputusan.NAIK, nckp, b("97"), "x"))
                .hasMessage("penilaian.reviu.harusNaik");
        assertThatThrownBy(() -> AturanPenilaian.nckpFinal(Keputusan.TURUN, nckp, b("97.00"), "x"))
                .hasMessage("penilaian.reviu.harusTurun");
        assertThatThrownBy(() -> AturanPenilaian.nckpFinal(Keputusan.NAIK, nckp, b("100"), " "))
                .hasMessage("penilaian.reviu.alasanWajib");
        assertThatThrownBy(() -> AturanPenilaian.nckpFinal(Keputusan.NAIK, nckp, b("120.01"), "x"))
                .hasMessage("penilaian.reviu.finalBatas");
        assertThatThrownBy(() -> AturanPenilaian.nckpFinal(Keputusan.TURUN, nckp, null, "x"))
                .hasMessage("penilaian.reviu.finalWajib");
        assertThatThrownBy(() -> AturanPenilaian.nckpFinal(null, nckp, null, null))
                .hasMessage("penilaian.reviu.keputusanWajib");
        assertThat(IndividualScores.nckpStatus(b("99.996"))).hasToString("BAIK_SEKALI");
        assertThat(Scores.display(b("89.994"))).isEqualByComparingTo("89.99");
    }
}
