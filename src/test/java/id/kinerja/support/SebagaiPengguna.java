package id.kinerja.support;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.Peran;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * A signed-in {@link KinerjaUser} with the given roles, for tests without the accounts table (web
 * slices). With the full application prefer {@code @WithUserDetails("kemenlu.perencana")}: the demo
 * account with its real assignments.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@WithSecurityContext(factory = SebagaiPengguna.Pabrik.class)
public @interface SebagaiPengguna {

    Peran[] value() default {};

    boolean superAdmin() default false;

    long id() default 1L;

    String username() default "uji";

    final class Pabrik implements WithSecurityContextFactory<SebagaiPengguna> {
        @Override
        public SecurityContext createSecurityContext(SebagaiPengguna a) {
            KinerjaUser u = new KinerjaUser(a.id(), a.username(), "x", "Pengguna Uji", true, false, a.superAdmin(),
                    List.of(a.value()));
            SecurityContext ctx = SecurityContextHolder.createEmptyContext();
            ctx.setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
            return ctx;
        }
    }
}
