package id.kinerja.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class MemoPermintaanTest {

    @AfterEach
    void tutup() {
        MemoPermintaanUji.tutup();
    }

    @Test
    void theFilterOpensAMemoThatDiesWithTheRequest() throws Exception {
        AtomicInteger hitung = new AtomicInteger();
        AtomicReference<Object> dilihat = new AtomicReference<>();
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/kotak-masuk");
        new MemoPermintaanFilter().doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
            @Override
            public void doFilter(ServletRequest req, ServletResponse res) {
                RequestContextHolder.setRequestAttributes(new ServletRequestAttributes((HttpServletRequest) req));
                dilihat.set(MemoPermintaan.sekali("k", hitung::incrementAndGet));
                MemoPermintaan.sekali("k", hitung::incrementAndGet);
                MemoPermintaan.lupakan("k");
                MemoPermintaan.sekali("k", hitung::incrementAndGet);
            }
        });
        assertThat(dilihat.get()).isEqualTo(1);
        assertThat(hitung).hasValue(2);
    }

    @Test
    void withoutTheFilterNothingIsKept() {
        AtomicInteger hitung = new AtomicInteger();
        MemoPermintaan.sekali("k", hitung::incrementAndGet);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        MemoPermintaan.sekali("k", hitung::incrementAndGet);
        MemoPermintaan.sekali("k", hitung::incrementAndGet);
        assertThat(hitung).hasValue(3);
    }

    @Test
    void aNullAnswerIsAnAnswer() {
        MemoPermintaanUji.buka();
        AtomicInteger hitung = new AtomicInteger();
        MemoPermintaan.sekali("k", () -> {
            hitung.incrementAndGet();
            return null;
        });
        MemoPermintaan.sekali("k", hitung::incrementAndGet);
        assertThat(hitung).hasValue(1);
    }
}
