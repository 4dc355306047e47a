package id.kinerja.platform.angka;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The one number reader, as a table: what Indonesians type, and what is refused and why. */
class AngkaIndonesiaTest {

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1.000                 | 1000
            1.000.000             | 1000000
            1.234,5               | 1234.5
            1.000,5               | 1000.5
            12,5                  | 12.5
            -12,5                 | -12.5
            −3                    | -3
            0                     | 0
            -0                    | 0
            0,5                   | 0.5
            007                   | 7
            1000                  | 1000
            1234,56               | 1234.56
            12,500000             | 12.5
            "  1.000  "           | 1000
            " 1.000 "             | 1000
            999.999.999.999.999.999 | 999999999999999999
            0,000001              | 0.000001
            10,5                  | 10.5
            100                   | 100
            """)
    void readsIndonesianNumbers(String teks, String harapan) {
        HasilAngka h = AngkaIndonesia.baca(teks, BatasAngka.NILAI);
        assertThat(h.sah()).as(h.kode() + " " + h.argumen()).isTrue();
        assertThat(h.nilai()).isEqualByComparingTo(new BigDecimal(harapan));
    }

    @ParameterizedTest(name = "[{0}] → {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Rp 75.000.000         | 75000000
            Rp75.000.000          | 75000000
            Rp. 75.000.000        | 75000000
            rp 1.000              | 1000
            RP 1.000              | 1000
            150.000.000           | 150000000
            250.000.000,50        | 250000000.50
            Rp 12,5               | 12.5
            12,5                  | 12.5
            "Rp 75.000.000,00"    | 75000000
            9.999.999.999.999.999,99 | 9999999999999999.99
            """)
    void readsRupiahKeepingCents(String teks, String harapan) {
        HasilAngka h = AngkaIndonesia.baca(teks, BatasAngka.RUPIAH);
        assertThat(h.sah()).as(h.kode() + " " + h.argumen()).isTrue();
        assertThat(h.nilai()).isEqualByComparingTo(new BigDecimal(harapan));
    }

    @Test
    void whitespaceAndNonBreakingSpacesAreTrimmed() {
        assertThat(AngkaIndonesia.baca("\u00A01.000\u202F\t", BatasAngka.NILAI).nilai()).isEqualByComparingTo("1000");
        assertThat(AngkaIndonesia.baca("Rp\u00A075.000.000", BatasAngka.RUPIAH).nilai())
                .isEqualByComparingTo("75000000");
    }

    @Test
    void blankIsNoValueAndNoError() {
        for (String t : new String[] {null, "", "   ", "\u00A0"}) {
            HasilAngka h = AngkaIndonesia.baca(t, BatasAngka.NILAI);
            assertThat(h.kosong()).isTrue();
            assertThat(h.sah()).isTrue();
            assertThat(h.nilai()).isNull();
        }
    }

    @ParameterizedTest(name = "[{0}] refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1.5                   | angka.ambigu
            1.00                  | angka.ambigu
            12.34.5               | angka.ambigu
            1.0000                | angka.ambigu
            0.500                 | angka.ambigu
            .5                    | angka.ambigu
            1.                    | angka.ambigu
            1.000.00              | angka.ambigu
            1.00,5                | angka.tidakSah
            1,000.5               | angka.tidakSah
            1,2,3                 | angka.tidakSah
            12,                   | angka.tidakSah
            ,5                    | angka.tidakSah
            abc                   | angka.tidakSah
            sepuluh               | angka.tidakSah
            1 000                 | angka.tidakSah
            +5                    | angka.tidakSah
            --5                   | angka.tidakSah
            -                     | angka.tidakSah
            Rp                    | angka.tidakSah
            NaN                   | angka.tidakSah
            Infinity              | angka.tidakSah
            0x10                  | angka.tidakSah
            1e5                   | angka.eksponen
            1E-3                  | angka.eksponen
            1e1000000             | angka.eksponen
            12,34e2               | angka.eksponen
            0,0000001             | angka.digitPecahan
            1,1234567             | angka.digitPecahan
            1234567890123456789   | angka.digitBulat
            1.234.567.890.123.456.789 | angka.digitBulat
            Rp 1.000              | angka.rupiah
            12345678901234567890123456789012345678901 | angka.terlaluPanjang
            """)
    void refusesWhatIsNotClearlyANumber(String teks, String kode) {
        HasilAngka h = AngkaIndonesia.baca(teks, BatasAngka.NILAI);
        assertThat(h.sah()).isFalse();
        assertThat(h.nilai()).isNull();
        assertThat(h.kode()).isEqualTo(kode);
    }

    @ParameterizedTest(name = "[{0}] refused as Rupiah: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            -5.000                | angka.negatif
            Rp -5.000             | angka.negatif
            -Rp 5.000             | angka.negatif
            12,505                | angka.digitPecahan
            Rp 10.000.000.000.000.000 | angka.digitBulat
            Rp 1.5                | angka.ambigu
            Rp 150.000.00         | angka.ambigu
            """)
    void refusesBadAmounts(String teks, String kode) {
        HasilAngka h = AngkaIndonesia.baca(teks, BatasAngka.RUPIAH);
        assertThat(h.kode()).isEqualTo(kode);
    }

    @Test
    void aHundredThousandDigitsAreRefusedUnread() {
        String besar = "9".repeat(100_000);
        HasilAngka h = AngkaIndonesia.baca(besar, BatasAngka.NILAI);
        assertThat(h.kode()).isEqualTo(AngkaIndonesia.TERLALU_PANJANG);
        assertThat(h.argumen()).containsExactly(AngkaIndonesia.MAKS_PANJANG);
        assertThat(AngkaIndonesia.baca(" ".repeat(1000) + "1", BatasAngka.NILAI).kode())
                .isEqualTo(AngkaIndonesia.TERLALU_PANJANG);
    }

    @Test
    void errorsEchoTheTypedTextForTheMessage() {
        HasilAngka h = AngkaIndonesia.baca(" 1.5 ", BatasAngka.NILAI);
        assertThat(h.argumen()).containsExactly("1.5");
        assertThat(AngkaIndonesia.baca("1,1234567", BatasAngka.NILAI).argumen()).containsExactly(6);
        assertThat(AngkaIndonesia.baca("12,505", BatasAngka.RUPIAH).argumen()).containsExactly(2);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1E+1000000            | angka.digitBulat
            -1E+1000000           | angka.digitBulat
            1E-1000000            | angka.digitPecahan
            1E+18                 | angka.digitBulat
            0.0000001             | angka.digitPecahan
            123456789012345678901234567890.5 | angka.digitBulat
            """)
    void boundsNumbersThatArriveAsNumbers(String nilai, String kode) {
        assertThat(AngkaIndonesia.periksa(new BigDecimal(nilai), BatasAngka.NILAI).kode()).isEqualTo(kode);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1E+3                  | 1000
            999999999999999999    | 999999999999999999
            12.500000000          | 12.5
            0.000001              | 0.000001
            -7                    | -7
            0E-20                 | 0
            """)
    void acceptsBoundedNumbers(String nilai, String harapan) {
        HasilAngka h = AngkaIndonesia.periksa(new BigDecimal(nilai), BatasAngka.NILAI);
        assertThat(h.sah()).isTrue();
        assertThat(h.nilai()).isEqualByComparingTo(harapan);
        assertThat(h.nilai().scale()).isNotNegative();
    }

    @Test
    void doublesKeepFifteenDigitsAndAreBounded() {
        assertThat(AngkaIndonesia.dariDouble(0.1 + 0.2, BatasAngka.NILAI).nilai()).isEqualByComparingTo("0.3");
        assertThat(AngkaIndonesia.dariDouble(1000d, BatasAngka.NILAI).nilai()).isEqualByComparingTo("1000");
        assertThat(AngkaIndonesia.dariDouble(1e300, BatasAngka.NILAI).kode()).isEqualTo(AngkaIndonesia.DIGIT_BULAT);
        assertThat(AngkaIndonesia.dariDouble(1e-7, BatasAngka.NILAI).kode()).isEqualTo(AngkaIndonesia.DIGIT_PECAHAN);
        assertThat(AngkaIndonesia.dariDouble(Double.NaN, BatasAngka.NILAI).kode()).isEqualTo(AngkaIndonesia.TIDAK_SAH);
        assertThat(AngkaIndonesia.dariDouble(Double.POSITIVE_INFINITY, BatasAngka.NILAI).sah()).isFalse();
        assertThat(AngkaIndonesia.dariDouble(-5, BatasAngka.RUPIAH).kode()).isEqualTo(AngkaIndonesia.NEGATIF);
    }

    @ParameterizedTest(name = "{0} ↔ [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1000                  | 1.000
            1234.5                | 1.234,5
            75000000              | 75.000.000
            -0.25                 | -0,25
            0                     | 0
            0.000001              | 0,000001
            100                   | 100
            1E+3                  | 1.000
            12.50                 | 12,5
            999999999999999999.999999 | 999.999.999.999.999.999,999999
            """)
    void whatTheAppWritesReadsBackToTheSameValue(String nilai, String teks) {
        BigDecimal v = new BigDecimal(nilai);
        assertThat(AngkaIndonesia.tulis(v)).isEqualTo(teks);
        assertThat(AngkaIndonesia.baca(AngkaIndonesia.tulis(v), BatasAngka.NILAI).nilai()).isEqualByComparingTo(v);
    }

    @Test
    void rupiahShowCentsOnlyWhenThereAreAny() {
        assertThat(AngkaIndonesia.tulis(new BigDecimal("75000000.00"), 2)).isEqualTo("75.000.000");
        assertThat(AngkaIndonesia.tulis(new BigDecimal("250000000.5"), 2)).isEqualTo("250.000.000,50");
        assertThat(AngkaIndonesia.baca("250.000.000,50", BatasAngka.RUPIAH).nilai())
                .isEqualByComparingTo("250000000.5");
        assertThat(AngkaIndonesia.tulis(null)).isEmpty();
    }

    @Test
    void randomValuesRoundTrip() {
        Random r = new Random(42);
        for (int n = 0; n < 2000; n++) {
            BigDecimal v = BigDecimal.valueOf(r.nextLong() % 1_000_000_000_000L, r.nextInt(7));
            HasilAngka h = AngkaIndonesia.baca(AngkaIndonesia.tulis(v), BatasAngka.NILAI);
            assertThat(h.nilai()).as(v.toPlainString()).isEqualByComparingTo(v);
        }
    }

    @Test
    void boundsAreChecked() {
        Assertions.assertThatThrownBy(() -> new BatasAngka(0, 2, true, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(BatasAngka.NILAI.tanpaNegatif().bolehNegatif()).isFalse();
    }

    /** Display with fixed places (pages' 2-place numbers): HALF_UP, Indonesian marks, read back alike. */
    @ParameterizedTest(name = "{0} / {1} → [{2}]")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1250.5    | 2 | 1.250,50
            1250.505  | 2 | 1.250,51
            1250.515  | 2 | 1.250,52
            90        | 2 | 90,00
            100       | 2 | 100,00
            0         | 2 | 0,00
            -0.001    | 2 | 0,00
            -1234.567 | 2 | -1.234,57
            1E+3      | 2 | 1.000,00
            281.5     | 0 | 282
            1234567   | 0 | 1.234.567
            """)
    void writesFixedPlaces(String nilai, int pecahan, String harapan) {
        String t = AngkaIndonesia.tulisTetap(new BigDecimal(nilai), pecahan);
        assertThat(t).isEqualTo(harapan);
        HasilAngka kembali = AngkaIndonesia.baca(t, BatasAngka.NILAI);
        assertThat(kembali.sah()).isTrue();
        assertThat(kembali.nilai()).isEqualByComparingTo(new BigDecimal(nilai).setScale(pecahan, java.math.RoundingMode.HALF_UP));
        assertThat(AngkaIndonesia.tulisTetap(null, 2)).isEmpty();
    }
}
