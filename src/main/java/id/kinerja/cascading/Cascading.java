package id.kinerja.cascading;

import id.kinerja.platform.jpa.DicapWaktu;
import id.kinerja.platform.jpa.StempelWaktu;
import jakarta.persistence.EntityListeners;
import id.kinerja.perencanaan.Iku;
import id.kinerja.platform.jpa.AbstractEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A link from an upper unit's IKU to the lower IKU that carries (or supports) it. */
@Entity
@EntityListeners(StempelWaktu.class)
@Table(name = "cascading")
public class Cascading extends AbstractEntity implements UnitScoped, DicapWaktu {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "atas_iku_id")
    private Iku atas;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "bawah_iku_id")
    private Iku bawah;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MetodeLink metode;

    @Column(name = "dibuat_pada", nullable = false)
    private Instant dibuatPada;

    protected Cascading() {
    }

    Cascading(Iku atas, Iku bawah, MetodeLink metode) {
        this.atas = atas;
        this.bawah = bawah;
        this.metode = metode;
    }

    @Override
    public Long unitIdUntukAudit() {
        return atas.unitIdUntukAudit();
    }

    public Iku getAtas() {
        return atas;
    }

    public Iku getBawah() {
        return bawah;
    }

    public MetodeLink getMetode() {
        return metode;
    }

    @Override
    public void catatDibuat(Instant waktu) {
        if (dibuatPada == null) {
            dibuatPada = waktu;
        }
    }
}
