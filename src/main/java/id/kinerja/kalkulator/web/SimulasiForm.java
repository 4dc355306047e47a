package id.kinerja.kalkulator.web;

import id.kinerja.kalkulator.KalkulatorService;
import id.kinerja.kalkulator.MasukanIndikator;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The what-if page: a rulebook, rows typed or pasted, nothing stored. */
public class SimulasiForm {

    static final int BARIS_AWAL = 6;
    /** Most rows a simulation holds (binding, adding and pasting); a PK has at most 25 IKU. */
    static final int MAKS_BARIS = KalkulatorService.MAKS_INDIKATOR;

    private String rulebook = "KEMENLU_BSC";
    private boolean mapOwner = true;
    private List<Baris> baris = new ArrayList<>();
    private String tempel;

    static SimulasiForm contoh() {
        SimulasiForm f = new SimulasiForm();
        f.baris.add(new Baris("S1.1-CP", "S1", "STAKEHOLDER", "MAXIMIZE", "10", "", "", "7", "EXACT", "LOW", "", false));
        f.baris.add(new Baris("S1.2-CP", "S1", "STAKEHOLDER", "MINIMIZE", "5", "", "", "6", "PROXY", "HIGH", "", false));
        f.baris.add(new Baris("S2.1-C", "S2", "CUSTOMER", "STABILIZE", "", "9", "11", "10,5", "PROXY", "MODERATE", "",
                false));
        f.baris.add(new Baris("S3.1-N", "S3", "INTERNAL_PROCESS", "MAXIMIZE", "4", "", "", "4", "EXACT", "LOW", "",
                true));
        f.lengkapi();
        return f;
    }

    void lengkapi() {
        while (baris.size() < BARIS_AWAL) {
            baris.add(new Baris());
        }
    }

    /** False when the sheet is full. */
    boolean tambahBaris() {
        if (baris.size() >= MAKS_BARIS) {
            return false;
        }
        baris.add(new Baris());
        return true;
    }

    /**
     * Rows pasted from a spreadsheet (tab) or typed with semicolons, in the column order of the
     * table: kode, sasaran, perspektif, polarisasi, target, target bawah, target atas, realisasi,
     * validitas, kendali, kualitas, maks (ya/tidak). A header line starting with "kode"/"code" is
     * skipped. Choices may be codes or labels in either language; they are stored as codes so the
     * drop-downs show them and the next Hitung reads them. False (nothing loaded, the text kept)
     * when there are more than {@link #MAKS_BARIS} rows.
     */
    boolean muatTempelan(PengenalPilihan pilihan) {
        if (tempel == null || tempel.isBlank()) {
            return true;
        }
        List<Baris> hasil = new ArrayList<>();
        for (String line : tempel.split("\\R")) {
            String awal = line.trim().toLowerCase(Locale.ROOT);
            if (line.isBlank() || awal.startsWith("kode") || awal.startsWith("code")) {
                continue;
            }
            if (hasil.size() >= MAKS_BARIS) {
                return false;
            }
            String[] c = Arrays.copyOf(line.split(line.contains("\t") ? "\t" : ";", -1), 12);
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i] == null ? "" : c[i].trim();
            }
            String maks = c[11].toLowerCase(Locale.ROOT);
            hasil.add(new Baris(c[0], c[1], pilihan.kode(Perspective.class, c[2]),
                    pilihan.kode(Polarization.class, c[3]), c[4], c[5], c[6], c[7],
                    pilihan.kode(Validity.class, c[8]), pilihan.kode(Control.class, c[9]),
                    pilihan.kode(QualityTier.class, c[10]),
                    List.of("ya", "y", "yes", "true", "1", "x", "✓").contains(maks)));
        }
        baris = hasil;
        tempel = null;
        lengkapi();
        return true;
    }

    List<MasukanIndikator> toMasukan() {
        return baris.stream().map(b -> new MasukanIndikator(b.code, b.sasaran, b.perspective, b.polarization, b.target,
                b.targetLow, b.targetHigh, b.realization, b.maxTarget, b.validity, b.control, b.quality)).toList();
    }

    public static class Baris {
        private String code;
        private String sasaran;
        private String perspective;
        private String polarization = "MAXIMIZE";
        private String target;
        private String targetLow;
        private String targetHigh;
        private String realization;
        private String validity;
        private String control;
        private String quality;
        private boolean maxTarget;

        public Baris() {
        }

        Baris(String code, String sasaran, String perspective, String polarization, String target, String targetLow,
                String targetHigh, String realization, String validity, String control, String quality,
                boolean maxTarget) {
            this.code = code;
            this.sasaran = sasaran;
            this.perspective = perspective;
            this.polarization = polarization;
            this.target = target;
            this.targetLow = targetLow;
            this.targetHigh = targetHigh;
            this.realization = realization;
            this.validity = validity;
            this.control = control;
            this.quality = quality;
            this.maxTarget = maxTarget;
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getSasaran() {
            return sasaran;
        }

        public void setSasaran(String sasaran) {
            this.sasaran = sasaran;
        }

        public String getPerspective() {
            return perspective;
        }

        public void setPerspective(String perspective) {
            this.perspective = perspective;
        }

        public String getPolarization() {
            return polarization;
        }

        public void setPolarization(String polarization) {
            this.polarization = polarization;
        }

        public String getTarget() {
            return target;
        }

        public void setTarget(String target) {
            this.target = target;
        }

        public String getTargetLow() {
            return targetLow;
        }

        public void setTargetLow(String targetLow) {
            this.targetLow = targetLow;
        }

        public String getTargetHigh() {
            return targetHigh;
        }

        public void setTargetHigh(String targetHigh) {
            this.targetHigh = targetHigh;
        }

        public String getRealization() {
            return realization;
        }

        public void setRealization(String realization) {
            this.realization = realization;
        }

        public String getValidity() {
            return validity;
        }

        public void setValidity(String validity) {
            this.validity = validity;
        }

        public String getControl() {
            return control;
        }

        public void setControl(String control) {
            this.control = control;
        }

        public String getQuality() {
            return quality;
        }

        public void setQuality(String quality) {
            this.quality = quality;
        }

        public boolean isMaxTarget() {
            return maxTarget;
        }

        public void setMaxTarget(boolean maxTarget) {
            this.maxTarget = maxTarget;
        }
    }

    public String getRulebook() {
        return rulebook;
    }

    public void setRulebook(String rulebook) {
        this.rulebook = rulebook;
    }

    public boolean isMapOwner() {
        return mapOwner;
    }

    public void setMapOwner(boolean mapOwner) {
        this.mapOwner = mapOwner;
    }

    public List<Baris> getBaris() {
        return baris;
    }

    public void setBaris(List<Baris> baris) {
        this.baris = baris;
    }

    public String getTempel() {
        return tempel;
    }

    public void setTempel(String tempel) {
        this.tempel = tempel;
    }
}
