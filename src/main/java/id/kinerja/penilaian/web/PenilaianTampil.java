package id.kinerja.penilaian.web;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import org.springframework.stereotype.Component;

/** Scores on the pages: HALF_UP to 2 places only here, written the Indonesian way. */
@Component("penilaianTampil")
class PenilaianTampil {

    public String n(BigDecimal v) {
        return v == null ? "—" : AngkaIndonesia.tulis(Scores.display(v), 2);
    }

    /** The value as a form field shows it (2 decimals, Indonesian), empty when none. */
    public String isian(BigDecimal v) {
        return v == null ? "" : AngkaIndonesia.tulis(Scores.display(v));
    }

    /** A stored moment as the wall clock in Jakarta shows it (for #temporals.format). */
    public java.time.LocalDateTime wib(java.time.OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(id.kinerja.platform.waktu.Waktu.WIB).toLocalDateTime();
    }

    public String romawi(int q) {
        return switch (q) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            default -> "IV";
        };
    }
}
