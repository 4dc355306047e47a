package id.kinerja.organisasi;

import id.kinerja.platform.jpa.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation's fiscal year; its periods are generated when it is opened. */
@Entity
@Table(name = "tahun_anggaran")
public class TahunAnggaran extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisasi_id")
    private Organisasi organisasi;

    @Column(nullable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusTahun status;

    @Version
    private long version;

    protected TahunAnggaran() {
    }

    public TahunAnggaran(Organisasi organisasi, int tahun, StatusTahun status) {
        this.organisasi = organisasi;
        this.tahun = tahun;
        this.status = status;
    }

    void ubahStatus(StatusTahun status) {
        this.status = status;
    }

    public Organisasi getOrganisasi() {
        return organisasi;
    }

    public int getTahun() {
        return tahun;
    }

    public StatusTahun getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
