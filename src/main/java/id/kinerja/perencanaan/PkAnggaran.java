package id.kinerja.perencanaan;

import id.kinerja.platform.jpa.AuditedEntityBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A program / kegiatan / rincian output line with its budget, printed in Lampiran I of the PK. */
@Entity
@Table(name = "pk_anggaran")
public class PkAnggaran extends AuditedEntityBerurutan implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pk_id")
    private PerjanjianKinerja pk;

    @Column(nullable = false)
    private String program;

    private String kegiatan;

    @Column(name = "rincian_output")
    private String rincianOutput;

    @Column(nullable = false)
    private BigDecimal anggaran;

    protected PkAnggaran() {
    }

    PkAnggaran(PerjanjianKinerja pk, String program, String kegiatan, String rincianOutput, BigDecimal anggaran) {
        this.pk = pk;
        this.program = program;
        this.kegiatan = kegiatan;
        this.rincianOutput = rincianOutput;
        this.anggaran = anggaran;
    }

    @Override
    public Long unitIdUntukAudit() {
        return pk.getUnit().getId();
    }

    public PerjanjianKinerja getPk() {
        return pk;
    }

    public String getProgram() {
        return program;
    }

    public String getKegiatan() {
        return kegiatan;
    }

    public String getRincianOutput() {
        return rincianOutput;
    }

    public BigDecimal getAnggaran() {
        return anggaran;
    }
}
