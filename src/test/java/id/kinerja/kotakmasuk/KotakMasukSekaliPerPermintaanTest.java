package id.kinerja.kotakmasuk;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.platform.web.MemoPermintaanUji;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The navbar count and the inbox page of one request share one round of the sources' COUNTs. */
class KotakMasukSekaliPerPermintaanTest {

    private final AtomicInteger ditanya = new AtomicInteger();
    private final SumberKotakMasuk sumber = () -> {
        ditanya.incrementAndGet();
        return List.of(new ButirKotakMasuk("kotakmasuk.pk.draf", List.<Object>of(2), "/perencanaan", 2, 1),
                new ButirKotakMasuk("kotakmasuk.pk.dikembalikan", List.<Object>of(1), "/perencanaan", 1, 2));
    };
    private final KotakMasukService layanan = new KotakMasukService(List.of(sumber), Duration.ZERO);

    @AfterEach
    void tutup() {
        MemoPermintaanUji.tutup();
        SecurityContextHolder.clearContext();
    }

    private static void masuk(String nama) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(nama, null, List.of()));
    }

    @Test
    void jumlahDiingatPerPenggunaSampaiKedaluwarsaAtauDilupakan() {
        var ingat = new KotakMasukService(List.of(sumber), Duration.ofHours(1));
        masuk("a");
        MemoPermintaanUji.buka();
        assertThat(ingat.jumlah()).isEqualTo(3);
        MemoPermintaanUji.buka();
        assertThat(ingat.jumlah()).isEqualTo(3);
        assertThat(ditanya).hasValue(1);
        masuk("b");
        MemoPermintaanUji.buka();
        ingat.jumlah();
        assertThat(ditanya).as("another user counts for themselves").hasValue(2);
        masuk("a");
        ingat.lupakan("a");
        MemoPermintaanUji.buka();
        ingat.jumlah();
        assertThat(ditanya).as("forgotten after the user's own change").hasValue(3);
        MemoPermintaanUji.buka();
        ingat.butir();
        assertThat(ditanya).as("the inbox page always counts").hasValue(4);

        var sebentar = new KotakMasukService(List.of(sumber), Duration.ofNanos(1));
        MemoPermintaanUji.buka();
        sebentar.jumlah();
        MemoPermintaanUji.buka();
        sebentar.jumlah();
        assertThat(ditanya).as("expired").hasValue(6);
    }

    @Test
    void countAndLinesOfOneRequestAskTheSourcesOnce() {
        MemoPermintaanUji.buka();
        assertThat(layanan.jumlah()).isEqualTo(3);
        assertThat(layanan.butir()).extracting(ButirKotakMasuk::kodePesan)
                .containsExactly("kotakmasuk.pk.dikembalikan", "kotakmasuk.pk.draf");
        assertThat(ditanya).hasValue(1);

        MemoPermintaanUji.buka();
        layanan.jumlah();
        assertThat(ditanya).hasValue(2);
    }
}
