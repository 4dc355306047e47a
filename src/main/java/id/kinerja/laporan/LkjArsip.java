package id.kinerja.laporan;

import id.kinerja.platform.jpa.AuditIgnore;
import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/** The signed report as it was served at signing, with the SHA-256 of each file. Never changed. */
@Entity
@Table(name = "lkj_arsip")
public class LkjArsip extends AuditedEntity implements UnitScoped {

    /** Kemenlu §I.2: archives are kept at least six years. */
    public static final int TAHUN_SIMPAN = 6;

    @Column(name = "lkj_id", nullable = false, updatable = false)
    private Long lkjId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false, updatable = false)
    private int tahun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PeriodeLkj periode;

    @AuditIgnore
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @AuditIgnore
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] docx;

    @Column(name = "sha256_pdf", nullable = false, updatable = false)
    private String sha256Pdf;

    @Column(name = "sha256_docx", nullable = false, updatable = false)
    private String sha256Docx;

    @Column(name = "simpan_sampai", nullable = false, updatable = false)
    private LocalDate simpanSampai;

    protected LkjArsip() {
    }

    LkjArsip(Lkj lkj, byte[] pdf, byte[] docx, LocalDate hariIni) {
        this.lkjId = lkj.getId();
        this.unitId = lkj.getUnitId();
        this.tahun = lkj.getTahun();
        this.periode = lkj.getPeriode();
        this.pdf = pdf;
        this.docx = docx;
        this.sha256Pdf = sha256(pdf);
        this.sha256Docx = sha256(docx);
        this.simpanSampai = hariIni.plusYears(TAHUN_SIMPAN);
    }

    static String sha256(byte[] isi) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(isi));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public Long getLkjId() {
        return lkjId;
    }

    public int getTahun() {
        return tahun;
    }

    public PeriodeLkj getPeriode() {
        return periode;
    }

    public byte[] getPdf() {
        return pdf;
    }

    public byte[] getDocx() {
        return docx;
    }

    public String getSha256Pdf() {
        return sha256Pdf;
    }

    public String getSha256Docx() {
        return sha256Docx;
    }

    public LocalDate getSimpanSampai() {
        return simpanSampai;
    }
}
