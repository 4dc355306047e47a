package id.kinerja.realisasi;

import id.kinerja.organisasi.JenisPeriode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The realisation of one IKU in one reporting period. Other modules' rows are referenced by id
 * only (the IKU belongs to perencanaan, the unit to organisasi). The generic audit listener
 * records every change with the unit id.
 */
@Entity
@Table(name = "realisasi")
public class Realisasi extends CatatanUnitTahun {



    /** The IKU of the PK version in force for this period. */
    @Column(name = "iku_id", nullable = false)
    private Long ikuId;

    /** The first version of that IKU: one value per period across PK revisions. */
    @Column(name = "iku_akar_id", nullable = false, updatable = false)
    private Long ikuAkarId;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis_periode", nullable = false, updatable = false)
    private JenisPeriode jenisPeriode;

    @Column(nullable = false, updatable = false)
    private int nomor;

    @Enumerated(EnumType.STRING)
    @Column(name = "jenis_nilai", nullable = false)
    private JenisNilai jenisNilai;

    private BigDecimal nilai;
    private BigDecimal pembilang;
    private BigDecimal penyebut;
    private String label;
    private String alasan;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_validasi")
    private StatusValidasi statusValidasi;

    @Column(name = "diisi_oleh", nullable = false)
    private String diisiOleh;

    @Column(name = "diisi_pada", nullable = false)
    private Instant diisiPada;

    protected Realisasi() {
    }

    Realisasi(Long unitId, Long tahunAnggaranId, Long ikuId, Long ikuAkarId, JenisPeriode jenisPeriode, int nomor) {
        super(unitId, tahunAnggaranId);
        this.ikuId = ikuId;
        this.ikuAkarId = ikuAkarId;
        this.jenisPeriode = jenisPeriode;
        this.nomor = nomor;
    }

    /** Replaces the value as a whole; a new entry clears the previous verdict. */
    void isi(Long ikuIdBerlaku, NilaiMasukan masukan, String oleh, Instant pada) {
        this.ikuId = ikuIdBerlaku;
        this.jenisNilai = masukan.jenis();
        this.nilai = masukan.nilai();
        this.pembilang = masukan.pembilang();
        this.penyebut = masukan.penyebut();
        this.label = masukan.label();
        this.alasan = masukan.alasan();
        this.diisiOleh = oleh;
        this.diisiPada = pada;
        this.statusValidasi = null;
    }

    /** The validation forum's verdict on the value as it stands. */
    void tetapkanValidasi(StatusValidasi status) {
        this.statusValidasi = status;
    }

    /** A validator's corrected value (with the reason kept by the forum): valid as corrected. */
    void koreksiValidator(NilaiMasukan masukan, String oleh, Instant pada) {
        isi(ikuId, masukan, oleh, pada);
        this.statusValidasi = StatusValidasi.VALID;
    }

    public Long getIkuId() {
        return ikuId;
    }

    public Long getIkuAkarId() {
        return ikuAkarId;
    }

    public JenisPeriode getJenisPeriode() {
        return jenisPeriode;
    }

    public int getNomor() {
        return nomor;
    }

    public JenisNilai getJenisNilai() {
        return jenisNilai;
    }

    public BigDecimal getNilai() {
        return nilai;
    }

    public BigDecimal getPembilang() {
        return pembilang;
    }

    public BigDecimal getPenyebut() {
        return penyebut;
    }

    public String getLabel() {
        return label;
    }

    public String getAlasan() {
        return alasan;
    }

    public StatusValidasi getStatusValidasi() {
        return statusValidasi;
    }

    public String getDiisiOleh() {
        return diisiOleh;
    }

    public Instant getDiisiPada() {
        return diisiPada;
    }
}
