package id.kinerja.kotakmasuk;

import id.kinerja.platform.web.MemoPermintaan;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers every module's inbox lines for the signed-in user, most urgent first. The navigation
 * bar's count is remembered per user for {@code kinerja.kotakmasuk.jumlah-ttl} (15 s; 0 = every
 * page counts anew): it costs a dozen queries and shows on every page. The user's own changes
 * forget it at once ({@link #lupakan}); the inbox page itself always counts anew and refreshes it.
 */
@Service
public class KotakMasukService {

    private static final int PENGGUNA_MAKS = 10_000;

    private record Jumlah(long nilai, long sampaiNanos) {
    }

    private final List<SumberKotakMasuk> sumber;
    private final long ttlNanos;
    private final Map<String, Jumlah> jumlah = new ConcurrentHashMap<>();

    KotakMasukService(List<SumberKotakMasuk> sumber,
            @Value("${kinerja.kotakmasuk.jumlah-ttl:15s}") Duration ttl) {
        this.sumber = List.copyOf(sumber);
        this.ttlNanos = ttl.toNanos();
    }

    /**
     * This request's lines: the navbar count and the inbox page share one computation, and every
     * module's count runs in this one read transaction (not one each).
     */
    @Transactional(readOnly = true)
    public List<ButirKotakMasuk> butir() {
        return MemoPermintaan.sekali("kotakmasuk.butir", this::hitung);
    }

    private List<ButirKotakMasuk> hitung() {
        var semua = new ArrayList<ButirKotakMasuk>();
        sumber.forEach(s -> s.butirUntukPenggunaSaatIni().stream().filter(b -> b.jumlah() > 0).forEach(semua::add));
        semua.sort(Comparator.comparingInt(ButirKotakMasuk::keparahan).reversed()
                .thenComparing(ButirKotakMasuk::kodePesan));
        List<ButirKotakMasuk> hasil = List.copyOf(semua);
        String u = pengguna();
        if (u != null && ttlNanos > 0) {
            ingat(u, hasil.stream().mapToLong(ButirKotakMasuk::jumlah).sum());
        }
        return hasil;
    }

    /** The navigation bar's count (remembered briefly, see the class comment). */
    @Transactional(readOnly = true)
    public long jumlah() {
        String u = pengguna();
        if (u != null && ttlNanos > 0) {
            Jumlah j = jumlah.get(u);
            if (j != null && System.nanoTime() - j.sampaiNanos() < 0) {
                return j.nilai();
            }
        }
        return butir().stream().mapToLong(ButirKotakMasuk::jumlah).sum();
    }

    /** The user changed something: the next page counts anew. */
    public void lupakan(String username) {
        jumlah.remove(username);
    }

    private void ingat(String u, long n) {
        if (jumlah.size() >= PENGGUNA_MAKS) {
            jumlah.clear();
        }
        jumlah.put(u, new Jumlah(n, System.nanoTime() + ttlNanos));
    }

    private static String pengguna() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken ? null
                : auth.getName();
    }
}
