package id.kinerja.pengguna;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.Peran;
import id.kinerja.akses.SesiPengguna;
import id.kinerja.organisasi.Unit;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.waktu.Waktu;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their unit-scoped roles, managed by super admins and by PKO within their subtree. */
@Service
public class PenggunaService {

    private final PenggunaRepository pengguna;
    private final PenugasanRepository penugasan;
    private final OrganisasiQuery units;
    private final AksesService akses;
    private final PasswordEncoder encoder;
    private final SesiPengguna sesi;

    PenggunaService(PenggunaRepository pengguna, PenugasanRepository penugasan, OrganisasiQuery units,
            AksesService akses, PasswordEncoder encoder, SesiPengguna sesi) {
        this.pengguna = pengguna;
        this.penugasan = penugasan;
        this.units = units;
        this.akses = akses;
        this.encoder = encoder;
        this.sesi = sesi;
    }

    /** Users in the current manager's reach; with a unit, only those holding a role on it. */
    @Transactional(readOnly = true)
    public List<PenggunaView> daftar(Long unitId) {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.KELOLA_ORGANISASI);
        List<Pengguna> list;
        if (unitId != null) {
            akses.periksa(Aksi.KELOLA_ORGANISASI, unitId);
            list = penugasan.findByUnitIdOrderByPeran(unitId).stream().map(Penugasan::getPengguna).distinct()
                    .toList();
        } else if (cakupan.semua()) {
            list = pengguna.findAllByOrderByNamaAsc();
        } else {
            list = cakupan.penugasan().stream().flatMap(p -> pengguna.findByUnitPathPrefix(p.unitPath()).stream())
                    .distinct().sorted(Comparator.comparing(Pengguna::getNama)).toList();
        }
        return list.stream().map(this::view).toList();
    }

    /** The signed-in user's own profile and assignments. */
    @Transactional(readOnly = true)
    public PenggunaView profilSaya() {
        Long id = AksesService.penggunaSaatIni().getId();
        return view(pengguna.findById(id).orElseThrow(() -> new PenggunaNotFoundException(id)));
    }

    @Transactional(readOnly = true)
    public PenggunaView lihat(Long id) {
        return view(muatDalamJangkauan(id));
    }

    @Transactional
    public PenggunaView buat(PenggunaParameters p) {
        boolean superAdmin = akses.superAdmin();
        if (!superAdmin && p.unitId() == null) {
            throw new BusinessRuleException("unitId", "pengguna.unit.wajib");
        }
        if (p.superAdmin() && !superAdmin) {
            throw new AccessDeniedException("Hanya super admin yang dapat memberi hak super admin");
        }
        if (pengguna.existsByUsername(p.username())) {
            throw new BusinessRuleException("username", "pengguna.username.duplikat", p.username());
        }
        String nip = kosongJadiNull(p.nip());
        if (nip != null && pengguna.existsByNip(nip)) {
            throw new BusinessRuleException("nip", "pengguna.nip.duplikat", nip);
        }
        KebijakanPassword.periksa(p.password(), p.username());
        Pengguna baru = pengguna.save(new Pengguna(p.username(), nip, p.nama(), p.jabatan(), p.pangkatGolongan(),
                kosongJadiNull(p.email()), encoder.encode(p.password()), p.superAdmin()));
        if (p.unitId() != null) {
            tugaskan(baru, p.unitId(), p.peran() == null ? Peran.PERENCANA : p.peran());
        }
        pengguna.flush();
        return view(baru);
    }

    /**
     * First-start accounts (demo seed, bootstrap admin) created before anybody can sign in; the
     * password hash is prepared by the caller so that its policy is the caller's decision.
     */
    @Transactional
    public Long buatAkunAwal(String username, String nip, String nama, String jabatan, String pangkatGolongan,
            String passwordHash, boolean superAdmin, List<Map.Entry<Long, Peran>> penugasanAwal) {
        Pengguna g = pengguna.save(new Pengguna(username, nip, nama, jabatan, pangkatGolongan, null, passwordHash,
                superAdmin));
        for (var t : penugasanAwal) {
            Unit unit = units.unitUntukRelasi(t.getKey());
            penugasan.save(new Penugasan(g, unit, t.getValue()));
        }
        return g.getId();
    }

    /** Start-up guard: does any active super admin still sign in with one of these passwords? */
    @Transactional(readOnly = true)
    public boolean adaSuperAdminDenganPassword(Set<String> passwords) {
        return pengguna.findBySuperAdminTrueAndAktifTrue().stream()
                .anyMatch(g -> passwords.stream().anyMatch(pw -> encoder.matches(pw, g.getPasswordHash())));
    }

    @Transactional(readOnly = true)
    public boolean adaPengguna() {
        return pengguna.count() > 0;
    }

    @Transactional
    public PenggunaView ubah(Long id, long version, PenggunaParameters p) {
        Pengguna g = muatUntukDiubah(id);
        boolean dinonaktifkan = g.isAktif() && !p.aktif();
        if (g.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Pengguna.class, id);
        }
        if (p.superAdmin() != g.isSuperAdmin() && !akses.superAdmin()) {
            throw new AccessDeniedException("Hanya super admin yang dapat mengubah hak super admin");
        }
        String nip = kosongJadiNull(p.nip());
        if (nip != null && !nip.equals(g.getNip()) && pengguna.existsByNip(nip)) {
            throw new BusinessRuleException("nip", "pengguna.nip.duplikat", nip);
        }
        g.ubahProfil(nip, p.nama(), p.jabatan(), p.pangkatGolongan(), kosongJadiNull(p.email()), p.aktif(),
                p.superAdmin());
        pengguna.flush();
        AksesService.lupakanJangkauan();
        if (dinonaktifkan) {
            sesi.akhiriSemua(g.getUsername());
        }
        return view(g);
    }

    @Transactional
    public void gantiPassword(Long id, String passwordBaru) {
        Pengguna g = muatUntukDiubah(id);
        KebijakanPassword.periksa(passwordBaru, g.getUsername());
        g.gantiPassword(encoder.encode(passwordBaru));
        pengguna.flush();
        // whoever held the old password is signed out everywhere
        sesi.akhiriSemua(g.getUsername());
    }

    @Transactional
    public PenggunaView tambahPenugasan(Long penggunaId, Long unitId, Peran peran) {
        Pengguna g = muatDalamJangkauan(penggunaId);
        tugaskan(g, unitId, peran);
        pengguna.flush();
        AksesService.lupakanJangkauan();
        return view(g);
    }

    @Transactional
    public PenggunaView hapusPenugasan(Long penggunaId, Long penugasanId) {
        Penugasan t = penugasan.findById(penugasanId)
                .filter(x -> x.getPengguna().getId().equals(penggunaId))
                .orElseThrow(() -> new NotFoundException("Penugasan", penugasanId));
        akses.periksa(Aksi.KELOLA_ORGANISASI, t.getUnit().getId());
        penugasan.delete(t);
        penugasan.flush();
        AksesService.lupakanJangkauan();
        return view(t.getPengguna());
    }

    private void tugaskan(Pengguna g, Long unitId, Peran peran) {
        if (peran == null) {
            throw new BusinessRuleException("peran", "pengguna.peran.wajib");
        }
        // the unit comes from a form field: check it, whatever the page offered
        akses.periksa(Aksi.KELOLA_ORGANISASI, unitId);
        Unit unit = units.unitUntukRelasi(unitId);
        if (peran == Peran.PKO_PUSAT && unit.getInduk() != null) {
            throw new BusinessRuleException("peran", "pengguna.peran.pkoPusatDiAkar");
        }
        if (peran == Peran.PKO_PUSAT && !akses.superAdmin() && !pkoPusatDi(unit)) {
            throw new AccessDeniedException("PKO pusat hanya diberikan oleh PKO pusat atau super admin");
        }
        if (penugasan.existsByPenggunaIdAndUnitIdAndPeran(g.getId(), unitId, peran)) {
            throw new BusinessRuleException("peran", "pengguna.peran.duplikat");
        }
        penugasan.save(new Penugasan(g, unit, peran));
    }

    private boolean pkoPusatDi(Unit akar) {
        return akses.cakupan(Aksi.KELOLA_RULEBOOK).mencakup(akar.getPath());
    }

    /**
     * An account may be changed (profile, password, deactivation) by a super admin, or by a
     * manager when it is no super admin and ALL of its roles lie in the manager's reach: a role
     * elsewhere means somebody else also answers for this account.
     */
    private Pengguna muatUntukDiubah(Long id) {
        Pengguna g = pengguna.findById(id).orElseThrow(() -> new PenggunaNotFoundException(id));
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.KELOLA_ORGANISASI);
        if (cakupan.semua()) {
            return g;
        }
        List<Penugasan> peran = penugasan.findByPenggunaIdOrderByUnitPath(id);
        boolean semuaTerjangkau = !g.isSuperAdmin() && !peran.isEmpty()
                && peran.stream().allMatch(t -> cakupan.mencakup(t.getUnit().getPath()));
        if (!semuaTerjangkau) {
            throw new AccessDeniedException("Akun juga dikelola di luar jangkauan Anda");
        }
        return g;
    }

    /** A user is visible when a super admin asks, or when one of their units is in the asker's subtree. */
    private Pengguna muatDalamJangkauan(Long id) {
        Pengguna g = pengguna.findById(id).orElseThrow(() -> new PenggunaNotFoundException(id));
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.KELOLA_ORGANISASI);
        if (cakupan.semua()) {
            return g;
        }
        boolean terjangkau = penugasan.findByPenggunaIdOrderByUnitPath(id).stream()
                .anyMatch(t -> cakupan.mencakup(t.getUnit().getPath()));
        if (!terjangkau) {
            throw new AccessDeniedException("Pengguna di luar jangkauan");
        }
        return g;
    }

    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private PenggunaView view(Pengguna g) {
        var tugas = penugasan.findByPenggunaIdOrderByUnitPath(g.getId()).stream()
                .map(t -> new PenggunaView.PenugasanView(t.getId(), t.getUnit().getId(), t.getUnit().getNama(),
                        t.getUnit().getOrganisasi().getSingkatan(), t.getPeran()))
                .toList();
        return new PenggunaView(g.getId(), g.getUsername(), g.getNip(), g.getNama(), g.getJabatan(),
                g.getPangkatGolongan(), g.getEmail(), g.isAktif(), g.isSuperAdmin(),
                g.getLoginTerakhir() == null ? null
                        : g.getLoginTerakhir().atZone(Waktu.WIB).toLocalDateTime(),
                g.getVersion(), tugas);
    }
}
