package id.kinerja.perencanaan;

import id.kinerja.platform.jpa.AuditedEntityBerurutan;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.scoring.Perspective;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A Sasaran Strategis of one PK version, placed in a perspective at a position on the map. */
@Entity
@Table(name = "sasaran_strategis")
public class SasaranStrategis extends AuditedEntityBerurutan implements UnitScoped {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pk_id")
    private PerjanjianKinerja pk;

    @Column(nullable = false)
    private String kode = "S?";

    @Column(nullable = false)
    private String nama;

    private String deskripsi;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Perspective perspektif;

    @Column(nullable = false)
    private int posisi;

    /** The SS of the previous PK version this one was copied from (revisions). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "asal_id")
    private SasaranStrategis asal;

    @OneToMany(mappedBy = "ss", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Iku> iku = new ArrayList<>();

    protected SasaranStrategis() {
    }

    SasaranStrategis(PerjanjianKinerja pk) {
        this.pk = pk;
    }

    static SasaranStrategis salinan(PerjanjianKinerja pkBaru, SasaranStrategis asal) {
        SasaranStrategis ss = new SasaranStrategis(pkBaru);
        ss.ubah(asal.nama, asal.deskripsi, asal.perspektif, asal.posisi);
        ss.kode = asal.kode;
        ss.asal = asal;
        for (Iku i : asal.iku) {
            ss.iku.add(Iku.salinan(ss, i));
        }
        return ss;
    }

    public SasaranStrategis getAsal() {
        return asal;
    }

    void tambahIku(Iku baru) {
        if (baru.getSs() != this) {
            throw new IllegalArgumentException("IKU milik SS lain");
        }
        iku.add(baru);
    }

    void hapusIku(Iku i) {
        iku.remove(i);
    }

    public List<Iku> getIku() {
        return Collections.unmodifiableList(iku);
    }

    void ubah(String nama, String deskripsi, Perspective perspektif, int posisi) {
        this.nama = nama;
        this.deskripsi = deskripsi;
        this.perspektif = perspektif;
        this.posisi = posisi;
    }

    void kode(String kode) {
        if (!kode.equals(this.kode)) {
            this.kode = kode;
        }
    }

    @Override
    public Long unitIdUntukAudit() {
        return pk.getUnit().getId();
    }

    public PerjanjianKinerja getPk() {
        return pk;
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public String getDeskripsi() {
        return deskripsi;
    }

    public Perspective getPerspektif() {
        return perspektif;
    }

    public int getPosisi() {
        return posisi;
    }
}
