package id.kinerja.perencanaan;

import id.kinerja.platform.jpa.EntitasBerurutan;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** One workflow step of a PK version: who, when, and the note they gave. Written once. */
@Entity
@Table(name = "pk_riwayat")
public class RiwayatPk extends EntitasBerurutan {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pk_id", updatable = false)
    private PerjanjianKinerja pk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private LangkahPk langkah;

    @Column(nullable = false, updatable = false)
    private String oleh;

    @Column(name = "oleh_nama", nullable = false, updatable = false)
    private String olehNama;

    @Column(nullable = false, updatable = false)
    private Instant pada;

    @Column(updatable = false)
    private String catatan;

    protected RiwayatPk() {
    }

    RiwayatPk(PerjanjianKinerja pk, LangkahPk langkah, Pelaku pelaku, Instant pada, String catatan) {
        this.pk = pk;
        this.langkah = langkah;
        this.oleh = pelaku.username();
        this.olehNama = pelaku.nama() == null || pelaku.nama().isBlank() ? pelaku.username() : pelaku.nama();
        this.pada = pada;
        this.catatan = catatan;
    }

    public LangkahPk getLangkah() {
        return langkah;
    }

    public String getOleh() {
        return oleh;
    }

    public String getOlehNama() {
        return olehNama;
    }

    public Instant getPada() {
        return pada;
    }

    public String getCatatan() {
        return catatan;
    }
}
