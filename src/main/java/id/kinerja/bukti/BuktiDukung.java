package id.kinerja.bukti;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/** One piece of evidence of an owner record: a stored file (metadata only) or a link. */
@Entity
@Table(name = "bukti_dukung")
public class BuktiDukung extends AuditedEntity implements UnitScoped {

    @Column(name = "jenis_pemilik", nullable = false, updatable = false)
    private String jenisPemilik;

    @Column(name = "pemilik_id", nullable = false, updatable = false)
    private long pemilikId;

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private JenisBukti jenis;

    @Column(name = "nama_file")
    private String namaFile;

    @Column(name = "content_type")
    private String contentType;

    private Long ukuran;

    private String sha256;

    private String penyimpanan;

    @Column(name = "kunci_penyimpanan")
    private String kunciPenyimpanan;

    private String url;

    private String judul;

    @Column(name = "diunggah_oleh_id")
    private Long diunggahOlehId;

    @Column(name = "diunggah_oleh_nama", nullable = false)
    private String diunggahOlehNama;

    @Column(name = "diunggah_pada", nullable = false)
    private Instant diunggahPada;

    protected BuktiDukung() {
    }

    private BuktiDukung(String jenisPemilik, long pemilikId, long unitId, JenisBukti jenis, Long olehId,
            String olehNama, Instant pada) {
        this.jenisPemilik = jenisPemilik;
        this.pemilikId = pemilikId;
        this.unitId = unitId;
        this.jenis = jenis;
        this.diunggahOlehId = olehId;
        this.diunggahOlehNama = olehNama;
        this.diunggahPada = pada;
    }

    static BuktiDukung berkas(String jenisPemilik, long pemilikId, long unitId, String namaFile, String contentType,
            long ukuran, String sha256, String penyimpanan, String kunci, Long olehId, String olehNama, Instant pada) {
        BuktiDukung b = new BuktiDukung(jenisPemilik, pemilikId, unitId, JenisBukti.BERKAS, olehId, olehNama, pada);
        b.namaFile = namaFile;
        b.contentType = contentType;
        b.ukuran = ukuran;
        b.sha256 = sha256;
        b.penyimpanan = penyimpanan;
        b.kunciPenyimpanan = kunci;
        return b;
    }

    static BuktiDukung tautan(String jenisPemilik, long pemilikId, long unitId, String url, String judul, Long olehId,
            String olehNama, Instant pada) {
        BuktiDukung b = new BuktiDukung(jenisPemilik, pemilikId, unitId, JenisBukti.TAUTAN, olehId, olehNama, pada);
        b.url = url;
        b.judul = judul;
        return b;
    }

    @Override
    public Long unitIdUntukAudit() {
        return unitId;
    }

    public String getJenisPemilik() {
        return jenisPemilik;
    }

    public long getPemilikId() {
        return pemilikId;
    }

    public long getUnitId() {
        return unitId;
    }

    public JenisBukti getJenis() {
        return jenis;
    }

    public String getNamaFile() {
        return namaFile;
    }

    public String getContentType() {
        return contentType;
    }

    public Long getUkuran() {
        return ukuran;
    }

    public String getSha256() {
        return sha256;
    }

    public String getPenyimpanan() {
        return penyimpanan;
    }

    public String getKunciPenyimpanan() {
        return kunciPenyimpanan;
    }

    public String getUrl() {
        return url;
    }

    public String getJudul() {
        return judul;
    }

    public Long getDiunggahOlehId() {
        return diunggahOlehId;
    }

    public String getDiunggahOlehNama() {
        return diunggahOlehNama;
    }

    public Instant getDiunggahPada() {
        return diunggahPada;
    }
}
