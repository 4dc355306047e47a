package id.kinerja.dasbor.web;

import id.kinerja.dasbor.DasborService;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Scores in templates: HALF_UP to 2 places (the one display rounding), written the Indonesian way. */
@Component("skorTampil")
class SkorTampil {

    public String n(BigDecimal v) {
        return v == null ? "—" : AngkaIndonesia.tulis(Scores.display(v), 2);
    }

    public String romawi(int triwulan) {
        return DasborService.romawi(triwulan);
    }

    /** A change with its sign (+1,5 / −2). */
    public String beda(BigDecimal v) {
        if (v == null) {
            return "—";
        }
        String s = n(v.abs());
        return v.signum() > 0 ? "+" + s : v.signum() < 0 ? "−" + s : s;
    }
}
