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
import java.nio.charset.StandardCharsets;
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
    private final LoginThrottle throttle;

    PenggunaService(PenggunaRepository pengguna, PenugasanRepository penugasan, OrganisasiQuery units,
            AksesService akses, PasswordEncoder encoder, SesiPengguna sesi, LoginThrottle throttle) {
        this.pengguna = pengguna;
        this.penugasan = penugasan;
        this.units = units;
        this.akses = akses;
        this.encoder = encoder;
        this.sesi = sesi;
        this.throttle = throttle;
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
        return list.stream().map(g -> view(g, cakupan)).toList();
    }

    /** The signed-in user's own profile and assignments. */
    @Transactional(readOnly = true)
    public PenggunaView profilSaya() {
        Long id = AksesService.penggunaSaatIni().getId();
        return view(pengguna.findById(id).orElseThrow(() -> new PenggunaNotFoundException(id)));
    }

    @Transactional(readOnly = true)
    public PenggunaView lihat(Long id) {
        return view(muatDalamJangkauan(id), akses.cakupan(Aksi.KELOLA_ORGANISASI));
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
        baru.wajibkanGantiPassword(); // the admin chose it: the owner replaces it at first sign-in
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

    /**
     * The signed-in user replaces their own password: the current one proves it is them (a wrong one
     * counts as a failed sign-in of this name at this address), the new one follows the policy and
     * differs from the old. Every other session of the account ends; the flag set by an admin's
     * reset is cleared. The audit trail records that the hash changed, never the hash.
     */
    @Transactional(noRollbackFor = BusinessRuleException.class)
    public void gantiPasswordSendiri(String passwordLama, String passwordBaru, String konfirmasi, String alamat,
            String sesiKini) {
        Long id = AksesService.penggunaSaatIni().getId();
        Pengguna g = pengguna.findById(id).orElseThrow(() -> new PenggunaNotFoundException(id));
        long tunggu = throttle.tunggu(g.getUsername(), alamat);
        if (tunggu > 0) {
            throw new BusinessRuleException("passwordLama", "akun.password.ditahan", tunggu);
        }
        if (passwordLama == null || passwordLama.isEmpty()
                || passwordLama.getBytes(StandardCharsets.UTF_8).length > KebijakanPassword.BYTE_MAKS
                || !encoder.matches(passwordLama, g.getPasswordHash())) {
            throttle.gagal(g.getUsername(), alamat);
            throw new BusinessRuleException("passwordLama", "akun.password.lamaSalah");
        }
        try {
            KebijakanPassword.periksa(passwordBaru, g.getUsername());
        } catch (BusinessRuleException e) {
            throw new BusinessRuleException("passwordBaru", e.getMessageKey(), e.getArgs());
        }
        if (!passwordBaru.equals(konfirmasi)) {
            throw new BusinessRuleException("konfirmasi", "akun.password.konfirmasiBeda");
        }
        if (passwordBaru.equals(passwordLama)) {
            throw new BusinessRuleException("passwordBaru", "akun.password.samaLama");
        }
        g.gantiPasswordSendiri(encoder.encode(passwordBaru));
        pengguna.flush();
        // whoever else knew the old password (or holds a session with it) is signed out
        sesi.akhiriSemuaKecuali(g.getUsername(), sesiKini);
    }

    /** Must this account replace its password before anything else (read fresh: the flag clears at once)? */
    @Transactional(readOnly = true)
    public boolean wajibGantiPassword(long penggunaId) {
        return pengguna.wajibGantiPassword(penggunaId).orElse(false);
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
        periksaPemberiPeran(t.getPengguna(), t.getUnit(), t.getPeran());
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
        periksaPemberiPeran(g, unit, peran);
        if (penugasan.existsByPenggunaIdAndUnitIdAndPeran(g.getId(), unitId, peran)) {
            throw new BusinessRuleException("peran", "pengguna.peran.duplikat");
        }
        penugasan.save(new Penugasan(g, unit, peran));
    }

    /**
     * Separation of duties in granting (docs/akses.md): nobody but a super admin changes the roles of
     * their own account, and every role other than PERENCANA (heads, validators, HR officials,
     * managers) is granted or taken away only by the organisation's central PKO or a super admin.
     */
    private void periksaPemberiPeran(Pengguna g, Unit unit, Peran peran) {
        if (akses.superAdmin()) {
            return;
        }
        if (g.getId().equals(AksesService.penggunaSaatIni().getId())) {
            throw new BusinessRuleException("peran", "pengguna.peran.akunSendiri");
        }
        if (peran != Peran.PERENCANA && !pkoPusatDi(unit)) {
            throw new AccessDeniedException("Peran " + peran + " hanya diberikan oleh PKO pusat atau super admin");
        }
    }

    /** The roles the current manager may grant at all (the page offers only these; the check is on save). */
    @Transactional(readOnly = true)
    public List<Peran> peranBolehDiberikan() {
        if (akses.superAdmin() || !akses.cakupan(Aksi.KELOLA_RULEBOOK).penugasan().isEmpty()) {
            return List.of(Peran.values());
        }
        return List.of(Peran.PERENCANA);
    }

    /** True when the current user is central PKO of the organisation this unit belongs to. */
    private boolean pkoPusatDi(Unit unit) {
        return akses.cakupan(Aksi.KELOLA_RULEBOOK).mencakup(unit.getPath());
    }

    /**
     * An account may be changed (profile, password, deactivation) by a super admin, or by a
     * manager when it is no super admin and ALL of its roles lie in the manager's reach: a role
     * elsewhere means somebody else also answers for this account. An account holding any role
     * other than PERENCANA (a head, validator, HR official or manager) answers to the central PKO:
     * a unit manager could otherwise take it over by setting its password.
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
        AksesService.Cakupan pusat = akses.cakupan(Aksi.KELOLA_RULEBOOK);
        if (!peran.stream().filter(t -> t.getPeran() != Peran.PERENCANA)
                .allMatch(t -> pusat.mencakup(t.getUnit().getPath()))) {
            throw new AccessDeniedException("Akun pimpinan, validator atau pengelola hanya diubah oleh PKO pusat");
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
        return view(g, null);
    }

    /**
     * An account as a manager sees it: only the assignments inside the manager's reach are listed,
     * so the page never names units the manager may not open ({@code cakupan} null = all of them).
     */
    private PenggunaView view(Pengguna g, AksesService.Cakupan cakupan) {
        var tugas = penugasan.findByPenggunaIdOrderByUnitPath(g.getId()).stream()
                .filter(t -> cakupan == null || cakupan.semua() || cakupan.mencakup(t.getUnit().getPath()))
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
