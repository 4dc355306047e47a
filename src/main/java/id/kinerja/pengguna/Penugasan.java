package id.kinerja.pengguna;

import id.kinerja.platform.jpa.DicapWaktu;
import id.kinerja.platform.jpa.StempelWaktu;
import jakarta.persistence.EntityListeners;
import id.kinerja.akses.Peran;
import id.kinerja.organisasi.Unit;
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

/** A role a user holds on one unit. */
@Entity
@EntityListeners(StempelWaktu.class)
@Table(name = "penugasan")
public class Penugasan extends AbstractEntity implements UnitScoped, DicapWaktu {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pengguna_id")
    private Pengguna pengguna;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Peran peran;

    @Column(name = "dibuat_pada", nullable = false)
    private Instant dibuatPada;

    protected Penugasan() {
    }

    public Penugasan(Pengguna pengguna, Unit unit, Peran peran) {
        this.pengguna = pengguna;
        this.unit = unit;
        this.peran = peran;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unit.getId();
    }

    public Pengguna getPengguna() {
        return pengguna;
    }

    public Unit getUnit() {
        return unit;
    }

    public Peran getPeran() {
        return peran;
    }

    public Instant getDibuatPada() {
        return dibuatPada;
    }

    @Override
    public void catatDibuat(Instant waktu) {
        if (dibuatPada == null) {
            dibuatPada = waktu;
        }
    }
}
