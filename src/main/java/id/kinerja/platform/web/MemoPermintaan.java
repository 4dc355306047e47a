package id.kinerja.platform.web;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Values computed at most once per HTTP request (the user's reach, the inbox lines): the navbar, the
 * page and every access check of one request ask the same question many times. Active only inside
 * a request that passed {@link MemoPermintaanFilter}; elsewhere (scheduled jobs, services called
 * directly from tests) every call computes afresh, so nothing stale outlives a request.
 */
public final class MemoPermintaan {

    static final String ATRIBUT = MemoPermintaan.class.getName();

    private MemoPermintaan() {
    }

    /** The value memoised under {@code kunci} in this request, computed by {@code hitung} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T sekali(String kunci, Supplier<T> hitung) {
        Map<String, Object> memo = memo();
        if (memo == null) {
            return hitung.get();
        }
        if (memo.containsKey(kunci)) {
            return (T) memo.get(kunci);
        }
        T nilai = hitung.get();
        memo.put(kunci, nilai);
        return nilai;
    }

    /** Forgets the values whose key starts with {@code awalan} (a change in this request made them stale). */
    public static void lupakan(String awalan) {
        Map<String, Object> memo = memo();
        if (memo != null) {
            memo.keySet().removeIf(k -> k.startsWith(awalan));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> memo() {
        RequestAttributes req = RequestContextHolder.getRequestAttributes();
        Object memo = req == null ? null : req.getAttribute(ATRIBUT, RequestAttributes.SCOPE_REQUEST);
        return memo instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    static Map<String, Object> baru() {
        return new HashMap<>();
    }
}
