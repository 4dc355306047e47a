package id.kinerja.renstra;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A unit's five-year strategic plan: its IKU with a target per year, end and national targets. */
@Entity
@Table(name = "renstra")
public class Renstra extends AuditedEntity implements UnitScoped {

    public static final int LAMA_TAHUN = 5;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "tahun_mulai", nullable = false, updatable = false)
    private int tahunMulai;

    @Column(name = "tahun_selesai", nullable = false, updatable = false)
    private int tahunSelesai;

    @OneToMany(mappedBy = "renstra", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("urutan")
    private List<RenstraIku> iku = new ArrayList<>();

    protected Renstra() {
    }

    Renstra(Long unitId, int tahunMulai) {
        this.unitId = unitId;
        this.tahunMulai = tahunMulai;
        this.tahunSelesai = tahunMulai + LAMA_TAHUN - 1;
    }

    /** Removes every IKU row (an import is the whole plan, never a merge); flush before {@link #isi}. */
    void kosongkan() {
        iku.clear();
    }

    void isi(List<RenstraIku.Isi> baris) {
        int urutan = 0;
        for (RenstraIku.Isi b : baris) {
            iku.add(new RenstraIku(this, ++urutan, b));
        }
    }

    boolean mencakup(int tahun) {
        return tahun >= tahunMulai && tahun <= tahunSelesai;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getTahunMulai() {
        return tahunMulai;
    }

    public int getTahunSelesai() {
        return tahunSelesai;
    }

    public List<RenstraIku> getIku() {
        return iku;
    }
}
