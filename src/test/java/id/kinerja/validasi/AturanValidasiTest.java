package id.kinerja.validasi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.realisasi.StatusValidasi;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The forum's aggregate rules without a database. */
class AturanValidasiTest {

    private static VerdikValidasi verdik(StatusValidasi s, String catatan, String semula, long versi) {
        return new VerdikValidasi(1L, 2L, 3L, 3, "S1.1", "TW3", s, catatan, "12", semula, versi, "val", "Validator",
                Instant.parse("2026-10-05T03:00:00Z"));
    }

    @Test
    void tidakValidWithoutANoteIsRefused() {
        assertThatThrownBy(() -> verdik(StatusValidasi.TIDAK_VALID, " ", null, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(verdik(StatusValidasi.VALID, null, null, 1).getStatus()).isEqualTo(StatusValidasi.VALID);
    }

    @Test
    void aVerdictIsVoidOnceTheValueChanged() {
        VerdikValidasi v = verdik(StatusValidasi.VALID, null, null, 4);
        assertThat(v.berlakuUntuk(4)).isTrue();
        assertThat(v.berlakuUntuk(5)).isFalse();
    }

    @Test
    void aValidatorCorrectionKeepsTheValueItReplaced() {
        VerdikValidasi v = verdik(StatusValidasi.VALID, "Salah hitung", "15", 2);
        assertThat(v.isKoreksi()).isTrue();
        assertThat(v.getNilaiSemula()).isEqualTo("15");
        assertThat(verdik(StatusValidasi.VALID, null, null, 2).isKoreksi()).isFalse();
    }

    @Test
    void beritaAcaraNumbersCountTheLocksOfTheQuarterAndAReopeningKeepsIt() {
        assertThat(BeritaAcaraValidasi.nomor(1, "ROREN", 3, 2026)).isEqualTo("BA-VAL/ROREN/2026/TW3/01");
        assertThat(BeritaAcaraValidasi.nomor(12, "M-ASDEP-EN", 1, 2026)).isEqualTo("BA-VAL/M-ASDEP-EN/2026/TW1/12");
        BeritaAcaraValidasi ba = new BeritaAcaraValidasi(2L, 3L, 2026, 3, 1, "ROREN", "Biro Perencanaan",
                LocalDate.of(2026, 10, 5), "Jakarta", "NKO", null, null, "val", Instant.EPOCH, List.of(), List.of());
        assertThat(ba.berlaku()).isTrue();
        ba.buka("pko", Instant.EPOCH, "alasan");
        assertThat(ba.berlaku()).isFalse();
        assertThatThrownBy(() -> ba.buka("pko", Instant.EPOCH, "lagi")).isInstanceOf(IllegalStateException.class);
    }
}
