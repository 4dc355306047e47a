package id.kinerja.kotakmasuk.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.kotakmasuk.KotakMasukService;
import id.kinerja.kotakmasuk.KotakMasukUji;
import id.kinerja.kotakmasuk.SumberKotakMasuk;
import id.kinerja.platform.web.MemoPermintaanUji;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The user's own change (not a GET) forgets their remembered inbox count; reading pages does not. */
class LupakanJumlahFilterTest {

    private final AtomicInteger ditanya = new AtomicInteger();
    private final SumberKotakMasuk sumber = () -> {
        ditanya.incrementAndGet();
        return List.of(new ButirKotakMasuk("kotakmasuk.pk.draf", List.<Object>of(1), "/perencanaan", 1, 1));
    };
    private final KotakMasukService layanan = KotakMasukUji.layanan(List.of(sumber), Duration.ofHours(1));
    private final LupakanJumlahFilter filter;

    LupakanJumlahFilterTest() {
        var pabrik = new StaticListableBeanFactory();
        pabrik.addBean("kotakMasukService", layanan);
        filter = new LupakanJumlahFilter(pabrik.getBeanProvider(KotakMasukService.class));
    }

    @AfterEach
    void tutup() {
        SecurityContextHolder.clearContext();
        MemoPermintaanUji.tutup();
    }

    private void hitung() {
        MemoPermintaanUji.buka();
        layanan.jumlah();
    }

    @Test
    void kirimanPenggunaMelupakanJumlahnya() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated("a", null, List.of()));
        hitung();
        filter.doFilter(new MockHttpServletRequest("GET", "/dasbor"), new MockHttpServletResponse(), new MockFilterChain());
        hitung();
        assertThat(ditanya).as("a GET keeps the count").hasValue(1);
        filter.doFilter(new MockHttpServletRequest("POST", "/realisasi/unit/3/2026/3"), new MockHttpServletResponse(),
                new MockFilterChain());
        hitung();
        assertThat(ditanya).as("after the user's own POST the badge counts anew").hasValue(2);
    }
}
