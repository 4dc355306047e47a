package id.kinerja.akses;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user. Authorities are the roles held anywhere (they drive the menu only). */
public final class KinerjaUser implements UserDetails {

    private final Long id;
    private final String username;
    private final String passwordHash;
    private final String nama;
    private final boolean aktif;
    private final boolean terkunci;
    private final List<GrantedAuthority> authorities;

    public KinerjaUser(Long id, String username, String passwordHash, String nama, boolean aktif, boolean terkunci,
            boolean superAdmin, Collection<Peran> peran) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.nama = nama;
        this.aktif = aktif;
        this.terkunci = terkunci;
        var list = new ArrayList<GrantedAuthority>();
        if (superAdmin) {
            list.add(new SimpleGrantedAuthority("ROLE_SUPER_ADMIN"));
        }
        peran.stream().distinct().map(p -> new SimpleGrantedAuthority("ROLE_" + p.name())).forEach(list::add);
        this.authorities = List.copyOf(list);
    }

    public Long getId() {
        return id;
    }

    public String getNama() {
        return nama;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !terkunci;
    }

    @Override
    public boolean isEnabled() {
        return aktif;
    }
}
