package id.kinerja.validasi;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The Berita Acara Validasi of one lock of a unit's quarter: a snapshot of the IKU as validated
 * and of the final score at the moment of the lock, with the signature blocks. A re-opening by the
 * PKO marks it re-opened (who, when, why) and keeps it as history; the next lock writes a new one
 * with the next sequence number.
 */
@Entity
@Table(name = "berita_acara_validasi")
class BeritaAcaraValidasi extends AuditedEntity implements UnitScoped {

    @Embeddable
    static class Baris {
        @Column(nullable = false)
        String kode;
        @Column(nullable = false)
        String nama;
        String satuan;
        BigDecimal target;
        BigDecimal realisasi;
        BigDecimal capaian;
        @Column(nullable = false)
        String verdik;

        protected Baris() {
        }

        Baris(String kode, String nama, String satuan, BigDecimal target, BigDecimal realisasi, BigDecimal capaian,
                String verdik) {
            this.kode = kode;
            this.nama = nama;
            this.satuan = satuan;
            this.target = target;
            this.realisasi = realisasi;
            this.capaian = capaian;
            this.verdik = verdik;
        }
    }

    @Embeddable
    static class Ttd {
        @Column(nullable = false)
        String peran;
        @Column(nullable = false)
        String jabatan;
        String nama;

        protected Ttd() {
        }

        Ttd(String peran, String jabatan, String nama) {
            this.peran = peran;
            this.jabatan = jabatan;
            this.nama = nama;
        }
    }

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "tahun_anggaran_id", nullable = false, updatable = false)
    private Long tahunAnggaranId;

    @Column(nullable = false, updatable = false)
    private int tahun;

    @Column(nullable = false, updatable = false)
    private int triwulan;

    @Column(nullable = false, updatable = false)
    private int urut;

    @Column(nullable = false, updatable = false)
    private String nomor;

    @Column(nullable = false, updatable = false)
    private LocalDate tanggal;

    @Column(nullable = false, updatable = false)
    private String tempat;

    @Column(name = "unit_kode", nullable = false, updatable = false)
    private String unitKode;

    @Column(name = "unit_nama", nullable = false, updatable = false)
    private String unitNama;

    @Column(name = "jenis_skor", updatable = false)
    private String jenisSkor;

    @Column(updatable = false)
    private BigDecimal skor;

    @Column(updatable = false)
    private String predikat;

    @Column(name = "dikunci_oleh", nullable = false, updatable = false)
    private String dikunciOleh;

    @Column(name = "dikunci_pada", nullable = false, updatable = false)
    private Instant dikunciPada;

    @Column(name = "dibuka_oleh")
    private String dibukaOleh;

    @Column(name = "dibuka_pada")
    private Instant dibukaPada;

    @Column(name = "alasan_buka")
    private String alasanBuka;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "berita_acara_validasi_iku", joinColumns = @JoinColumn(name = "berita_acara_id"))
    @OrderColumn(name = "urutan")
    private List<Baris> iku = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "berita_acara_validasi_ttd", joinColumns = @JoinColumn(name = "berita_acara_id"))
    @OrderColumn(name = "urutan")
    private List<Ttd> ttd = new ArrayList<>();

    protected BeritaAcaraValidasi() {
    }

    BeritaAcaraValidasi(Long unitId, Long tahunAnggaranId, int tahun, int triwulan, int urut, String unitKode,
            String unitNama, LocalDate tanggal, String tempat, String jenisSkor, BigDecimal skor, String predikat,
            String dikunciOleh, Instant dikunciPada, List<Baris> iku, List<Ttd> ttd) {
        this.unitId = unitId;
        this.tahunAnggaranId = tahunAnggaranId;
        this.tahun = tahun;
        this.triwulan = triwulan;
        this.urut = urut;
        this.nomor = nomor(urut, unitKode, triwulan, tahun);
        this.unitKode = unitKode;
        this.unitNama = unitNama;
        this.tanggal = tanggal;
        this.tempat = tempat;
        this.jenisSkor = jenisSkor;
        this.skor = skor;
        this.predikat = predikat;
        this.dikunciOleh = dikunciOleh;
        this.dikunciPada = dikunciPada;
        this.iku = new ArrayList<>(iku);
        this.ttd = new ArrayList<>(ttd);
    }

    /** "BA-VAL/{unit}/{tahun}/TW{n}/{urut}": the sequence counts the locks of that unit's quarter. */
    static String nomor(int urut, String unitKode, int triwulan, int tahun) {
        return "BA-VAL/" + unitKode + "/" + tahun + "/TW" + triwulan + "/" + String.format("%02d", urut);
    }

    void buka(String oleh, Instant pada, String alasan) {
        if (dibukaOleh != null) {
            throw new IllegalStateException("sudah dibuka");
        }
        this.dibukaOleh = oleh;
        this.dibukaPada = pada;
        this.alasanBuka = alasan;
    }

    boolean berlaku() {
        return dibukaOleh == null;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    Long getUnitId() {
        return unitId;
    }

    int getTahun() {
        return tahun;
    }

    int getTriwulan() {
        return triwulan;
    }

    int getUrut() {
        return urut;
    }

    String getNomor() {
        return nomor;
    }

    LocalDate getTanggal() {
        return tanggal;
    }

    String getTempat() {
        return tempat;
    }

    String getUnitKode() {
        return unitKode;
    }

    String getUnitNama() {
        return unitNama;
    }

    String getJenisSkor() {
        return jenisSkor;
    }

    BigDecimal getSkor() {
        return skor;
    }

    String getPredikat() {
        return predikat;
    }

    String getDikunciOleh() {
        return dikunciOleh;
    }

    Instant getDikunciPada() {
        return dikunciPada;
    }

    String getDibukaOleh() {
        return dibukaOleh;
    }

    Instant getDibukaPada() {
        return dibukaPada;
    }

    String getAlasanBuka() {
        return alasanBuka;
    }

    List<Baris> getIku() {
        return iku;
    }

    List<Ttd> getTtd() {
        return ttd;
    }
}
