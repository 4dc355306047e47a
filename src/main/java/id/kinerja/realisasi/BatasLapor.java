package id.kinerja.realisasi;

import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.Rulebook;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * When a unit's realisation of a period is due: the rulebook's day for the unit's level in the
 * month after the period (the rulebook version in force in the period's last quarter); the
 * period's own {@code batas_lapor} when the rulebook sets none.
 */
@Component
public class BatasLapor {

    private final RulebookService rulebooks;

    BatasLapor(RulebookService rulebooks) {
        this.rulebooks = rulebooks;
    }

    /** A resolver for one request: rulebook look-ups cached per rulebook and quarter. */
    public Penentu penentu() {
        return new Penentu();
    }

    public LocalDate batas(UnitInfo unit, PeriodeInfo periode) {
        return penentu().batas(unit, periode);
    }

    /** Days a submission was late (submitted after the deadline, in WIB); null when on time. */
    public static Long hariTerlambat(Instant diajukanPada, LocalDate batas) {
        if (diajukanPada == null || batas == null) {
            return null;
        }
        LocalDate tanggal = diajukanPada.atZone(Waktu.WIB).toLocalDate();
        return tanggal.isAfter(batas) ? ChronoUnit.DAYS.between(batas, tanggal) : null;
    }

    public final class Penentu {

        private final Map<String, Rulebook> cache = new HashMap<>();

        private Penentu() {
        }

        public LocalDate batas(UnitInfo unit, PeriodeInfo periode) {
            if (periode == null) {
                return null;
            }
            LocalDate akhir = periode.selesai();
            int tw = (akhir.getMonthValue() - 1) / 3 + 1;
            Rulebook rb = unit.rulebookKey() == null ? null
                    : cache.computeIfAbsent(unit.rulebookKey() + ":" + akhir.getYear() + ":" + tw,
                            k -> rulebooks.berlaku(unit.rulebookKey(), new RulebookVersi.Periode(akhir.getYear(), tw)));
            LocalDate d = rb == null ? null : rb.reportDeadline(unit.levelKode(), akhir);
            return d == null ? periode.batasLapor() : d;
        }
    }
}
