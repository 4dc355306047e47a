package id.kinerja.platform.waktu;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page may print today's date: {@code ${hariIni}}, the WIB date of the one clock. */
@ControllerAdvice
class HariIniModelAdvice {

    private final Clock clock;

    HariIniModelAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("hariIni")
    LocalDate hariIni() {
        return Waktu.hariIni(clock);
    }
}
