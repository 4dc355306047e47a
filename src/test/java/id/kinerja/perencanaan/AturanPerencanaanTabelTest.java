package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.Rulebooks;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The planning rules, table-tested without Spring or a database: IKU count limits and the
 * konversi-120 quota at their exact edges, the trajectory's shape, frozen periods of a revision and
 * the revision cut-off.
 */
class AturanPerencanaanTabelTest {

    private final AturanPerencanaan aturan = new AturanPerencanaan(new ScoringEngine());

    private static List<IndicatorInput> iku(int jumlah, int konversi120) {
        return IntStream.range(0, jumlah).mapToObj(i -> IndicatorInput.builder("iku-" + i).sasaran("S1")
                .perspective(Perspective.STAKEHOLDER).target("100").quality(QualityTier.OUTPUT)
                .validity(Validity.EXACT).control(Control.MODERATE)
                .maxTarget(i < konversi120).build()).toList();
    }

    private static Rulebook rulebook(String key) {
        return switch (key) {
            case "KEMENLU_BSC" -> Rulebooks.KEMENLU_BSC;
            case "MARVES" -> Rulebooks.MARVES;
            default -> Rulebooks.KEMENKEU;
        };
    }

    private static List<String> kode(List<BusinessRuleException> e) {
        return e.stream().map(x -> x.getField() + ":" + x.getMessageKey()).toList();
    }

    @ParameterizedTest(name = "{0} level {1}, {2} IKU → {3}")
    @CsvSource(nullValues = "-", value = {
            // Kemenlu: at most 25 at WIDE and ONE, 20 at TWO, 10 at THREE…FIVE
            "KEMENLU_BSC, WIDE, 25, -",
            "KEMENLU_BSC, WIDE, 26, nama:scoring.iku.tooMany",
            "KEMENLU_BSC, TWO,  20, -",
            "KEMENLU_BSC, TWO,  21, nama:scoring.iku.tooMany",
            "KEMENLU_BSC, FIVE, 10, -",
            "KEMENLU_BSC, FIVE, 11, nama:scoring.iku.tooMany",
            // Kemenkeu: between 15 and 20 at ONE; too few only blocks submission, never a save
            "KEMENKEU,    ONE,   1, -",
            "KEMENKEU,    ONE,  20, -",
            "KEMENKEU,    ONE,  21, nama:scoring.iku.tooMany",
            // Marves: no count limit
            "MARVES,      ONE,  40, -"})
    void ikuCountLimitsAtTheirEdges(String rb, String level, int jumlah, String galat) {
        List<String> hasil = kode(aturan.pelanggaranIku(rulebook(rb), level, false, iku(jumlah, 0), jumlah - 1));
        assertThat(hasil).isEqualTo(galat == null ? List.of() : List.of(galat));
    }

    @ParameterizedTest(name = "Marves: {1} of {0} IKU konversi 120 → {2}")
    @CsvSource(nullValues = "-", value = {
            "10, 2, -", // 20 % is the quota itself
            "10, 3, targetMaksimum:scoring.konversi120.quotaExceeded",
            "5,  1, -",
            "5,  2, targetMaksimum:scoring.konversi120.quotaExceeded",
            "4,  0, -"})
    void konversi120QuotaIsPlacedAtTheMaxTargetField(int jumlah, int konversi, String galat) {
        List<String> hasil = kode(aturan.pelanggaranIku(Rulebooks.MARVES, "ONE", false, iku(jumlah, konversi), 0));
        assertThat(hasil).isEqualTo(galat == null ? List.of() : List.of(galat));
    }

    @ParameterizedTest(name = "{0} values for {1} → {2}")
    @CsvSource(nullValues = "-", value = {
            "4,  TRIWULAN, -",
            "3,  TRIWULAN, pk.trajektori.jumlah",
            "12, BULAN,    -",
            "4,  BULAN,    pk.trajektori.jumlah",
            "2,  SEMESTER, -",
            "1,  TAHUN,    -"})
    void aTrajectoryHasOneValuePerReportingPeriod(int n, JenisPeriode periode, String galat) {
        List<BigDecimal> nilai = new ArrayList<>(Collections.nCopies(n, BigDecimal.ONE));
        if (galat == null) {
            assertThatCode(() -> AturanPerencanaan.periksaTrajektori(periode, nilai)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AturanPerencanaan.periksaTrajektori(periode, nilai))
                    .isInstanceOfSatisfying(BusinessRuleException.class,
                            e -> assertThat(e.getMessageKey()).isEqualTo(galat));
        }
    }

    @ParameterizedTest(name = "negative value {0} refused, empty periods allowed")
    @CsvSource({"-0.01", "-1"})
    void aTrajectoryValueIsNeverNegative(String v) {
        List<BigDecimal> nilai = Arrays.asList(null, BigDecimal.TEN, new BigDecimal(v), null);
        assertThatThrownBy(() -> AturanPerencanaan.periksaTrajektori(JenisPeriode.TRIWULAN, nilai))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("scoring.target.negative"));
    }

    @ParameterizedTest(name = "{0} from TW {1}, {2}: old 10/20/30/40, new {3} → {4}")
    @CsvSource(nullValues = "-", value = {
            "AWAL,      1, TRIWULAN, 1/2/3/4,     -",
            "REVISI,    1, TRIWULAN, 1/2/3/4,     -",
            "REVISI,    3, TRIWULAN, 10/20/35/45, -",
            "REVISI,    3, TRIWULAN, 10/21/35/45, t2",
            "REVISI,    3, TRIWULAN, 10.00/20/1/1, -",
            "KOMPLEMEN, 2, TRIWULAN, 11/20/30/40, t1",
            "REVISI,    4, SEMESTER, 10/99,       -",
            "REVISI,    4, SEMESTER, 11/99,       t1"})
    void periodsBeforeTheRevisionTakesEffectAreFrozen(JenisPk jenis, int mulai, JenisPeriode periode, String baru,
            String field) {
        List<BigDecimal> lama = periode == JenisPeriode.SEMESTER ? angka("10/20") : angka("10/20/30/40");
        if (field == null) {
            assertThatCode(() -> AturanPerencanaan.periksaPeriodeBeku(jenis, mulai, periode, lama, angka(baru)))
                    .doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> AturanPerencanaan.periksaPeriodeBeku(jenis, mulai, periode, lama, angka(baru)))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.getField()).isEqualTo(field);
                        assertThat(e.getMessageKey()).isEqualTo("pk.revisi.periodeBeku");
                    });
        }
    }

    @ParameterizedTest(name = "{0} on {2} with cut-off {1} → refused {3}")
    @CsvSource(nullValues = "-", value = {
            "REVISI,    2026-10-20, 2026-10-20, false",
            "REVISI,    2026-10-20, 2026-10-21, true",
            "KOMPLEMEN, 2026-10-20, 2026-12-01, false",
            "REVISI,    -,          2026-12-31, false"})
    void revisionCutOff(JenisPk jenis, LocalDate batas, LocalDate hariIni, boolean ditolak) {
        if (ditolak) {
            assertThatThrownBy(() -> AturanPerencanaan.periksaBatasRevisi(jenis, batas, hariIni))
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("pk.revisi.lewatBatas");
                        assertThat(e.getArgs()).containsExactly("20-10-2026");
                    });
        } else {
            assertThatCode(() -> AturanPerencanaan.periksaBatasRevisi(jenis, batas, hariIni))
                    .doesNotThrowAnyException();
        }
    }

    private static List<BigDecimal> angka(String s) {
        return Arrays.stream(s.split("/")).map(BigDecimal::new).toList();
    }
}
