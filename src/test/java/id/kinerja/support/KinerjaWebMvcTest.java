package id.kinerja.support;

import id.kinerja.akses.SecurityConfig;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * The web layer of the named controllers only: MVC, Thymeleaf with the real templates and message
 * bundles, every {@code @ControllerAdvice} and filter of the application (error pages, number
 * binding, request memo), the real {@link SecurityConfig} and the test clock; no database, no
 * services (declare them with {@code @MockitoBean}). For what a page or a refusal looks like and who
 * may reach it; what the data does belongs in {@link IntegrationTest}. Sign in with
 * {@link SebagaiPengguna} or {@code user(...)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import({SecurityConfig.class, JamUjiConfiguration.class})
public @interface KinerjaWebMvcTest {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
