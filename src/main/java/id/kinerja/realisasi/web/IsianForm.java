package id.kinerja.realisasi.web;

import id.kinerja.realisasi.IsianNilai;
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
                b.masukan())).toList();
    }

    public static class BarisForm extends IsianNilai {
        private Long ikuId;
        private String periode;
        private Long version;

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
    }
}
