package id.kinerja.pengguna;

import id.kinerja.akses.KinerjaUser;
import java.time.Clock;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PenggunaUserDetailsService implements UserDetailsService {

    private final PenggunaRepository pengguna;
    private final PenugasanRepository penugasan;
    private final Clock clock;

    PenggunaUserDetailsService(PenggunaRepository pengguna, PenugasanRepository penugasan, Clock clock) {
        this.pengguna = pengguna;
        this.clock = clock;
        this.penugasan = penugasan;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Pengguna p = pengguna.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Pengguna tidak dikenal"));
        var peran = penugasan.findByPenggunaIdOrderByUnitPath(p.getId()).stream()
                .filter(t -> t.getUnit().isAktif())
                .map(Penugasan::getPeran).toList();
        return new KinerjaUser(p.getId(), p.getUsername(), p.getPasswordHash(), p.getNama(), p.isAktif(),
                p.terkunciPada(clock.instant()), p.isSuperAdmin(), peran);
    }
}
