package id.kinerja.realisasi;

/**
 * The value fields of one entry as typed (a number, a ratio, a label or n/a with its reason), bound
 * by the realisation entry page and by the validator's correction alike: both are read by
 * {@link RealisasiService} into the same {@link RealisasiService.Masukan}.
 */
public class IsianNilai {

    private String nilai;
    private String pembilang;
    private String penyebut;
    private String label;
    private boolean na;
    private String alasan;

    public RealisasiService.Masukan masukan() {
        return new RealisasiService.Masukan(nilai, pembilang, penyebut, label, na, alasan);
    }

    /** Fills the fields from a stored entry (to show it again). */
    public void isiDari(RealisasiService.Masukan m) {
        nilai = m.nilai();
        pembilang = m.pembilang();
        penyebut = m.penyebut();
        label = m.label();
        na = m.na();
        alasan = m.alasan();
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
