package id.kinerja.organisasi;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A node of an organisation's tree: a unit kerja, a perwakilan, or an individual position.
 * A unit with history is never deleted, only closed ({@link #tutup}).
 */
@Entity
@Table(name = "unit")
public class Unit extends AuditedEntity implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisasi_id")
    private Organisasi organisasi;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "induk_id")
    private Unit induk;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "level_id")
    private UnitLevel level;

    @Column(nullable = false)
    private String kode;

    @Column(nullable = false)
    private String nama;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JenisUnit jenis;

    @Column(name = "pemilik_peta", nullable = false)
    private boolean pemilikPeta;

    @Column(name = "jabatan_kepala")
    private String jabatanKepala;

    @Column(nullable = false)
    private String path;

    @Column(nullable = false)
    private int urutan;

    @Column(nullable = false)
    private boolean aktif = true;

    @Column(name = "ditutup_pada")
    private LocalDate ditutupPada;

    protected Unit() {
    }

    public Unit(Organisasi organisasi, Unit induk, UnitLevel level, String kode, String nama, JenisUnit jenis,
            boolean pemilikPeta, String jabatanKepala, int urutan) {
        this.organisasi = organisasi;
        this.induk = induk;
        this.level = level;
        this.kode = kode;
        this.nama = nama;
        this.jenis = jenis;
        this.pemilikPeta = pemilikPeta;
        this.jabatanKepala = jabatanKepala;
        this.urutan = urutan;
        this.path = "/";
    }

    /** The path needs the generated id, so it is set right after the first flush. */
    void tetapkanPath() {
        this.path = (induk == null ? "/" : induk.getPath()) + getId() + "/";
    }

    void ubah(String kode, String nama, JenisUnit jenis, boolean pemilikPeta, String jabatanKepala, int urutan) {
        this.kode = kode;
        this.nama = nama;
        this.jenis = jenis;
        this.pemilikPeta = pemilikPeta;
        this.jabatanKepala = jabatanKepala;
        this.urutan = urutan;
    }

    void pindah(Unit indukBaru, UnitLevel levelBaru) {
        this.induk = indukBaru;
        this.level = levelBaru;
        tetapkanPath();
    }

    /** A descendant of a moved unit: new path prefix, and a level as deep as it now sits. */
    void geser(String pathBaru, UnitLevel levelBaru) {
        this.path = pathBaru;
        this.level = levelBaru;
    }

    void tutup(LocalDate tanggal) {
        this.aktif = false;
        this.ditutupPada = tanggal;
    }

    void buka() {
        this.aktif = true;
        this.ditutupPada = null;
    }

    @Override
    public Long unitIdUntukAudit() {
        return getId();
    }

    public boolean isDalamSubtreeDari(Unit lain) {
        return path.startsWith(lain.getPath());
    }

    public Organisasi getOrganisasi() {
        return organisasi;
    }

    public Unit getInduk() {
        return induk;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public JenisUnit getJenis() {
        return jenis;
    }

    public boolean isPemilikPeta() {
        return pemilikPeta;
    }

    public String getJabatanKepala() {
        return jabatanKepala;
    }

    public String getPath() {
        return path;
    }

    public int getUrutan() {
        return urutan;
    }

    public boolean isAktif() {
        return aktif;
    }

    public LocalDate getDitutupPada() {
        return ditutupPada;
    }
}
