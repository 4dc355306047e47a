package id.kinerja.kalkulator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.kinerja.scoring.Band;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.ScoreType;
import java.math.BigDecimal;
import java.util.List;

/**
 * A scoring result as pages and the API show it: numbers rounded HALF_UP to 2 places. The API keeps
 * its shape: {@code predikatKode} is for pages, which show the predikat in the user's language.
 */
public record HasilKalkulator(String rulebook, ScoreType scoreType, BigDecimal score, String predikat, Band band,
        List<Indikator> indicators, List<Sasaran> sasaran, List<Perspektif> perspectives,
        @JsonIgnore String predikatKode) {

    public record Indikator(String code, BigDecimal capaian, BigDecimal bobot, BigDecimal bobotTertimbang, Band band,
            String formula) {
    }

    public record Sasaran(String code, BigDecimal nss, Band band) {
    }

    public record Perspektif(Perspective perspective, BigDecimal np, BigDecimal bobot, BigDecimal bobotTertimbang) {
    }
}
