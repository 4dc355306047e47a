package id.kinerja.platform.web;

import id.kinerja.platform.galat.BusinessRuleException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A year asked for in the query ({@code ?tahun=}) of the planning, realisation, validation,
 * cascading and dialogue pages lies within {@link #MIN}–{@link #MAKS}, as the dashboard and the
 * calendar already require: an absurd year is a 400 page before any service builds a year's
 * periods or queries for it. One check here instead of one in each handler; form posts keep their
 * own field messages (the year a PK is opened for is checked by the organisation module).
 */
@Configuration(proxyBeanMethods = false)
class BatasTahun implements WebMvcConfigurer {

    static final int MIN = 2000;
    static final int MAKS = 2100;

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new Pemeriksa()).addPathPatterns("/perencanaan/**", "/realisasi/**", "/validasi/**",
                "/cascading/**", "/dialog/**");
    }

    static final class Pemeriksa implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
                return true;
            }
            String tahun = request.getParameter("tahun");
            if (tahun == null || tahun.isBlank()) {
                return true;
            }
            int th;
            try {
                th = Integer.parseInt(tahun.strip());
            } catch (NumberFormatException e) {
                // not a number: the handler's own binding answers 400 as before
                return true;
            }
            if (th < MIN || th > MAKS) {
                throw new BusinessRuleException("tahun", "tahun.diLuarRentang", String.valueOf(MIN),
                        String.valueOf(MAKS));
            }
            return true;
        }
    }
}
