package id.kinerja.validasi;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import id.kinerja.realisasi.StatusValidasi;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One verdict of the forum on one realisation value, never changed afterwards: who, when, the
 * note, the value as judged and the row version it judged. A later change of the value (a new
 * row version) makes it void; the realisation's own status_validasi is cleared by that change.
 */
@Entity
@Table(name = "verdik_validasi")
class VerdikValidasi extends AuditedEntity implements UnitScoped {

    @Column(name = "realisasi_id", nullable = false, updatable = false)
    private Long realisasiId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "tahun_anggaran_id", nullable = false, updatable = false)
    private Long tahunAnggaranId;

    @Column(nullable = false, updatable = false)
    private int triwulan;

    @Column(name = "ikukode", nullable = false, updatable = false)
    private String ikuKode;

    @Column(nullable = false, updatable = false)
    private String periode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private StatusValidasi status;

    @Column(updatable = false)
    private String catatan;

    @Column(name = "nilai_dinilai", nullable = false, updatable = false)
    private String nilaiDinilai;

    @Column(name = "nilai_semula", updatable = false)
    private String nilaiSemula;

    @Column(nullable = false, updatable = false)
    private boolean koreksi;

    @Column(name = "versi_realisasi", nullable = false, updatable = false)
    private long versiRealisasi;

    @Column(nullable = false, updatable = false)
    private String oleh;

    @Column(name = "nama_oleh", nullable = false, updatable = false)
    private String namaOleh;

    @Column(nullable = false, updatable = false)
    private Instant pada;

    protected VerdikValidasi() {
    }

    VerdikValidasi(Long realisasiId, Long unitId, Long tahunAnggaranId, int triwulan, String ikuKode, String periode,
            StatusValidasi status, String catatan, String nilaiDinilai, String nilaiSemula, long versiRealisasi,
            String oleh, String namaOleh, Instant pada) {
        if (status == StatusValidasi.TIDAK_VALID && (catatan == null || catatan.isBlank())) {
            throw new IllegalArgumentException("tidak valid tanpa catatan");
        }
        this.realisasiId = realisasiId;
        this.unitId = unitId;
        this.tahunAnggaranId = tahunAnggaranId;
        this.triwulan = triwulan;
        this.ikuKode = ikuKode;
        this.periode = periode;
        this.status = status;
        this.catatan = catatan;
        this.nilaiDinilai = potong(nilaiDinilai);
        this.nilaiSemula = nilaiSemula == null ? null : potong(nilaiSemula);
        this.koreksi = nilaiSemula != null;
        this.versiRealisasi = versiRealisasi;
        this.oleh = oleh;
        this.namaOleh = namaOleh;
        this.pada = pada;
    }

    private static String potong(String s) {
        return s.length() > 300 ? s.substring(0, 299) + "…" : s;
    }

    /** Still in force: the value has not changed since it was judged. */
    boolean berlakuUntuk(long versiSekarang) {
        return versiRealisasi == versiSekarang;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    Long getRealisasiId() {
        return realisasiId;
    }

    Long getUnitId() {
        return unitId;
    }

    int getTriwulan() {
        return triwulan;
    }

    String getIkuKode() {
        return ikuKode;
    }

    String getPeriode() {
        return periode;
    }

    StatusValidasi getStatus() {
        return status;
    }

    String getCatatan() {
        return catatan;
    }

    String getNilaiDinilai() {
        return nilaiDinilai;
    }

    String getNilaiSemula() {
        return nilaiSemula;
    }

    boolean isKoreksi() {
        return koreksi;
    }

    long getVersiRealisasi() {
        return versiRealisasi;
    }

    String getOleh() {
        return oleh;
    }

    String getNamaOleh() {
        return namaOleh;
    }

    Instant getPada() {
        return pada;
    }
}
