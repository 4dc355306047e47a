package id.kinerja.penilaian.web;

import jakarta.validation.constraints.Size;

/**
 * One step of an objection: the employee's filing (which results, reasons), the evaluator's answer
 * or the final decision (accept or not, written statement, re-rating); version carried for concurrent edits.
 */
public class KeberatanForm {

    private boolean atasNp;

    private boolean atasNckp;

    private boolean atasNckpFinal;

    @Size(max = 4000)
    private String alasan;

    private Boolean terima;

    private boolean penilaianUlang;

    private Long version;

    public boolean isAtasNp() {
        return atasNp;
    }

    public void setAtasNp(boolean atasNp) {
        this.atasNp = atasNp;
    }

    public boolean isAtasNckp() {
        return atasNckp;
    }

    public void setAtasNckp(boolean atasNckp) {
        this.atasNckp = atasNckp;
    }

    public boolean isAtasNckpFinal() {
        return atasNckpFinal;
    }

    public void setAtasNckpFinal(boolean atasNckpFinal) {
        this.atasNckpFinal = atasNckpFinal;
    }

    public String getAlasan() {
        return alasan;
    }

    public void setAlasan(String alasan) {
        this.alasan = alasan;
    }

    public Boolean getTerima() {
        return terima;
    }

    public void setTerima(Boolean terima) {
        this.terima = terima;
    }

    public boolean isPenilaianUlang() {
        return penilaianUlang;
    }

    public void setPenilaianUlang(boolean penilaianUlang) {
        this.penilaianUlang = penilaianUlang;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
