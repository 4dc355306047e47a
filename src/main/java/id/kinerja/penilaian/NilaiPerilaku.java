package id.kinerja.penilaian;

import id.kinerja.platform.jpa.AbstractEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** Nilai perilaku of one evaluee position for one semester, as the evaluator entered it. */
@Entity
@Table(name = "nilai_perilaku")
public class NilaiPerilaku extends AbstractEntity implements UnitScoped {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    private int tahun;

    @org.hibernate.annotations.JdbcTypeCode(org.hibernate.type.SqlTypes.SMALLINT)
    private int semester;

    private BigDecimal nilai;

    private String catatan;

    @Column(name = "dinilai_oleh")
    private String dinilaiOleh;

    @Column(name = "dinilai_pada")
    private OffsetDateTime dinilaiPada;

    @Version
    private long version;

    protected NilaiPerilaku() {
    }

    NilaiPerilaku(Long unitId, int tahun, int semester) {
        this.unitId = unitId;
        this.tahun = tahun;
        this.semester = semester;
    }

    /** The evaluator rates (or re-rates) the semester: bounds checked here, whoever calls. */
    void nilai(BigDecimal nilai, String catatan, String oleh, OffsetDateTime pada) {
        AturanPenilaian.periksaNp(nilai);
        if (catatan != null && catatan.length() > AturanPenilaian.CATATAN_MAKS) {
            throw new id.kinerja.platform.galat.BusinessRuleException("catatan", "penilaian.np.catatanPanjang",
                    AturanPenilaian.CATATAN_MAKS);
        }
        this.nilai = nilai;
        this.catatan = catatan == null || catatan.isBlank() ? null : catatan.strip();
        this.dinilaiOleh = oleh;
        this.dinilaiPada = pada;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public int getTahun() {
        return tahun;
    }

    public int getSemester() {
        return semester;
    }

    public BigDecimal getNilai() {
        return nilai;
    }

    public String getCatatan() {
        return catatan;
    }

    public String getDinilaiOleh() {
        return dinilaiOleh;
    }

    public OffsetDateTime getDinilaiPada() {
        return dinilaiPada;
    }

    public long getVersion() {
        return version;
    }
}
