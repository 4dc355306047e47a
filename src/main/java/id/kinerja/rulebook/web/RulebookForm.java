package id.kinerja.rulebook.web;

import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.Band;
import id.kinerja.scoring.IkuCountLimit;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.PerspectiveWeights;
import id.kinerja.scoring.PredikatBand;
import id.kinerja.scoring.Rulebook;
import id.kinerja.scoring.StatusBand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * The editable parts of a rulebook. Weighting scheme and roll-up are fixed per rulebook (changing
 * them is a different rulebook); everything a PKO tunes year to year is here.
 */
public class RulebookForm {

    private String kode;

    @NotNull(message = "{rulebook.berlakuTahun.wajib}")
    @Min(value = 2000, message = "{rulebook.berlakuTahun.rentang}")
    @Max(value = 2100, message = "{rulebook.berlakuTahun.rentang}")
    private Integer berlakuTahun;

    @NotNull(message = "{rulebook.berlakuTriwulan.wajib}")
    @Min(value = 1, message = "{rulebook.berlakuTriwulan.rentang}")
    @Max(value = 4, message = "{rulebook.berlakuTriwulan.rentang}")
    private Integer berlakuTriwulan;

    @NotBlank(message = "{rulebook.keterangan.wajib}")
    @Size(max = 500, message = "{rulebook.keterangan.panjang}")
    private String keterangan;

    @NotNull(message = "{rulebook.cap.wajib}")
    @DecimalMin(value = "0", message = "{rulebook.angka.negatif}")
    private BigDecimal cap;

    @NotNull(message = "{rulebook.floor.wajib}")
    @DecimalMin(value = "0", message = "{rulebook.angka.negatif}")
    private BigDecimal floor;

    @DecimalMin(value = "0", message = "{rulebook.kuota.rentang}")
    @DecimalMax(value = "100", message = "{rulebook.kuota.rentang}")
    private BigDecimal kuotaKonversi;

    @Valid
    private List<BobotBaris> bobot = new ArrayList<>();

    @Valid
    private List<BandBaris> predikat = new ArrayList<>();

    @Valid
    private List<BandBaris> status = new ArrayList<>();

    @Valid
    private List<BatasBaris> batasIku = new ArrayList<>();

    /** Per level: how many levels down a direct cascade may reach (Batas.max holds the depth). */
    @Valid
    private List<BatasBaris> kedalamanCascading = new ArrayList<>();

    /** Per level: the day in January its PKs must be approved by ("MM-DD"). */
    @Valid
    private List<TanggalBaris> batasPk = new ArrayList<>();

    /** Per level: the day of the month after a quarter its realisation is due (Batas.max holds the day; "*" = other levels). */
    @Valid
    private List<BatasBaris> batasLapor = new ArrayList<>();

    /** The last day ("MM-DD") a revision may be opened in a year; blank = no cut-off. */
    @jakarta.validation.constraints.Pattern(regexp = "|(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
            message = "{rulebook.batasPk.format}")
    private String batasRevisi;

    public static RulebookForm from(Rulebook r, RulebookVersi.Periode mulai) {
        RulebookForm f = new RulebookForm();
        f.kode = r.key();
        f.berlakuTahun = mulai.tahun();
        f.berlakuTriwulan = mulai.triwulan();
        f.cap = r.cap();
        f.floor = r.floor();
        f.kuotaKonversi = r.konversi120QuotaPercent();
        for (PerspectiveWeights set : r.perspectiveWeightSets()) {
            set.weights().forEach((p, w) -> f.bobot.add(new BobotBaris(set.code(), p, w)));
        }
        for (PredikatBand b : r.predikatBands()) {
            f.predikat.add(new BandBaris(b.code(), b.label(), b.lower(), b.lowerInclusive(), b.upper(),
                    b.upperInclusive()));
        }
        for (StatusBand b : r.statusBands()) {
            f.status.add(new BandBaris(b.band().name(), b.label(), b.lower(), b.lowerInclusive(), b.upper(),
                    b.upperInclusive()));
        }
        r.ikuCountLimits().forEach((level, l) -> f.batasIku.add(new BatasBaris(level, l.min(), l.max())));
        for (int i = 0; i < 2; i++) {
            f.batasIku.add(new BatasBaris());
        }
        r.cascadeDepthLimits().forEach((level, d) -> f.kedalamanCascading.add(new BatasBaris(level, null, d)));
        r.pkDeadlines().forEach((level, t) -> f.batasPk.add(new TanggalBaris(level, t)));
        f.batasRevisi = r.revisionCutoff();
        r.reportDeadlines().forEach((level, d) -> f.batasLapor.add(new BatasBaris(level, null, d)));
        for (int i = 0; i < 2; i++) {
            f.batasLapor.add(new BatasBaris());
        }
        for (int i = 0; i < 2; i++) {
            f.batasPk.add(new TanggalBaris());
        }
        for (int i = 0; i < 2; i++) {
            f.kedalamanCascading.add(new BatasBaris());
        }
        return f;
    }

    /** Rules the constraints cannot express: each perspective set sums to 100, floor below cap. */
    void periksa(BindingResult binding) {
        Map<String, BigDecimal> jumlah = new LinkedHashMap<>();
        for (BobotBaris b : bobot) {
            if (b.getBobot() != null) {
                jumlah.merge(b.getSet(), b.getBobot(), BigDecimal::add);
            }
        }
        jumlah.forEach((set, total) -> {
            if (total.compareTo(BigDecimal.valueOf(100)) != 0) {
                binding.reject("rulebook.bobot.jumlah", new Object[] {set, total.toPlainString()},
                        "rulebook.bobot.jumlah");
            }
        });
        if (cap != null && floor != null && floor.compareTo(cap) >= 0) {
            binding.rejectValue("floor", "rulebook.floor.diBawahCap", "rulebook.floor.diBawahCap");
        }
        for (int i = 0; i < batasIku.size(); i++) {
            BatasBaris b = batasIku.get(i);
            if (b.kosong()) {
                continue;
            }
            if (b.getLevel() == null || b.getLevel().isBlank()) {
                binding.rejectValue("batasIku[" + i + "].level", "rulebook.batas.level.wajib",
                        "rulebook.batas.level.wajib");
            }
            if (b.getMin() != null && b.getMax() != null && b.getMin() > b.getMax()) {
                binding.rejectValue("batasIku[" + i + "].max", "rulebook.batas.minMax", "rulebook.batas.minMax");
            }
        }
        for (int i = 0; i < batasLapor.size(); i++) {
            BatasBaris b = batasLapor.get(i);
            if (b.getMax() != null && b.getMax() > 28) {
                binding.rejectValue("batasLapor[" + i + "].max", "rulebook.batasLapor.rentang",
                        "rulebook.batasLapor.rentang");
            } else if (b.getMax() != null && (b.getLevel() == null || b.getLevel().isBlank())) {
                binding.rejectValue("batasLapor[" + i + "].level", "rulebook.batas.level.wajib",
                        "rulebook.batas.level.wajib");
            }
        }
    }

    /** Builds the engine's rulebook from the fields kept and the fields edited. */
    public Rulebook toRulebook(Rulebook dasar) {
        Map<String, Map<Perspective, BigDecimal>> sets = new LinkedHashMap<>();
        for (BobotBaris b : bobot) {
            sets.computeIfAbsent(b.getSet(), k -> new LinkedHashMap<>()).put(b.getPerspektif(), b.getBobot());
        }
        List<PerspectiveWeights> weights = sets.entrySet().stream()
                .map(e -> new PerspectiveWeights(e.getKey(), e.getValue())).toList();
        List<PredikatBand> pred = predikat.stream().map(b -> new PredikatBand(b.getKode(), b.getLabel().trim(),
                b.getBawah(), b.isBawahInklusif(), b.getAtas(), b.isAtasInklusif())).toList();
        List<StatusBand> stat = status.stream().map(b -> new StatusBand(Band.valueOf(b.getKode()),
                b.getLabel().trim(), b.getBawah(), b.isBawahInklusif(), b.getAtas(), b.isAtasInklusif())).toList();
        Map<String, IkuCountLimit> batas = new LinkedHashMap<>();
        batasIku.stream().filter(b -> !b.kosong())
                .forEach(b -> batas.put(b.getLevel().trim().toUpperCase(java.util.Locale.ROOT),
                        new IkuCountLimit(b.getMin(), b.getMax())));
        Map<String, Integer> kedalaman = new LinkedHashMap<>();
        kedalamanCascading.stream().filter(b -> !b.kosong() && b.getMax() != null)
                .forEach(b -> kedalaman.put(b.getLevel().trim().toUpperCase(java.util.Locale.ROOT), b.getMax()));
        Map<String, String> tenggat = new LinkedHashMap<>();
        batasPk.stream().filter(b -> b.getLevel() != null && !b.getLevel().isBlank() && b.getTanggal() != null
                        && !b.getTanggal().isBlank())
                .forEach(b -> tenggat.put(b.getLevel().trim().toUpperCase(java.util.Locale.ROOT), b.getTanggal().trim()));
        return new Rulebook(dasar.key(), dasar.weightingScheme(), dasar.rollUp(), weights, pred, stat, cap, floor,
                kuotaKonversi, batas, dasar.predikatFromStatusBand(), kedalaman, tenggat,
                batasRevisi == null || batasRevisi.isBlank() ? null : batasRevisi.trim(), lapor(),
                dasar.calendarDeadlines());
    }

    private Map<String, Integer> lapor() {
        Map<String, Integer> out = new LinkedHashMap<>();
        batasLapor.stream().filter(b -> b.getLevel() != null && !b.getLevel().isBlank() && b.getMax() != null)
                .forEach(b -> out.put(b.getLevel().trim().toUpperCase(java.util.Locale.ROOT), b.getMax()));
        return out;
    }

    public List<BatasBaris> getBatasLapor() {
        return batasLapor;
    }

    public void setBatasLapor(List<BatasBaris> batasLapor) {
        this.batasLapor = batasLapor;
    }

    public RulebookVersi.Periode berlaku() {
        return new RulebookVersi.Periode(berlakuTahun, berlakuTriwulan);
    }

    public static class BobotBaris {

        private String set;
        private Perspective perspektif;

        @NotNull(message = "{rulebook.bobot.wajib}")
        @DecimalMin(value = "0", message = "{rulebook.angka.negatif}")
        @DecimalMax(value = "100", message = "{rulebook.bobot.rentang}")
        private BigDecimal bobot;

        public BobotBaris() {
        }

        BobotBaris(String set, Perspective perspektif, BigDecimal bobot) {
            this.set = set;
            this.perspektif = perspektif;
            this.bobot = bobot;
        }

        public String getSet() {
            return set;
        }

        public void setSet(String set) {
            this.set = set;
        }

        public Perspective getPerspektif() {
            return perspektif;
        }

        public void setPerspektif(Perspective perspektif) {
            this.perspektif = perspektif;
        }

        public BigDecimal getBobot() {
            return bobot;
        }

        public void setBobot(BigDecimal bobot) {
            this.bobot = bobot;
        }
    }

    public static class BandBaris {

        private String kode;

        @NotBlank(message = "{rulebook.label.wajib}")
        @Size(max = 60, message = "{rulebook.label.panjang}")
        private String label;

        private BigDecimal bawah;
        private boolean bawahInklusif;
        private BigDecimal atas;
        private boolean atasInklusif;

        public BandBaris() {
        }

        BandBaris(String kode, String label, BigDecimal bawah, boolean bawahInklusif, BigDecimal atas,
                boolean atasInklusif) {
            this.kode = kode;
            this.label = label;
            this.bawah = bawah;
            this.bawahInklusif = bawahInklusif;
            this.atas = atas;
            this.atasInklusif = atasInklusif;
        }

        public String getKode() {
            return kode;
        }

        public void setKode(String kode) {
            this.kode = kode;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public BigDecimal getBawah() {
            return bawah;
        }

        public void setBawah(BigDecimal bawah) {
            this.bawah = bawah;
        }

        public boolean isBawahInklusif() {
            return bawahInklusif;
        }

        public void setBawahInklusif(boolean bawahInklusif) {
            this.bawahInklusif = bawahInklusif;
        }

        public BigDecimal getAtas() {
            return atas;
        }

        public void setAtas(BigDecimal atas) {
            this.atas = atas;
        }

        public boolean isAtasInklusif() {
            return atasInklusif;
        }

        public void setAtasInklusif(boolean atasInklusif) {
            this.atasInklusif = atasInklusif;
        }
    }

    public static class TanggalBaris {

        private String level;

        @jakarta.validation.constraints.Pattern(regexp = "|(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])",
                message = "{rulebook.batasPk.format}")
        private String tanggal;

        public TanggalBaris() {
        }

        TanggalBaris(String level, String tanggal) {
            this.level = level;
            this.tanggal = tanggal;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getTanggal() {
            return tanggal;
        }

        public void setTanggal(String tanggal) {
            this.tanggal = tanggal;
        }
    }

    public static class BatasBaris {

        private String level;

        @Min(value = 0, message = "{rulebook.angka.negatif}")
        private Integer min;

        @Min(value = 1, message = "{rulebook.batas.max.rentang}")
        private Integer max;

        public BatasBaris() {
        }

        BatasBaris(String level, Integer min, Integer max) {
            this.level = level;
            this.min = min;
            this.max = max;
        }

        boolean kosong() {
            return (level == null || level.isBlank()) && min == null && max == null;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public Integer getMin() {
            return min;
        }

        public void setMin(Integer min) {
            this.min = min;
        }

        public Integer getMax() {
            return max;
        }

        public void setMax(Integer max) {
            this.max = max;
        }
    }

    public String getKode() {
        return kode;
    }

    public void setKode(String kode) {
        this.kode = kode;
    }

    public Integer getBerlakuTahun() {
        return berlakuTahun;
    }

    public void setBerlakuTahun(Integer berlakuTahun) {
        this.berlakuTahun = berlakuTahun;
    }

    public Integer getBerlakuTriwulan() {
        return berlakuTriwulan;
    }

    public void setBerlakuTriwulan(Integer berlakuTriwulan) {
        this.berlakuTriwulan = berlakuTriwulan;
    }

    public String getKeterangan() {
        return keterangan;
    }

    public void setKeterangan(String keterangan) {
        this.keterangan = keterangan;
    }

    public BigDecimal getCap() {
        return cap;
    }

    public void setCap(BigDecimal cap) {
        this.cap = cap;
    }

    public BigDecimal getFloor() {
        return floor;
    }

    public void setFloor(BigDecimal floor) {
        this.floor = floor;
    }

    public BigDecimal getKuotaKonversi() {
        return kuotaKonversi;
    }

    public void setKuotaKonversi(BigDecimal kuotaKonversi) {
        this.kuotaKonversi = kuotaKonversi;
    }

    public List<BobotBaris> getBobot() {
        return bobot;
    }

    public void setBobot(List<BobotBaris> bobot) {
        this.bobot = bobot;
    }

    public List<BandBaris> getPredikat() {
        return predikat;
    }

    public void setPredikat(List<BandBaris> predikat) {
        this.predikat = predikat;
    }

    public List<BandBaris> getStatus() {
        return status;
    }

    public void setStatus(List<BandBaris> status) {
        this.status = status;
    }

    public String getBatasRevisi() {
        return batasRevisi;
    }

    public void setBatasRevisi(String batasRevisi) {
        this.batasRevisi = batasRevisi;
    }

    public List<TanggalBaris> getBatasPk() {
        return batasPk;
    }

    public void setBatasPk(List<TanggalBaris> batasPk) {
        this.batasPk = batasPk;
    }

    public List<BatasBaris> getKedalamanCascading() {
        return kedalamanCascading;
    }

    public void setKedalamanCascading(List<BatasBaris> kedalamanCascading) {
        this.kedalamanCascading = kedalamanCascading;
    }

    public List<BatasBaris> getBatasIku() {
        return batasIku;
    }

    public void setBatasIku(List<BatasBaris> batasIku) {
        this.batasIku = batasIku;
    }
}
