package id.kinerja.organisasi;

import id.kinerja.platform.jpa.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A ministry (kementerian). Its rulebook decides how its scores are computed. */
@Entity
@Table(name = "organisasi")
public class Organisasi extends AuditedEntity {

    @Column(nullable = false, unique = true)
    private String kode;

    @Column(nullable = false)
    private String nama;

    @Column(nullable = false)
    private String singkatan;

    @Column(name = "rulebook_key", nullable = false)
    private String rulebookKey;

    @Column(nullable = false)
    private String kota;

    protected Organisasi() {
    }

    public Organisasi(String kode, String nama, String singkatan, String rulebookKey, String kota) {
        this.kode = kode;
        this.nama = nama;
        this.singkatan = singkatan;
        this.rulebookKey = rulebookKey;
        this.kota = kota;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public String getSingkatan() {
        return singkatan;
    }

    public String getRulebookKey() {
        return rulebookKey;
    }

    public String getKota() {
        return kota;
    }
}
