package id.kinerja.organisasi;

import id.kinerja.platform.jpa.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A level of an organisation's tree with the name that organisation gives it. */
@Entity
@Table(name = "unit_level")
public class UnitLevel extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisasi_id")
    private Organisasi organisasi;

    @Column(nullable = false)
    private int kedalaman;

    @Column(nullable = false)
    private String kode;

    @Column(nullable = false)
    private String nama;

    /** Units at this level own a Peta Strategi by default (Kemenlu Wide/One/Two). */
    @Column(name = "pemilik_peta", nullable = false)
    private boolean pemilikPeta;

    protected UnitLevel() {
    }

    public UnitLevel(Organisasi organisasi, int kedalaman, String kode, String nama, boolean pemilikPeta) {
        this.organisasi = organisasi;
        this.kedalaman = kedalaman;
        this.kode = kode;
        this.nama = nama;
        this.pemilikPeta = pemilikPeta;
    }

    public Organisasi getOrganisasi() {
        return organisasi;
    }

    public int getKedalaman() {
        return kedalaman;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public boolean isPemilikPeta() {
        return pemilikPeta;
    }
}
