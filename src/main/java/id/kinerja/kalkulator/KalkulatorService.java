package id.kinerja.kalkulator;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.FieldViolation;
import id.kinerja.scoring.Formula;
import id.kinerja.scoring.FormulaStep;
import id.kinerja.scoring.IndicatorInput;
import id.kinerja.scoring.IndicatorResult;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.Scores;
import id.kinerja.scoring.ScoringEngine;
import id.kinerja.scoring.ScoringResult;
import id.kinerja.scoring.ScoringValidationException;
import id.kinerja.scoring.TargetRange;
import id.kinerja.scoring.Validity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The calculator behind the API and the what-if page: parses typed rows, asks the rulebook in
 * force today, and runs the one scoring engine. Nothing is stored.
 */
@Service
public class KalkulatorService {

    /** Most indicator rows one calculation takes, on the what-if page and the API alike (a PK has at most 25 IKU). */
    public static final int MAKS_INDIKATOR = 100;

    private final RulebookService rulebooks;
    private final MessageSource messages;
    private final ScoringEngine engine = new ScoringEngine();

    KalkulatorService(RulebookService rulebooks, MessageSource messages) {
        this.rulebooks = rulebooks;
        this.messages = messages;
    }

    public List<String> rulebook() {
        return rulebooks.kode();
    }

    /** What the what-if page shows: either a result or the list of problems, never an exception. */
    public record Simulasi(List<String> rulebook, HasilKalkulator hasil, List<KalkulatorException.Pelanggaran> galat) {
    }

    public Simulasi simulasikan(String rulebookKey, Boolean mapOwner, List<MasukanIndikator> rows) {
        try {
            return new Simulasi(rulebooks.kode(), hitung(rulebookKey, mapOwner, rows), List.of());
        } catch (KalkulatorException e) {
            return new Simulasi(rulebooks.kode(), null, e.getPelanggaran());
        }
    }

    /**
     * Refuses a list longer than {@link #MAKS_INDIKATOR} before any of its rows is read (API callers
     * check the list they received before converting it).
     */
    public void periksaJumlah(int jumlah) {
        if (jumlah > MAKS_INDIKATOR) {
            throw new KalkulatorException(List.of(pelanggaran("indicators", "kalkulator.indicators.maks",
                    MAKS_INDIKATOR)));
        }
    }

    /** Blank rows (what-if page) are skipped; row numbers in field paths count every row sent. */
    public HasilKalkulator hitung(String rulebookKey, Boolean mapOwner, List<MasukanIndikator> rows) {
        periksaJumlah(rows == null ? 0 : rows.size());
        List<KalkulatorException.Pelanggaran> errors = new ArrayList<>();
        Rulebook rulebook = null;
        if (rulebookKey == null || rulebookKey.isBlank()) {
            errors.add(pelanggaran("rulebook", "kalkulator.rulebook.wajib"));
        } else if (!rulebooks.kode().contains(rulebookKey.trim())) {
            errors.add(pelanggaran("rulebook", "kalkulator.rulebook.tidakDikenal", rulebookKey,
                    String.join(", ", rulebooks.kode())));
        } else {
            rulebook = rulebooks.berlakuSekarang(rulebookKey.trim());
        }
        List<IndicatorInput> inputs = new ArrayList<>();
        List<Integer> rowIndex = new ArrayList<>();
        List<MasukanIndikator> list = rows == null ? List.of() : rows;
        for (int i = 0; i < list.size(); i++) {
            MasukanIndikator m = list.get(i);
            if (m == null) {
                errors.add(pelanggaran("indicators[" + i + "]", "scoring.indicator.required"));
                continue;
            }
            if (m.kosong()) {
                continue;
            }
            IndicatorInput input = parse(m, "indicators[" + i + "].", errors);
            if (input != null) {
                inputs.add(input);
                rowIndex.add(i);
            }
        }
        if (inputs.isEmpty() && errors.isEmpty()) {
            errors.add(pelanggaran("indicators", "scoring.indicators.required"));
        }
        boolean owner = mapOwner == null || mapOwner;
        if (!errors.isEmpty()) {
            // report the engine's findings on the rows that did parse too: every problem at once
            if (rulebook != null) {
                engine.validate(rulebook, owner, inputs).stream().map(v -> violation(v, rowIndex))
                        .forEach(errors::add);
            }
            throw new KalkulatorException(errors);
        }
        try {
            return view(engine.score(rulebook, owner, inputs), rulebook);
        } catch (ScoringValidationException e) {
            throw new KalkulatorException(e.violations().stream().map(v -> violation(v, rowIndex)).toList());
        }
    }

    private KalkulatorException.Pelanggaran violation(FieldViolation v, List<Integer> rowIndex) {
        return new KalkulatorException.Pelanggaran(renumber(v.path(), rowIndex), v.code(), text(v.code(), v.args()));
    }

    /** The engine numbers the rows it saw; the caller numbers every row it sent (blank ones too). */
    private static String renumber(String path, List<Integer> rowIndex) {
        if (path == null || !path.startsWith("indicators[")) {
            return path;
        }
        int close = path.indexOf(']');
        int engineIndex = Integer.parseInt(path.substring("indicators[".length(), close));
        int original = engineIndex < rowIndex.size() ? rowIndex.get(engineIndex) : engineIndex;
        return "indicators[" + original + "]" + path.substring(close + 1);
    }

    private IndicatorInput parse(MasukanIndikator m, String prefix, List<KalkulatorException.Pelanggaran> errors) {
        int before = errors.size();
        Polarization polarization = enumValue(Polarization.class, m.polarization(), prefix + "polarization", errors);
        Perspective perspective = enumValue(Perspective.class, m.perspective(), prefix + "perspective", errors);
        Validity validity = enumValue(Validity.class, m.validity(), prefix + "validity", errors);
        Control control = enumValue(Control.class, m.control(), prefix + "control", errors);
        QualityTier quality = enumValue(QualityTier.class, m.quality(), prefix + "quality", errors);
        BigDecimal target = number(m.target(), prefix + "target", errors);
        BigDecimal low = number(m.targetLow(), prefix + "targetRange.low", errors);
        BigDecimal high = number(m.targetHigh(), prefix + "targetRange.high", errors);
        BigDecimal realization = number(m.realization(), prefix + "realization", errors);
        if (errors.size() > before) {
            return null;
        }
        TargetRange range = low == null && high == null ? null : new TargetRange(low, high);
        return new IndicatorInput(trim(m.code()), trim(m.sasaran()), perspective, polarization, target, range,
                realization, Boolean.TRUE.equals(m.maxTarget()), validity, control, quality);
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String raw, String field,
            List<KalkulatorException.Pelanggaran> errors) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String pilihan = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            errors.add(pelanggaran(field, "kalkulator.nilai.tidakDikenal", raw.trim(), pilihan));
            return null;
        }
    }

    /** Typed numbers are read the Indonesian way and bounded like a stored IKU value (18 + 6 digits). */
    private BigDecimal number(String raw, String field, List<KalkulatorException.Pelanggaran> errors) {
        HasilAngka h = AngkaIndonesia.baca(raw, BatasAngka.NILAI);
        if (!h.sah()) {
            errors.add(pelanggaran(field, h.kode(), h.argumenPesan()));
        }
        return h.nilai();
    }

    private HasilKalkulator view(ScoringResult r, Rulebook rulebook) {
        List<HasilKalkulator.Indikator> indikator = r.indicators().stream().map(this::view).toList();
        List<HasilKalkulator.Sasaran> sasaran = r.sasaran().stream()
                .map(s -> new HasilKalkulator.Sasaran(s.code(), s.nssRounded(), s.band())).toList();
        List<HasilKalkulator.Perspektif> perspektif = r.perspectives().stream()
                .map(p -> new HasilKalkulator.Perspektif(p.perspective(), p.npRounded(), plain(p.bobot()),
                        p.bobotTertimbangRounded()))
                .toList();
        return new HasilKalkulator(rulebook.key(), r.scoreType(), r.scoreRounded(), r.predikat(), r.band(), indikator,
                sasaran, perspektif, r.predikatCode());
    }

    private HasilKalkulator.Indikator view(IndicatorResult i) {
        String formula = i.formula() == null ? null : i.formula().steps().stream()
                .map(s -> messages.getMessage(s.key(), s.displayArgs(), s.text(), LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(Formula.SEPARATOR));
        if (i.capaian() == null) {
            formula = text(FormulaStep.NA, new Object[0]);
        }
        return new HasilKalkulator.Indikator(i.code(), i.capaianRounded(), plain(i.bobot()),
                i.bobotTertimbangRounded(), i.band(), formula);
    }

    /** Weights are shown as published (26, 0.4), not padded to two decimals. */
    private static BigDecimal plain(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal d = Scores.display(v).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private KalkulatorException.Pelanggaran pelanggaran(String field, String code, Object... args) {
        return new KalkulatorException.Pelanggaran(field, code, text(code, args));
    }

    private String text(String code, Object[] args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
