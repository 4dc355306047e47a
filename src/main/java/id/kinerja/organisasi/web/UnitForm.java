package id.kinerja.organisasi.web;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitView;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The unit create/edit form; its messages name the field in Indonesian. */
public class UnitForm {

    @NotNull(message = "{unit.induk.wajib}")
    private Long indukId;

    @NotBlank(message = "{unit.kode.wajib}")
    @Size(max = 40, message = "{unit.kode.panjang}")
    @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{unit.kode.format}")
    private String kode;

    @NotBlank(message = "{unit.nama.wajib}")
    @Size(max = 250, message = "{unit.nama.panjang}")
    private String nama;

    @NotNull(message = "{unit.jenis.wajib}")
    private JenisUnit jenis = JenisUnit.UNIT_KERJA;

    private boolean pemilikPeta;

    @Size(max = 200, message = "{unit.jabatanKepala.panjang}")
    private String jabatanKepala;

    @Min(value = 0, message = "{unit.urutan.rentang}")
    @Max(value = 9999, message = "{unit.urutan.rentang}")
    private int urutan;

    private long version;

    public static UnitForm from(UnitView u) {
        UnitForm f = new UnitForm();
        f.indukId = u.indukId();
        f.kode = u.kode();
        f.nama = u.nama();
        f.jenis = u.jenis();
        f.pemilikPeta = u.pemilikPeta();
        f.jabatanKepala = u.jabatanKepala();
        f.urutan = u.urutan();
        f.version = u.version();
        return f;
    }

    public UnitParameters toParameters() {
        return new UnitParameters(indukId, kode.trim(), nama.trim(), jenis, pemilikPeta,
                jabatanKepala == null || jabatanKepala.isBlank() ? null : jabatanKepala.trim(), urutan);
    }

    public Long getIndukId() {
        return indukId;
    }

    public void setIndukId(Long indukId) {
        this.indukId = indukId;
    }

    public String getKode() {
        return kode;
    }

    public void setKode(String kode) {
        this.kode = kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public JenisUnit getJenis() {
        return jenis;
    }

    public void setJenis(JenisUnit jenis) {
        this.jenis = jenis;
    }

    public boolean isPemilikPeta() {
        return pemilikPeta;
    }

    public void setPemilikPeta(boolean pemilikPeta) {
        this.pemilikPeta = pemilikPeta;
    }

    public String getJabatanKepala() {
        return jabatanKepala;
    }

    public void setJabatanKepala(String jabatanKepala) {
        this.jabatanKepala = jabatanKepala;
    }

    public int getUrutan() {
        return urutan;
    }

    public void setUrutan(int urutan) {
        this.urutan = urutan;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
