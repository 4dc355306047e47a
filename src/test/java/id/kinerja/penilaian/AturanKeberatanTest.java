package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.penilaian.AturanKeberatan.Langkah;
import id.kinerja.platform.galat.BusinessRuleException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** The objection rules of Kemenlu §G.8: the 14-day windows, once only, who may take which step. */
class AturanKeberatanTest {

    private static OffsetDateTime t(String s) {
        return OffsetDateTime.parse(s);
    }

    private static KeberatanNckp diajukan() {
        return new KeberatanNckp(1L, 2025, true, false, false, false, "Alasan", t("2026-01-12T10:00:00+07:00"),
                "penilai", "pegawai", t("2026-01-13T10:00:00+07:00"));
    }

    @Test
    void hasilDiterimaAdalahYangTerakhirAntaraReviuDanNp() {
        OffsetDateTime np = t("2026-01-10T10:00:00+07:00");
        OffsetDateTime reviu = t("2026-01-12T10:00:00+07:00");
        assertThat(AturanKeberatan.hasilDiterima(reviu, np)).isEqualTo(reviu);
        assertThat(AturanKeberatan.hasilDiterima(np, reviu)).isEqualTo(reviu);
        assertThat(AturanKeberatan.hasilDiterima(null, np)).isEqualTo(np);
        assertThat(AturanKeberatan.hasilDiterima(reviu, null)).isEqualTo(reviu);
        // no result yet: nothing to object to
        assertThat(AturanKeberatan.hasilDiterima(null, null)).isNull();
    }

    @Test
    void batas14HariTermasukHariKe14() {
        LocalDate diterima = LocalDate.of(2026, 1, 12);
        assertThat(AturanKeberatan.batas(diterima)).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(AturanKeberatan.lewat(diterima, LocalDate.of(2026, 1, 12))).isFalse();
        assertThat(AturanKeberatan.lewat(diterima, LocalDate.of(2026, 1, 26))).isFalse();
        assertThat(AturanKeberatan.lewat(diterima, LocalDate.of(2026, 1, 27))).isTrue();
        // across a year end
        assertThat(AturanKeberatan.batas(LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(AturanKeberatan.lewat(null, LocalDate.of(2026, 1, 12))).isTrue();
    }

    @Test
    void batasJawabPenilaiDariPengajuanAtasanDariPenerusan() {
        LocalDate diajukan = LocalDate.of(2026, 1, 20);
        LocalDate diteruskan = LocalDate.of(2026, 2, 5);
        assertThat(AturanKeberatan.batasJawab(StatusKeberatan.DIAJUKAN, diajukan, null))
                .isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(AturanKeberatan.batasJawab(StatusKeberatan.DITERUSKAN, diajukan, diteruskan))
                .isEqualTo(LocalDate.of(2026, 2, 19));
        // answered or decided: nothing pending, no reminder
        for (StatusKeberatan s : new StatusKeberatan[] {StatusKeberatan.DITERIMA_PENILAI, StatusKeberatan.DITERIMA_ATASAN,
                StatusKeberatan.DITOLAK_ATASAN}) {
            assertThat(AturanKeberatan.batasJawab(s, diajukan, diteruskan)).as(s.name()).isNull();
        }
    }

    @Test
    void hanyaPegawaiMengajukanSekaliHanyaPenilaiMenanggapiHanyaAtasanPenilaiMemutus() {
        // nothing filed yet: only the employee, who is neither evaluator nor reviewer
        assertThat(AturanKeberatan.langkah(null, true, false, false)).isEqualTo(Langkah.AJUKAN);
        assertThat(AturanKeberatan.langkah(null, false, true, false)).isEqualTo(Langkah.TIDAK_ADA);
        assertThat(AturanKeberatan.langkah(null, false, false, true)).isEqualTo(Langkah.TIDAK_ADA);
        assertThat(AturanKeberatan.langkah(null, false, false, false)).isEqualTo(Langkah.TIDAK_ADA);
        // once filed, the employee can never file again (one right), whatever the state
        for (StatusKeberatan s : StatusKeberatan.values()) {
            assertThat(AturanKeberatan.langkah(s, true, false, false)).as(s.name()).isEqualTo(Langkah.TIDAK_ADA);
        }
        assertThat(AturanKeberatan.langkah(StatusKeberatan.DIAJUKAN, false, true, false)).isEqualTo(Langkah.TANGGAPI);
        assertThat(AturanKeberatan.langkah(StatusKeberatan.DIAJUKAN, false, false, true)).isEqualTo(Langkah.TIDAK_ADA);
        assertThat(AturanKeberatan.langkah(StatusKeberatan.DITERUSKAN, false, false, true)).isEqualTo(Langkah.PUTUSKAN);
        assertThat(AturanKeberatan.langkah(StatusKeberatan.DITERUSKAN, false, true, false)).isEqualTo(Langkah.TIDAK_ADA);
        // the reviewer must be another person than the evaluator and the employee
        assertThat(AturanKeberatan.langkah(StatusKeberatan.DITERUSKAN, false, true, true)).isEqualTo(Langkah.TIDAK_ADA);
        assertThat(AturanKeberatan.langkah(StatusKeberatan.DITERUSKAN, true, false, true)).isEqualTo(Langkah.TIDAK_ADA);
        assertThat(AturanKeberatan.langkah(StatusKeberatan.DIAJUKAN, true, true, false)).isEqualTo(Langkah.TIDAK_ADA);
        // final states: nobody acts any more
        for (StatusKeberatan s : new StatusKeberatan[] {StatusKeberatan.DITERIMA_PENILAI, StatusKeberatan.DITERIMA_ATASAN,
                StatusKeberatan.DITOLAK_ATASAN}) {
            assertThat(AturanKeberatan.langkah(s, false, true, false)).isEqualTo(Langkah.TIDAK_ADA);
            assertThat(AturanKeberatan.langkah(s, false, false, true)).isEqualTo(Langkah.TIDAK_ADA);
            assertThat(s.selesai()).isTrue();
        }
    }

    @Test
    void pernyataanTertulisWajibDanDibatasi() {
        assertThatThrownBy(() -> AturanKeberatan.teks("alasan", "  ")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("penilaian.keberatan.teksWajib");
        assertThatThrownBy(() -> AturanKeberatan.teks("alasan", "x".repeat(4001)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("teksPanjang");
        assertThat(AturanKeberatan.teks("alasan", " x ".repeat(1000) + "y")).hasSizeLessThanOrEqualTo(4000);
        assertThatThrownBy(() -> AturanKeberatan.periksaObjek(false, false, false, true))
                .hasMessageContaining("objekWajib");
        assertThatThrownBy(() -> AturanKeberatan.periksaObjek(false, false, true, false))
                .hasMessageContaining("belumAdaFinal");
        AturanKeberatan.periksaObjek(true, false, false, false);
    }

    @Test
    void alurTanggapanDanKeputusanFinal() {
        KeberatanNckp k = diajukan();
        assertThat(k.getStatus()).isEqualTo(StatusKeberatan.DIAJUKAN);
        // the reviewer cannot decide before the evaluator answered
        assertThatThrownBy(() -> k.putuskan(false, false, "Tetap", "atasan", t("2026-01-14T10:00:00+07:00")))
                .hasMessageContaining("sudahDiputus");
        assertThatThrownBy(() -> k.tanggapi(false, "Tidak ada atasan", null, "penilai", t("2026-01-14T10:00:00+07:00")))
                .hasMessageContaining("tanpaAtasan");
        k.tanggapi(false, "Nilai sudah sesuai", "atasan", "penilai", t("2026-01-14T10:00:00+07:00"));
        assertThat(k.getStatus()).isEqualTo(StatusKeberatan.DITERUSKAN);
        assertThatThrownBy(() -> k.tanggapi(true, "lagi", null, "penilai", t("2026-01-15T10:00:00+07:00")))
                .hasMessageContaining("sudahDitanggapi");
        // a re-rating only with acceptance
        assertThatThrownBy(() -> k.putuskan(false, true, "Tetap", "atasan", t("2026-01-15T10:00:00+07:00")))
                .hasMessageContaining("ulangHanyaNp");
        k.putuskan(false, false, "Hasil tetap", "atasan", t("2026-01-15T10:00:00+07:00"));
        assertThat(k.getStatus()).isEqualTo(StatusKeberatan.DITOLAK_ATASAN);
        // final: no further change
        assertThatThrownBy(() -> k.putuskan(true, false, "Ubah", "atasan", t("2026-01-16T10:00:00+07:00")))
                .hasMessageContaining("sudahDiputus");
        assertThat(KeberatanService.npTerbuka(k, t("2026-01-12T10:00:00+07:00"))).isFalse();
    }

    @Test
    void keberatanDiterimaMembukaNpSampaiDireviuUlang() {
        OffsetDateTime reviu = t("2026-01-12T10:00:00+07:00");
        OffsetDateTime terima = t("2026-01-14T10:00:00+07:00");
        assertThat(AturanKeberatan.npTerbuka(StatusKeberatan.DITERIMA_PENILAI, false, terima, reviu)).isTrue();
        assertThat(AturanKeberatan.npTerbuka(StatusKeberatan.DITERIMA_ATASAN, true, terima, reviu)).isTrue();
        // accepted without a re-rating (e.g. only the NCKP Final is corrected through the review): NP stays locked
        assertThat(AturanKeberatan.npTerbuka(StatusKeberatan.DITERIMA_ATASAN, false, terima, reviu)).isFalse();
        assertThat(AturanKeberatan.npTerbuka(StatusKeberatan.DITERUSKAN, false, null, reviu)).isFalse();
        assertThat(AturanKeberatan.npTerbuka(StatusKeberatan.DITOLAK_ATASAN, false, null, reviu)).isFalse();
        // the reviewer's new review after the acceptance locks the NP again
        assertThat(AturanKeberatan.npTerbuka(StatusKeberatan.DITERIMA_PENILAI, false, terima,
                t("2026-01-20T10:00:00+07:00"))).isFalse();

        KeberatanNckp k = diajukan();
        k.tanggapi(true, "Diterima, NP dinilai ulang", null, "penilai", terima);
        assertThat(k.getStatus()).isEqualTo(StatusKeberatan.DITERIMA_PENILAI);
        assertThat(KeberatanService.npTerbuka(k, reviu)).isTrue();
    }
}
