package id.kinerja.kalender;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.kalender.StatusPenyerahan.Kategori;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StatusPenyerahanTest {

    private static final LocalDate TENGGAT = LocalDate.of(2026, 10, 8);

    private static Instant wib(String s) {
        return OffsetDateTime.parse(s).toInstant();
    }

    @Test
    void judgedOnWibCalendarDays() {
        // 23:30 WIB on the deadline day is 16:30 UTC the same day, and still on time
        assertThat(StatusPenyerahan.nilai(TENGGAT, true, wib("2026-10-08T23:30+07:00"), TENGGAT.plusDays(30)).kategori())
                .isEqualTo(Kategori.TEPAT_WAKTU);
        // 00:30 WIB the next day is still the 8th in UTC, but late by one WIB day
        StatusPenyerahan telat = StatusPenyerahan.nilai(TENGGAT, true, wib("2026-10-09T00:30+07:00"), TENGGAT);
        assertThat(telat.kategori()).isEqualTo(Kategori.TERLAMBAT);
        assertThat(telat.hari()).isEqualTo(1);
        assertThat(telat.bermasalah()).isTrue();
    }

    @Test
    void missingOnlyAfterTheDeadlineDayAndUnwatchedDocumentsAreNotMissing() {
        assertThat(StatusPenyerahan.nilai(TENGGAT, true, null, TENGGAT).kategori()).isEqualTo(Kategori.BELUM_JATUH_TEMPO);
        StatusPenyerahan hilang = StatusPenyerahan.nilai(TENGGAT, true, null, TENGGAT.plusDays(4));
        assertThat(hilang.kategori()).isEqualTo(Kategori.TIDAK_ADA);
        assertThat(hilang.hari()).isEqualTo(4);
        StatusPenyerahan tidak = StatusPenyerahan.nilai(TENGGAT, false, null, TENGGAT.plusDays(40));
        assertThat(tidak.kategori()).isEqualTo(Kategori.TIDAK_DIPANTAU);
        assertThat(tidak.bermasalah()).isFalse();
    }
}
