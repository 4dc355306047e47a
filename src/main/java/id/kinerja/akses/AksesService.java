package id.kinerja.akses;

import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.web.MemoPermintaan;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one answer to "may the current user do X on unit N?", called by every feature (directly or
 * from {@code @PreAuthorize("@akses.boleh(...)")}). It reads assignments from the database once per
 * request (then from {@link MemoPermintaan}), so revoking a role takes effect with the next request,
 * and knows nothing of the features above
 * it: unit paths and roles come through {@link SumberAkses}, implemented by organisasi and pengguna.
 */
@Service("akses")
public class AksesService {

    private static final String MEMO = "akses.jangkauan.";

    private final SumberAkses.JalurUnit jalurUnit;
    private final SumberAkses.PenugasanPengguna penugasanPengguna;

    AksesService(SumberAkses.JalurUnit jalurUnit, SumberAkses.PenugasanPengguna penugasanPengguna) {
        this.jalurUnit = jalurUnit;
        this.penugasanPengguna = penugasanPengguna;
    }

    /** One held role with the path of the unit it is held on. */
    public record Penugasan(Peran peran, String unitPath) {

        boolean mencakup(String targetPath) {
            return peran.mencakupSubtree() ? targetPath.startsWith(unitPath) : targetPath.equals(unitPath);
        }
    }

    /** Where the current user may do an action: everywhere, or within these path prefixes. */
    public record Cakupan(boolean semua, List<Penugasan> penugasan) {

        public boolean mencakup(String path) {
            return semua || penugasan.stream().anyMatch(p -> p.mencakup(path));
        }
    }

    /**
     * True when allowed; false (→ 403) when the unit exists but is out of the user's reach;
     * {@link NotFoundException} (→ 404) when there is no such unit.
     */
    public boolean boleh(Aksi aksi, Long unitId) {
        if (unitId == null) {
            return false;
        }
        String path = jalurUnit.path(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        return cakupan(aksi).mencakup(path);
    }

    public void periksa(Aksi aksi, Long unitId) {
        if (!boleh(aksi, unitId)) {
            throw new AccessDeniedException("Tidak berwenang atas unit " + unitId);
        }
    }

    /** For actions that are not tied to one unit (e.g. the audit trail): any unit at all. */
    public boolean bolehDiManaPun(Aksi aksi) {
        Cakupan c = cakupan(aksi);
        return c.semua() || !c.penugasan().isEmpty();
    }

    public Cakupan cakupan(Aksi aksi) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof KinerjaUser user)) {
            return new Cakupan(false, List.of());
        }
        long userId = user.getId();
        // asked by the navbar, the page and every row's check: loaded once per request
        var superAdmin = MemoPermintaan.sekali(MEMO + "superAdmin." + userId,
                () -> penugasanPengguna.superAdminAktif(userId));
        if (superAdmin.isEmpty()) {
            return new Cakupan(false, List.of());
        }
        if (superAdmin.get()) {
            return new Cakupan(true, List.of());
        }
        List<Penugasan> held = MemoPermintaan.sekali(MEMO + "penugasan." + userId,
                () -> penugasanPengguna.penugasanAktif(userId));
        return new Cakupan(false, held.stream().filter(p -> aksi.bolehOleh(p.peran())).toList());
    }

    /** The roles the current user holds on active units (a super admin's too); empty when not signed in. */
    public List<Penugasan> penugasanSaya() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof KinerjaUser user)) {
            return List.of();
        }
        return penugasanPengguna.penugasanAktif(user.getId());
    }

    /** After a change to accounts or assignments within this request: the next check reloads. */
    public static void lupakanJangkauan() {
        MemoPermintaan.lupakan(MEMO);
    }

    public boolean superAdmin() {
        return cakupan(Aksi.LIHAT).semua();
    }

    public static KinerjaUser penggunaSaatIni() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof KinerjaUser user) {
            return user;
        }
        throw new AccessDeniedException("Belum masuk");
    }
}
