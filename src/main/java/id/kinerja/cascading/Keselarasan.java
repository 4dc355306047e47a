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

/** Alignment on one level: a supporting (or chained) unit's IKU serving another unit's IKU. */
@Entity
@EntityListeners(StempelWaktu.class)
@Table(name = "keselarasan")
public class Keselarasan extends AbstractEntity implements UnitScoped, DicapWaktu {

    /** PENDUKUNG: a support unit's IKU serving a technical unit; RANTAI: a step of a chained process. */
    public enum Jenis { PENDUKUNG, RANTAI }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "iku_id")
    private Iku iku;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pendukung_iku_id")
    private Iku pendukung;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Jenis jenis;

    private String keterangan;

    @Column(name = "dibuat_pada", nullable = false)
    private Instant dibuatPada;

    protected Keselarasan() {
    }

    Keselarasan(Iku iku, Iku pendukung, Jenis jenis, String keterangan) {
        this.iku = iku;
        this.pendukung = pendukung;
        this.jenis = jenis;
        this.keterangan = keterangan;
    }

    @Override
    public Long unitIdUntukAudit() {
        return iku.unitIdUntukAudit();
    }

    public Iku getIku() {
        return iku;
    }

    public Iku getPendukung() {
        return pendukung;
    }

    public Jenis getJenis() {
        return jenis;
    }

    public String getKeterangan() {
        return keterangan;
    }

    @Override
    public void catatDibuat(Instant waktu) {
        if (dibuatPada == null) {
            dibuatPada = waktu;
        }
    }
}
