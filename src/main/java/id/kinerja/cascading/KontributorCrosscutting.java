package id.kinerja.cascading;

import id.kinerja.platform.jpa.DicapWaktu;
import id.kinerja.platform.jpa.StempelWaktu;
import jakarta.persistence.EntityListeners;
import id.kinerja.organisasi.Unit;
import id.kinerja.perencanaan.Iku;
import id.kinerja.platform.jpa.AbstractEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who contributes to an IKU across units or ministries, and in what role (crosscutting chart). */
@Entity
@EntityListeners(StempelWaktu.class)
@Table(name = "kontributor_crosscutting")
public class KontributorCrosscutting extends AbstractEntity implements UnitScoped, DicapWaktu {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "iku_id")
    private Iku iku;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Column(name = "nama_eksternal")
    private String namaEksternal;

    @Column(nullable = false)
    private String peran;

    @Column(name = "dibuat_pada", nullable = false)
    private Instant dibuatPada;

    protected KontributorCrosscutting() {
    }

    KontributorCrosscutting(Iku iku, Unit unit, String namaEksternal, String peran) {
        this.iku = iku;
        this.unit = unit;
        this.namaEksternal = namaEksternal;
        this.peran = peran;
    }

    @Override
    public Long unitIdUntukAudit() {
        return iku.unitIdUntukAudit();
    }

    public Iku getIku() {
        return iku;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getNamaEksternal() {
        return namaEksternal;
    }

    public String getPeran() {
        return peran;
    }

    @Override
    public void catatDibuat(Instant waktu) {
        if (dibuatPada == null) {
            dibuatPada = waktu;
        }
    }
}
