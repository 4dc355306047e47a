package id.kinerja.platform.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * A follow-up of a unit (of a dialog, of an analysis): someone answers for it, it stays open until
 * closed with a note, and who closed it when is kept. What it follows and when it is due belong to
 * the subclass.
 */
@MappedSuperclass
public abstract class TindakLanjutDasar extends AuditedEntity implements UnitScoped {

    public enum Status {
        TERBUKA, SELESAI
    }

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "penanggung_jawab", nullable = false)
    private String penanggungJawab;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.TERBUKA;

    @Column(name = "catatan_penutupan")
    private String catatanPenutupan;

    @Column(name = "ditutup_oleh")
    private String ditutupOleh;

    @Column(name = "ditutup_pada")
    private Instant ditutupPada;

    protected TindakLanjutDasar() {
    }

    protected TindakLanjutDasar(Long unitId, String penanggungJawab) {
        this.unitId = unitId;
        this.penanggungJawab = penanggungJawab;
    }

    /** Closes it; the subclass refuses a second close in its own words first. */
    protected void tandaiSelesai(String catatan, String oleh, Instant pada) {
        status = Status.SELESAI;
        catatanPenutupan = catatan;
        ditutupOleh = oleh;
        ditutupPada = pada;
    }

    public boolean terbuka() {
        return status == Status.TERBUKA;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPenanggungJawab() {
        return penanggungJawab;
    }

    public Status getStatus() {
        return status;
    }

    public String getCatatanPenutupan() {
        return catatanPenutupan;
    }

    public String getDitutupOleh() {
        return ditutupOleh;
    }

    public Instant getDitutupPada() {
        return ditutupPada;
    }
}
