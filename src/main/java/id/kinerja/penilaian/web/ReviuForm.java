package id.kinerja.penilaian.web;

import id.kinerja.penilaian.AturanPenilaian.Keputusan;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** The supervisor review: confirm, raise or lower (with the new value and a reason). */
public class ReviuForm {

    private Keputusan keputusan;

    private BigDecimal nckpFinal;

    @Size(max = 2000)
    private String alasan;

    private Long version;

    public Keputusan getKeputusan() {
        return keputusan;
    }

    public void setKeputusan(Keputusan keputusan) {
        this.keputusan = keputusan;
    }

    public BigDecimal getNckpFinal() {
        return nckpFinal;
    }

    public void setNckpFinal(BigDecimal nckpFinal) {
        this.nckpFinal = nckpFinal;
    }

    public String getAlasan() {
        return alasan;
    }

    public void setAlasan(String alasan) {
        this.alasan = alasan;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
