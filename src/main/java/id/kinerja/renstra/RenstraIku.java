package id.kinerja.renstra;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** One IKU of a Renstra. */
@Entity
@Table(name = "renstra_iku")
public class RenstraIku extends AuditedEntity implements UnitScoped {

    /** Target of one year; realisasi and capaian only for years recorded before this application. */
    @Embeddable
    public record PerTahun(@Column(name = "tahun") int tahun, @Column(name = "target") BigDecimal target,
            @Column(name = "realisasi") BigDecimal realisasi, @Column(name = "capaian") BigDecimal capaian) {
    }

    public record Isi(String ssKode, String ssNama, String ikuKode, String ikuNama, String satuan,
            BigDecimal targetAkhir, BigDecimal targetNasional, Map<Integer, PerTahun> perTahun) {
    }

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "renstra_id", nullable = false, updatable = false)
    private Renstra renstra;

    private int urutan;

    @Column(name = "ss_kode")
    private String ssKode;

    @Column(name = "ss_nama")
    private String ssNama;

    @Column(name = "iku_kode")
    private String ikuKode;

    @Column(name = "iku_nama")
    private String ikuNama;

    private String satuan;

    @Column(name = "target_akhir")
    private BigDecimal targetAkhir;

    @Column(name = "target_nasional")
    private BigDecimal targetNasional;

    @ElementCollection
    @CollectionTable(name = "renstra_target", joinColumns = @JoinColumn(name = "renstra_iku_id"))
    private List<PerTahun> perTahun = new ArrayList<>();

    protected RenstraIku() {
    }

    RenstraIku(Renstra renstra, int urutan, Isi isi) {
        this.renstra = renstra;
        this.urutan = urutan;
        this.ssKode = isi.ssKode();
        this.ssNama = isi.ssNama();
        this.ikuKode = isi.ikuKode();
        this.ikuNama = isi.ikuNama();
        this.satuan = isi.satuan();
        this.targetAkhir = isi.targetAkhir();
        this.targetNasional = isi.targetNasional();
        isi.perTahun().values().stream().filter(p -> renstra.mencakup(p.tahun()))
                .sorted(Comparator.comparingInt(PerTahun::tahun)).forEach(perTahun::add);
    }

    @Override
    public Long unitIdUntukAudit() {
        return renstra.getUnitId();
    }

    public int getUrutan() {
        return urutan;
    }

    public String getSsKode() {
        return ssKode;
    }

    public String getSsNama() {
        return ssNama;
    }

    public String getIkuKode() {
        return ikuKode;
    }

    public String getIkuNama() {
        return ikuNama;
    }

    public String getSatuan() {
        return satuan;
    }

    public BigDecimal getTargetAkhir() {
        return targetAkhir;
    }

    public BigDecimal getTargetNasional() {
        return targetNasional;
    }

    public List<PerTahun> getPerTahun() {
        return perTahun;
    }
}
