package id.kinerja.akses;

import id.kinerja.platform.web.GangguanBasisData;
import id.kinerja.platform.web.ProblemGalat;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfig {

    /** Machine clients: HTTP Basic, no session, no CSRF (no cookies are involved). */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, MessageSource pesan, LocaleResolver bahasa) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .httpBasic(b -> b.realmName("Kinerja").authenticationEntryPoint((req, res, ex) -> {
                    if (GangguanBasisData.adalah(ex)) { // user look-up could not reach the DB
                        res.setHeader("Retry-After", "15");
                        problem(req, res, HttpStatus.SERVICE_UNAVAILABLE, pesan, bahasa, "galat.503.detail");
                        return;
                    }
                    if (ex instanceof LoginDitahanException ditahan) { // throttled: say how long to wait
                        res.setHeader("Retry-After", String.valueOf(ditahan.getDetik()));
                        problem(req, res, HttpStatus.TOO_MANY_REQUESTS, pesan, bahasa, "galat.429.masuk",
                                String.valueOf(ditahan.getDetik()));
                        return;
                    }
                    res.setHeader("WWW-Authenticate", "Basic realm=\"Kinerja\"");
                    problem(req, res, HttpStatus.UNAUTHORIZED, pesan, bahasa, "galat.401.detail");
                }))
                .exceptionHandling(e -> e.accessDeniedHandler(
                        (req, res, ex) -> problem(req, res, HttpStatus.FORBIDDEN, pesan, bahasa, "galat.403.detail")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico",
                                "/error", "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/admin/audit/**").hasAnyRole("SUPER_ADMIN", "PKO_PUSAT", "PKO_UNIT")
                        .requestMatchers("/admin/**").hasAnyRole("SUPER_ADMIN", "PKO_PUSAT", "PKO_UNIT")
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?keluar").permitAll())
                .headers(h -> h
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self'; frame-ancestors 'none'")))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()));
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * The same problem+json as every other API refusal (title and detail from the bundle in the app's
     * language for this request, the path as instance).
     */
    private static void problem(HttpServletRequest req, HttpServletResponse res, HttpStatus status, MessageSource pesan,
            LocaleResolver bahasa, String kunci, Object... argumen) throws IOException {
        Locale locale = bahasa.resolveLocale(req);
        ProblemGalat.tulis(res, ProblemGalat.problem(pesan, status, pesan.getMessage(kunci, argumen, kunci, locale),
                req.getRequestURI(), locale));
    }
}
