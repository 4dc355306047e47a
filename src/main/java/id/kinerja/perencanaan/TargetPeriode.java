package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.jpa.EntitasBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One trajectory target of the Rencana Aksi: an IKU's target for one reporting period. */
@Entity
@Table(name = "target_periode")
public class TargetPeriode extends EntitasBerurutan implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "iku_id")
    private Iku iku;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis_periode", nullable = false)
    private JenisPeriode jenisPeriode;

    @Column(nullable = false)
    private int nomor;

    private BigDecimal target;

    protected TargetPeriode() {
    }

    TargetPeriode(Iku iku, JenisPeriode jenisPeriode, int nomor, BigDecimal target) {
        this.iku = iku;
        this.jenisPeriode = jenisPeriode;
        this.nomor = nomor;
        this.target = target;
    }

    void ubah(BigDecimal target) {
        this.target = target;
    }

    @Override
    public Long unitIdUntukAudit() {
        return iku.unitIdUntukAudit();
    }

    public Iku getIku() {
        return iku;
    }

    public JenisPeriode getJenisPeriode() {
        return jenisPeriode;
    }

    public int getNomor() {
        return nomor;
    }

    public BigDecimal getTarget() {
        return target;
    }
}
