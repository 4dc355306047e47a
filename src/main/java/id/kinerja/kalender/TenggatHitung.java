package id.kinerja.kalender;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.rulebook.RulebookNotFoundException;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi.Periode;
import id.kinerja.scoring.DeadlineRule;
import id.kinerja.scoring.Rulebook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Deadlines of units' documents from their rulebooks, for one request or job run: rulebook
 * versions and opened fiscal years are looked up once per organisation and quarter, not per unit.
 * Not thread-safe; make one per use.
 */
final class TenggatHitung {

    private final RulebookService rulebook;
    private final OrganisasiQuery organisasi;
    private final Map<String, Optional<Rulebook>> aturan = new HashMap<>();
    private final Map<String, List<PeriodeInfo>> periode = new HashMap<>();
    private final HariLibur hariLibur;
    private final Map<Integer, Set<LocalDate>> libur = new HashMap<>();

    TenggatHitung(RulebookService rulebook, OrganisasiQuery organisasi, HariLibur hariLibur) {
        this.rulebook = rulebook;
        this.organisasi = organisasi;
        this.hariLibur = hariLibur;
    }

    /** Every deadline the rulebook sets for the unit's documents of a year; none if the year is not opened. */
    List<Tenggat> untuk(UnitInfo u, int tahun) {
        List<PeriodeInfo> per = periode.computeIfAbsent(u.organisasiId() + ":" + tahun,
                k -> organisasi.periode(u.organisasiId(), tahun));
        List<Tenggat> out = new ArrayList<>();
        if (per.isEmpty()) {
            return out;
        }
        for (JenisDokumen jenis : JenisDokumen.values()) {
            for (String p : jenis.periode()) {
                Optional<Rulebook> rb = aturan.computeIfAbsent(u.rulebookKey() + ":" + tahun + ":" + jenis.triwulanAturan(p),
                        k -> cari(u.rulebookKey(), tahun, jenis.triwulanAturan(p)));
                if (rb.isEmpty()) {
                    continue;
                }
                LocalDate tanggal = tanggal(rb.get(), jenis, u.levelKode(), tahun, p, per, libur(tahun));
                if (tanggal != null) {
                    out.add(new Tenggat(jenis, tahun, p, tanggal));
                }
            }
        }
        return out;
    }

    private Optional<Rulebook> cari(String kode, int tahun, int triwulan) {
        try {
            return Optional.of(rulebook.berlaku(kode, new Periode(tahun, triwulan)));
        } catch (RulebookNotFoundException e) {
            return Optional.empty();
        }
    }

    /** Holidays of the year and the next (deadlines of a year's last period fall in the next). */
    private Set<LocalDate> libur(int tahun) {
        return libur.computeIfAbsent(tahun, t -> hariLibur.antara(t, t + 1));
    }

    private static LocalDate tanggal(Rulebook rb, JenisDokumen jenis, String level, int tahun, String p,
            List<PeriodeInfo> per, Set<LocalDate> libur) {
        return switch (jenis) {
            case PK -> rb.pkDeadline(level, tahun);
            case REALISASI -> {
                LocalDate d = rb.reportDeadline(level, JenisDokumen.akhirPeriode(tahun, p));
                if (d == null) {
                    // rulebooks without report deadlines keep the fiscal year's batas lapor
                    int tw = JenisDokumen.triwulan(p);
                    d = per.stream().filter(x -> x.jenis() == JenisPeriode.TRIWULAN && x.nomor() == tw)
                            .map(PeriodeInfo::batasLapor).findFirst().orElse(null);
                }
                yield d;
            }
            default -> {
                DeadlineRule r = rb.calendarDeadline(jenis.name(), level);
                yield r == null ? null : r.apply(jenis.jangkar(tahun, p), libur::contains);
            }
        };
    }

    /** One deadline: a document of a year and period due on a day. */
    record Tenggat(JenisDokumen jenis, int tahun, String periode, LocalDate tanggal) {
    }
}
