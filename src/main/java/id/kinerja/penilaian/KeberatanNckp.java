package id.kinerja.penilaian;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.jpa.AbstractEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * An employee's one objection to the year's results (Kemenlu §G.8) and its written answers: the
 * evaluator's, and, when the evaluator rejected it, the final decision of the evaluator's superior.
 */
@Entity
@Table(name = "keberatan_nckp")
public class KeberatanNckp extends AbstractEntity implements UnitScoped {

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    private int tahun;

    @Column(name = "atas_np")
    private boolean atasNp;

    @Column(name = "atas_nckp")
    private boolean atasNckp;

    @Column(name = "atas_nckp_final")
    private boolean atasNckpFinal;

    private String alasan;

    @Column(name = "hasil_diterima_pada")
    private OffsetDateTime hasilDiterimaPada;

    @Column(name = "diajukan_oleh")
    private String diajukanOleh;

    @Column(name = "diajukan_pada")
    private OffsetDateTime diajukanPada;

    @Column(name = "ditujukan_kepada")
    private String ditujukanKepada;

    @Column(name = "diteruskan_kepada")
    private String diteruskanKepada;

    @Enumerated(EnumType.STRING)
    private StatusKeberatan status;

    private String tanggapan;

    @Column(name = "ditanggapi_oleh")
    private String ditanggapiOleh;

    @Column(name = "ditanggapi_pada")
    private OffsetDateTime ditanggapiPada;

    private String keputusan;

    @Column(name = "diputus_oleh")
    private String diputusOleh;

    @Column(name = "diputus_pada")
    private OffsetDateTime diputusPada;

    @Column(name = "penilaian_ulang")
    private boolean penilaianUlang;

    @Version
    private long version;

    protected KeberatanNckp() {
    }

    KeberatanNckp(Long unitId, int tahun, boolean atasNp, boolean atasNckp, boolean atasNckpFinal, boolean adaFinal,
            String alasan, OffsetDateTime hasilDiterimaPada, String penilai, String oleh, OffsetDateTime pada) {
        AturanKeberatan.periksaObjek(atasNp, atasNckp, atasNckpFinal, adaFinal);
        this.alasan = AturanKeberatan.teks("alasan", alasan);
        this.unitId = unitId;
        this.tahun = tahun;
        this.atasNp = atasNp;
        this.atasNckp = atasNckp;
        this.atasNckpFinal = atasNckpFinal;
        this.hasilDiterimaPada = hasilDiterimaPada;
        this.diajukanOleh = oleh;
        this.diajukanPada = pada;
        this.ditujukanKepada = penilai;
        this.status = StatusKeberatan.DIAJUKAN;
    }

    /** The evaluator's written answer: accept, or reject (which forwards it to the evaluator's superior). */
    void tanggapi(boolean terima, String tanggapan, String atasanPenilai, String oleh, OffsetDateTime pada) {
        if (status != StatusKeberatan.DIAJUKAN) {
            throw new BusinessRuleException("tanggapan", "penilaian.keberatan.sudahDitanggapi");
        }
        if (!terima && atasanPenilai == null) {
            throw new BusinessRuleException("terima", "penilaian.keberatan.tanpaAtasan");
        }
        this.diteruskanKepada = terima ? null : atasanPenilai;
        this.tanggapan = AturanKeberatan.teks("tanggapan", tanggapan);
        this.status = terima ? StatusKeberatan.DITERIMA_PENILAI : StatusKeberatan.DITERUSKAN;
        this.ditanggapiOleh = oleh;
        this.ditanggapiPada = pada;
    }

    /** The final decision of the evaluator's superior; a re-rating only for an objection to the NP. */
    void putuskan(boolean terima, boolean penilaianUlang, String keputusan, String oleh, OffsetDateTime pada) {
        if (status != StatusKeberatan.DITERUSKAN) {
            throw new BusinessRuleException("keputusan", "penilaian.keberatan.sudahDiputus");
        }
        if (penilaianUlang && (!terima || !atasNp)) {
            throw new BusinessRuleException("penilaianUlang", "penilaian.keberatan.ulangHanyaNp");
        }
        this.keputusan = AturanKeberatan.teks("keputusan", keputusan);
        this.status = terima ? StatusKeberatan.DITERIMA_ATASAN : StatusKeberatan.DITOLAK_ATASAN;
        this.penilaianUlang = penilaianUlang;
        this.diputusOleh = oleh;
        this.diputusPada = pada;
    }

    /** When the objection was accepted (by the evaluator or, finally, by the superior's superior). */
    OffsetDateTime diterimaPada() {
        return status == StatusKeberatan.DITERIMA_PENILAI ? ditanggapiPada
                : status == StatusKeberatan.DITERIMA_ATASAN ? diputusPada : null;
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

    public boolean isAtasNp() {
        return atasNp;
    }

    public boolean isAtasNckp() {
        return atasNckp;
    }

    public boolean isAtasNckpFinal() {
        return atasNckpFinal;
    }

    public String getAlasan() {
        return alasan;
    }

    public OffsetDateTime getHasilDiterimaPada() {
        return hasilDiterimaPada;
    }

    public String getDiajukanOleh() {
        return diajukanOleh;
    }

    public OffsetDateTime getDiajukanPada() {
        return diajukanPada;
    }

    public String getDitujukanKepada() {
        return ditujukanKepada;
    }

    public String getDiteruskanKepada() {
        return diteruskanKepada;
    }

    public StatusKeberatan getStatus() {
        return status;
    }

    public String getTanggapan() {
        return tanggapan;
    }

    public String getDitanggapiOleh() {
        return ditanggapiOleh;
    }

    public OffsetDateTime getDitanggapiPada() {
        return ditanggapiPada;
    }

    public String getKeputusan() {
        return keputusan;
    }

    public String getDiputusOleh() {
        return diputusOleh;
    }

    public OffsetDateTime getDiputusPada() {
        return diputusPada;
    }

    public boolean isPenilaianUlang() {
        return penilaianUlang;
    }

    public long getVersion() {
        return version;
    }
}
