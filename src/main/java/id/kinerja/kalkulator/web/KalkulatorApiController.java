package id.kinerja.kalkulator.web;

import id.kinerja.kalkulator.HasilKalkulator;
import id.kinerja.kalkulator.KalkulatorService;
import id.kinerja.kalkulator.MasukanIndikator;
import id.kinerja.platform.angka.AngkaIndonesia;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** POST /api/v1/scoring/calculate: the one engine as a JSON calculator (see docs/scoring-api.md). */
@RestController
class KalkulatorApiController {

    private final KalkulatorService kalkulator;

    KalkulatorApiController(KalkulatorService kalkulator) {
        this.kalkulator = kalkulator;
    }

    record RentangTarget(BigDecimal low, BigDecimal high) {
    }

    record IndikatorRequest(String code, String sasaran, String perspective, String polarization, BigDecimal target,
            RentangTarget targetRange, BigDecimal realization, Boolean maxTarget, String validity, String control,
            String quality) {

        MasukanIndikator toMasukan() {
            return new MasukanIndikator(code, sasaran, perspective, polarization, text(target),
                    targetRange == null ? null : text(targetRange.low()),
                    targetRange == null ? null : text(targetRange.high()), text(realization), maxTarget, validity,
                    control, quality);
        }

        /** Already bounded by the JSON reader; written the way the one parser reads it back. */
        private static String text(BigDecimal v) {
            return v == null ? null : AngkaIndonesia.tulis(v);
        }
    }

    record HitungRequest(String rulebook, Boolean mapOwner, List<IndikatorRequest> indicators) {
    }

    @PostMapping(path = "/api/v1/scoring/calculate", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    HasilKalkulator hitung(@RequestBody HitungRequest request) {
        // the list's size before any row is converted or read
        kalkulator.periksaJumlah(request.indicators() == null ? 0 : request.indicators().size());
        List<MasukanIndikator> rows = request.indicators() == null ? null
                : request.indicators().stream().map(i -> i == null ? null : i.toMasukan()).toList();
        return kalkulator.hitung(request.rulebook(), request.mapOwner(), rows);
    }
}
