package id.kinerja.platform.web;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Indonesian by default; {@code ?lang=en} switches to English and is remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale INDONESIA = Locale.forLanguageTag("id-ID");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("KINERJA_LANG");
        resolver.setDefaultLocale(INDONESIA);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // a tampered language cookie falls back to Indonesian instead of failing every page
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    /**
     * Boot turns the resource chain on because the webjars locator is present, and with it a filter
     * that asks the classpath whether every link on a page is a static file (the pattern is
     * {@code /**}): 73 % of a dashboard page's CPU (JFR, docs/performa.md §5). We version no static
     * URL, so the filter has nothing to do; the version-less webjar paths are resolved when served.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterMati() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> r = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        r.setEnabled(false);
        return r;
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addFormatterForFieldType(BigDecimal.class, new AngkaFormatter());
        registry.addFormatterForFieldAnnotation(new RupiahFormatterFactory());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
