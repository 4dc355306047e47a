package id.kinerja.realisasi.web;

import id.kinerja.realisasi.RealisasiService;
import java.util.ArrayList;
import java.util.List;

/** The entry page of a unit's quarter: one row per IKU and period, with the version it was read at. */
public class IsianForm {

    private List<BarisForm> baris = new ArrayList<>();

    public List<BarisForm> getBaris() {
        return baris;
    }

    public void setBaris(List<BarisForm> baris) {
        this.baris = baris;
    }

    List<RealisasiService.Baris> toBaris() {
        return baris.stream().map(b -> new RealisasiService.Baris(b.getIkuId(), b.getPeriode(), b.getVersion(),
                new RealisasiService.Masukan(b.getNilai(), b.getPembilang(), b.getPenyebut(), b.getLabel(), b.isNa(),
                        b.getAlasan()))).toList();
    }

    public static class BarisForm {
        private Long ikuId;
        private String periode;
        private Long version;
        private String nilai;
        private String pembilang;
        private String penyebut;
        private String label;
        private boolean na;
        private String alasan;

        public Long getIkuId() {
            return ikuId;
        }

        public void setIkuId(Long ikuId) {
            this.ikuId = ikuId;
        }

        public String getPeriode() {
            return periode;
        }

        public void setPeriode(String periode) {
            this.periode = periode;
        }

        public Long getVersion() {
            return version;
        }

        public void setVersion(Long version) {
            this.version = version;
        }

        public String getNilai() {
            return nilai;
        }

        public void setNilai(String nilai) {
            this.nilai = nilai;
        }

        public String getPembilang() {
            return pembilang;
        }

        public void setPembilang(String pembilang) {
            this.pembilang = pembilang;
        }

        public String getPenyebut() {
            return penyebut;
        }

        public void setPenyebut(String penyebut) {
            this.penyebut = penyebut;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public boolean isNa() {
            return na;
        }

        public void setNa(boolean na) {
            this.na = na;
        }

        public String getAlasan() {
            return alasan;
        }

        public void setAlasan(String alasan) {
            this.alasan = alasan;
        }
    }
}
