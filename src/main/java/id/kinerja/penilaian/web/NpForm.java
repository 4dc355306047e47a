package id.kinerja.penilaian.web;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** One semester's NP as the evaluator types it ("87,5"); version carried for concurrent edits. */
public class NpForm {

    private BigDecimal nilai;

    @Size(max = 1000)
    private String catatan;

    private Long version;

    public BigDecimal getNilai() {
        return nilai;
    }

    public void setNilai(BigDecimal nilai) {
        this.nilai = nilai;
    }

    public String getCatatan() {
        return catatan;
    }

    public void setCatatan(String catatan) {
        this.catatan = catatan;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
