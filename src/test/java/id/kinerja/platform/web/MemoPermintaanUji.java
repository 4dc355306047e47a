package id.kinerja.platform.web;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Plays a request that passed {@link MemoPermintaanFilter}, for tests without a server. */
public final class MemoPermintaanUji {

    private MemoPermintaanUji() {
    }

    /** Starts a new request (the previous one's memo is gone). */
    public static void buka() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(MemoPermintaan.ATRIBUT, MemoPermintaan.baru());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    public static void tutup() {
        RequestContextHolder.resetRequestAttributes();
    }
}
