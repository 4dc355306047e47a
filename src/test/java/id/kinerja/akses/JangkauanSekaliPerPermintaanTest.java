package id.kinerja.akses;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.platform.web.MemoPermintaanUji;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The user's reach is loaded once per request however often the page asks, afresh in the next
 * request, and afresh within the request after the assignments changed.
 */
class JangkauanSekaliPerPermintaanTest {

    private final AtomicInteger muatSuperAdmin = new AtomicInteger();
    private final AtomicInteger muatPenugasan = new AtomicInteger();
    private List<AksesService.Penugasan> dipegang = List.of(new AksesService.Penugasan(Peran.PKO_UNIT, "/1/2/"));

    private final AksesService akses = new AksesService(id -> Optional.of("/1/2/" + id + "/"),
            new SumberAkses.PenugasanPengguna() {
                @Override
                public Optional<Boolean> superAdminAktif(long penggunaId) {
                    muatSuperAdmin.incrementAndGet();
                    return Optional.of(false);
                }

                @Override
                public List<AksesService.Penugasan> penugasanAktif(long penggunaId) {
                    muatPenugasan.incrementAndGet();
                    return dipegang;
                }
            });

    private void masukSebagai(long id) {
        KinerjaUser u = new KinerjaUser(id, "uji" + id, "x", "Uji", true, false, false, List.of(Peran.PERENCANA));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    @AfterEach
    void bersihkan() {
        SecurityContextHolder.clearContext();
        MemoPermintaanUji.tutup();
    }

    @Test
    void oneLoadPerRequestForEveryCheck() {
        masukSebagai(7);
        MemoPermintaanUji.buka();
        for (int i = 0; i < 20; i++) {
            assertThat(akses.boleh(Aksi.SUSUN, 10L + i)).isTrue();
            assertThat(akses.bolehDiManaPun(Aksi.LIHAT)).isTrue();
        }
        assertThat(akses.superAdmin()).isFalse();
        assertThat(muatSuperAdmin).hasValue(1);
        assertThat(muatPenugasan).hasValue(1);

        MemoPermintaanUji.buka(); // the next request
        akses.cakupan(Aksi.LIHAT);
        assertThat(muatSuperAdmin).hasValue(2);
        assertThat(muatPenugasan).hasValue(2);
    }

    @Test
    void aChangedAssignmentIsSeenWithinTheSameRequest() {
        masukSebagai(8);
        MemoPermintaanUji.buka();
        assertThat(akses.boleh(Aksi.SUSUN, 3L)).isTrue();
        dipegang = List.of();
        AksesService.lupakanJangkauan();
        assertThat(akses.boleh(Aksi.SUSUN, 3L)).isFalse();
        assertThat(muatPenugasan).hasValue(2);
    }

    @Test
    void outsideARequestEveryCallLoads() {
        masukSebagai(9);
        akses.cakupan(Aksi.LIHAT);
        akses.cakupan(Aksi.LIHAT);
        assertThat(muatSuperAdmin).hasValue(2);
    }
}
