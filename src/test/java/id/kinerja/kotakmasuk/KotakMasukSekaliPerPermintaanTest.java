package id.kinerja.kotakmasuk;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.platform.web.MemoPermintaanUji;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The navbar count and the inbox page of one request share one round of the sources' COUNTs. */
class KotakMasukSekaliPerPermintaanTest {

    private final AtomicInteger ditanya = new AtomicInteger();
    private final KotakMasukService layanan = new KotakMasukService(List.of(() -> {
        ditanya.incrementAndGet();
        return List.of(new ButirKotakMasuk("kotakmasuk.pk.draf", List.<Object>of(2), "/perencanaan", 2, 1),
                new ButirKotakMasuk("kotakmasuk.pk.dikembalikan", List.<Object>of(1), "/perencanaan", 1, 2));
    }));

    @AfterEach
    void tutup() {
        MemoPermintaanUji.tutup();
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
