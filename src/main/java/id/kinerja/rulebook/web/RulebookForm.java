package id.kinerja.rulebook.web;

import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.Band;
import id.kinerja.scoring.DeadlineRule;
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

    /** The last day a revision may be opened in a year, as day + month selects; both blank = no cut-off. */
    private Integer batasRevisiHari;
    private Integer batasRevisiBulan;

    /** Reporting calendar rows: document × level → rule (rulebook key {@code calendarDeadlines}). */
    @Valid
    private List<KalenderBaris> kalender = new ArrayList<>();

    /** What the editor saw (RulebookService.token): a save over someone else's change is refused (409). */
    private Long versi;

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
        f.setBatasRevisi(r.revisionCutoff());
        r.calendarDeadlines().forEach((dok, perLevel) -> perLevel
                .forEach((level, aturan) -> f.kalender.add(KalenderBaris.dari(dok, level, aturan))));
        for (int i = 0; i < 3; i++) {
            f.kalender.add(new KalenderBaris());
        }
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
        for (int i = 0; i < batasPk.size(); i++) {
            TanggalBaris b = batasPk.get(i);
            periksaTanggal(binding, "batasPk[" + i + "].hari", "batasPk[" + i + "].bulan", b.getHari(), b.getBulan());
            if (b.getHari() != null && b.getBulan() != null && (b.getLevel() == null || b.getLevel().isBlank())) {
                binding.rejectValue("batasPk[" + i + "].level", "rulebook.batas.level.wajib",
                        "rulebook.batas.level.wajib");
            }
        }
        periksaTanggal(binding, "batasRevisiHari", "batasRevisiBulan", batasRevisiHari, batasRevisiBulan);
        periksaPita(binding, "predikat", predikat);
        periksaPita(binding, "status", status);
        java.util.Set<String> kunci = new java.util.HashSet<>();
        for (int i = 0; i < kalender.size(); i++) {
            KalenderBaris b = kalender.get(i);
            if (b.kosong()) {
                continue;
            }
            String awal = "kalender[" + i + "].";
            if (b.getDokumen() == null || b.getDokumen().isBlank()) {
                binding.rejectValue(awal + "dokumen", "rulebook.kalender.dokumen.wajib", "rulebook.kalender.dokumen.wajib");
            }
            if (b.getLevel() == null || b.getLevel().isBlank()) {
                binding.rejectValue(awal + "level", "rulebook.batas.level.wajib", "rulebook.batas.level.wajib");
            } else if (b.getDokumen() != null && !kunci.add(b.getDokumen() + "|" + b.getLevel())) {
                binding.rejectValue(awal + "level", "rulebook.kalender.ganda", "rulebook.kalender.ganda");
            }
            b.periksa(binding, awal);
        }
    }

    /** Codes the level fields may take: the organisations' levels, the rulebook's own, and "*" where allowed. */
    void periksaLevel(BindingResult binding, java.util.Set<String> sah) {
        cekLevel(binding, "batasIku", batasIku.stream().map(BatasBaris::getLevel).toList(), sah, false);
        cekLevel(binding, "kedalamanCascading", kedalamanCascading.stream().map(BatasBaris::getLevel).toList(), sah,
                false);
        cekLevel(binding, "batasPk", batasPk.stream().map(TanggalBaris::getLevel).toList(), sah, false);
        cekLevel(binding, "batasLapor", batasLapor.stream().map(BatasBaris::getLevel).toList(), sah, true);
        cekLevel(binding, "kalender", kalender.stream().map(KalenderBaris::getLevel).toList(), sah, true);
    }

    private static void cekLevel(BindingResult binding, String daftar, List<String> level, java.util.Set<String> sah,
            boolean bolehSemua) {
        for (int i = 0; i < level.size(); i++) {
            String l = level.get(i);
            if (l == null || l.isBlank()) {
                continue;
            }
            String k = l.trim().toUpperCase(java.util.Locale.ROOT);
            if (!(sah.contains(k) || (bolehSemua && Rulebook.ALL_LEVELS.equals(k)))
                    && !binding.hasFieldErrors(daftar + "[" + i + "].level")) {
                binding.rejectValue(daftar + "[" + i + "].level", "rulebook.level.tidakDikenal",
                        new Object[] {l}, "rulebook.level.tidakDikenal");
            }
        }
    }

    /** A day + month pair: both or neither, and a day that exists (29 February allowed). */
    private static void periksaTanggal(BindingResult binding, String medanHari, String medanBulan, Integer hari,
            Integer bulan) {
        if (hari == null && bulan == null) {
            return;
        }
        if (hari == null || bulan == null) {
            binding.rejectValue(hari == null ? medanHari : medanBulan, "rulebook.tanggal.tidakLengkap",
                    "rulebook.tanggal.tidakLengkap");
            return;
        }
        if (!TanggalBaris.ada(hari, bulan)) {
            binding.rejectValue(medanHari, "rulebook.tanggal.tidakAda", new Object[] {hari, bulan},
                    "rulebook.tanggal.tidakAda");
        }
    }

    /**
     * The engine's band rules, checked here so the editor names the row in Indonesian: a band has a
     * bound, is not empty, and does not overlap another band of the list.
     */
    private static void periksaPita(BindingResult binding, String daftar, List<BandBaris> pita) {
        for (int i = 0; i < pita.size(); i++) {
            BandBaris b = pita.get(i);
            String awal = daftar + "[" + i + "].";
            if (b.getBawah() == null && b.getAtas() == null) {
                binding.rejectValue(awal + "bawah", "rulebook.pita.batasWajib", "rulebook.pita.batasWajib");
                continue;
            }
            if (b.getBawah() != null && b.getAtas() != null) {
                int c = b.getBawah().compareTo(b.getAtas());
                if (c > 0 || (c == 0 && !(b.isBawahInklusif() && b.isAtasInklusif()))) {
                    binding.rejectValue(awal + "atas", "rulebook.pita.kosong", "rulebook.pita.kosong");
                    continue;
                }
            }
            for (int j = 0; j < i; j++) {
                BandBaris o = pita.get(j);
                if ((o.getBawah() != null || o.getAtas() != null) && tumpang(b, o)) {
                    binding.rejectValue(awal + "bawah", "rulebook.pita.tumpang",
                            new Object[] {b.getLabel(), o.getLabel()}, "rulebook.pita.tumpang");
                    break;
                }
            }
        }
    }

    private static boolean tumpang(BandBaris a, BandBaris b) {
        if (a.getAtas() != null && b.getBawah() != null) {
            int c = a.getAtas().compareTo(b.getBawah());
            if (c < 0 || (c == 0 && !(a.isAtasInklusif() && b.isBawahInklusif()))) {
                return false;
            }
        }
        if (b.getAtas() != null && a.getBawah() != null) {
            int c = b.getAtas().compareTo(a.getBawah());
            if (c < 0 || (c == 0 && !(b.isAtasInklusif() && a.isBawahInklusif()))) {
                return false;
            }
        }
        return true;
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
        batasPk.stream().filter(b -> b.getLevel() != null && !b.getLevel().isBlank() && b.getTanggal() != null)
                .forEach(b -> tenggat.put(b.getLevel().trim().toUpperCase(java.util.Locale.ROOT), b.getTanggal()));
        Map<String, Map<String, String>> kal = new LinkedHashMap<>();
        kalender.stream().filter(b -> !b.kosong() && b.aturan() != null)
                .forEach(b -> kal.computeIfAbsent(b.getDokumen().trim(), k -> new LinkedHashMap<>())
                        .put(b.getLevel().trim().toUpperCase(java.util.Locale.ROOT), b.aturan()));
        return new Rulebook(dasar.key(), dasar.weightingScheme(), dasar.rollUp(), weights, pred, stat, cap, floor,
                kuotaKonversi, batas, dasar.predikatFromStatusBand(), kedalaman, tenggat, getBatasRevisi(), lapor(),
                kal);
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
        private Integer hari;
        private Integer bulan;

        public TanggalBaris() {
        }

        TanggalBaris(String level, String bulanHari) {
            this.level = level;
            setTanggal(bulanHari);
        }

        static boolean ada(Integer hari, Integer bulan) {
            return hari != null && bulan != null && bulan >= 1 && bulan <= 12 && hari >= 1
                    && hari <= java.time.Month.of(bulan).maxLength();
        }

        /** The rulebook's "MM-DD", or null when incomplete or not a day of the calendar. */
        public String getTanggal() {
            return ada(hari, bulan) ? String.format("%02d-%02d", bulan, hari) : null;
        }

        /** Accepts the rulebook's "MM-DD" (older clients); anything else leaves the selects empty. */
        public void setTanggal(String bulanHari) {
            if (bulanHari != null && bulanHari.trim().matches("[0-9]{2}-[0-9]{2}")) {
                this.bulan = Integer.valueOf(bulanHari.trim().substring(0, 2));
                this.hari = Integer.valueOf(bulanHari.trim().substring(3));
            }
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public Integer getHari() {
            return hari;
        }

        public void setHari(Integer hari) {
            this.hari = hari;
        }

        public Integer getBulan() {
            return bulan;
        }

        public void setBulan(Integer bulan) {
            this.bulan = bulan;
        }
    }

    /**
     * One deadline of the reporting calendar. The rule's kind is chosen from a list (days after
     * the period, working days after it, a day of the next month, a fixed date) and its number
     * typed; the stored text ("+10", "hk10", "d8", "02-28") never reaches the user.
     */
    public static class KalenderBaris {

        public static final List<String> JENIS = List.of("HARI", "HARI_KERJA", "TANGGAL_BULAN_BERIKUT", "TANGGAL");

        private String dokumen;
        private String level;
        private String jenis;
        private Integer angka;
        private Integer bulan;

        public KalenderBaris() {
        }

        static KalenderBaris dari(String dokumen, String level, String aturan) {
            KalenderBaris b = new KalenderBaris();
            b.dokumen = dokumen;
            b.level = level;
            DeadlineRule r = DeadlineRule.parse(aturan);
            switch (r.kind()) {
                case DAYS_AFTER -> {
                    b.jenis = "HARI";
                    b.angka = r.n();
                }
                case WORKING_DAYS_AFTER -> {
                    b.jenis = "HARI_KERJA";
                    b.angka = r.n();
                }
                case DAY_OF_NEXT_MONTH -> {
                    b.jenis = "TANGGAL_BULAN_BERIKUT";
                    b.angka = r.n();
                }
                case DATE -> {
                    b.jenis = "TANGGAL";
                    b.angka = r.day().getDayOfMonth();
                    b.bulan = r.day().getMonthValue();
                }
            }
            return b;
        }

        boolean kosong() {
            return (dokumen == null || dokumen.isBlank()) && (level == null || level.isBlank())
                    && (jenis == null || jenis.isBlank()) && angka == null && bulan == null;
        }

        /** Field messages for the kind and its number (bounds of DeadlineRule). */
        void periksa(BindingResult binding, String awal) {
            if (jenis == null || !JENIS.contains(jenis)) {
                binding.rejectValue(awal + "jenis", "rulebook.kalender.jenis.wajib", "rulebook.kalender.jenis.wajib");
                return;
            }
            if (angka == null) {
                binding.rejectValue(awal + "angka", "rulebook.kalender.angka.wajib", "rulebook.kalender.angka.wajib");
                return;
            }
            switch (jenis) {
                case "HARI" -> {
                    if (angka < 0 || angka > 366) {
                        binding.rejectValue(awal + "angka", "rulebook.kalender.hari.rentang",
                                "rulebook.kalender.hari.rentang");
                    }
                }
                case "HARI_KERJA" -> {
                    if (angka < 1 || angka > 99) {
                        binding.rejectValue(awal + "angka", "rulebook.kalender.hariKerja.rentang",
                                "rulebook.kalender.hariKerja.rentang");
                    }
                }
                case "TANGGAL_BULAN_BERIKUT" -> {
                    if (angka < 1 || angka > 28) {
                        binding.rejectValue(awal + "angka", "rulebook.batasLapor.rentang", "rulebook.batasLapor.rentang");
                    }
                }
                default -> {
                    if (bulan == null) {
                        binding.rejectValue(awal + "bulan", "rulebook.tanggal.tidakLengkap",
                                "rulebook.tanggal.tidakLengkap");
                    } else if (!TanggalBaris.ada(angka, bulan)) {
                        binding.rejectValue(awal + "angka", "rulebook.tanggal.tidakAda", new Object[] {angka, bulan},
                                "rulebook.tanggal.tidakAda");
                    }
                }
            }
        }

        /** The rule's text for the rulebook; null while incomplete or out of bounds. */
        String aturan() {
            if (jenis == null || angka == null) {
                return null;
            }
            String teks = switch (jenis) {
                case "HARI" -> "+" + angka;
                case "HARI_KERJA" -> "hk" + angka;
                case "TANGGAL_BULAN_BERIKUT" -> "d" + angka;
                case "TANGGAL" -> TanggalBaris.ada(angka, bulan) ? String.format("%02d-%02d", bulan, angka) : null;
                default -> null;
            };
            try {
                return teks == null ? null : DeadlineRule.parse(teks).toString();
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        public String getDokumen() {
            return dokumen;
        }

        public void setDokumen(String dokumen) {
            this.dokumen = dokumen;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getJenis() {
            return jenis;
        }

        public void setJenis(String jenis) {
            this.jenis = jenis;
        }

        public Integer getAngka() {
            return angka;
        }

        public void setAngka(Integer angka) {
            this.angka = angka;
        }

        public Integer getBulan() {
            return bulan;
        }

        public void setBulan(Integer bulan) {
            this.bulan = bulan;
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

    /** The cut-off as the rulebook stores it ("MM-DD"), null when none or incomplete. */
    public String getBatasRevisi() {
        return TanggalBaris.ada(batasRevisiHari, batasRevisiBulan)
                ? String.format("%02d-%02d", batasRevisiBulan, batasRevisiHari) : null;
    }

    /** Accepts "MM-DD" (older clients and the rulebook's own value). */
    public void setBatasRevisi(String batasRevisi) {
        TanggalBaris t = new TanggalBaris(null, batasRevisi);
        this.batasRevisiHari = t.getHari();
        this.batasRevisiBulan = t.getBulan();
    }

    public Integer getBatasRevisiHari() {
        return batasRevisiHari;
    }

    public void setBatasRevisiHari(Integer batasRevisiHari) {
        this.batasRevisiHari = batasRevisiHari;
    }

    public Integer getBatasRevisiBulan() {
        return batasRevisiBulan;
    }

    public void setBatasRevisiBulan(Integer batasRevisiBulan) {
        this.batasRevisiBulan = batasRevisiBulan;
    }

    public List<KalenderBaris> getKalender() {
        return kalender;
    }

    public void setKalender(List<KalenderBaris> kalender) {
        this.kalender = kalender;
    }

    public Long getVersi() {
        return versi;
    }

    public void setVersi(Long versi) {
        this.versi = versi;
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
