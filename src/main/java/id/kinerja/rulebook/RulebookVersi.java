package id.kinerja.rulebook;

import id.kinerja.platform.jpa.DicapWaktu;
import id.kinerja.platform.jpa.StempelWaktu;
import jakarta.persistence.EntityListeners;
import id.kinerja.platform.jpa.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One version of a rulebook, in force from a quarter until the next version starts. */
@Entity
@EntityListeners(StempelWaktu.class)
@Table(name = "rulebook_versi")
public class RulebookVersi extends AbstractEntity implements DicapWaktu {

    @Column(nullable = false)
    private String kode;

    @Column(nullable = false)
    private String nama;

    @Column(name = "berlaku_tahun", nullable = false)
    private int berlakuTahun;

    @Column(name = "berlaku_triwulan", nullable = false)
    private int berlakuTriwulan;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    private String definisi;

    private String keterangan;

    @Version
    private long version;

    @Column(name = "dibuat_oleh", nullable = false)
    private String dibuatOleh;

    @Column(name = "dibuat_pada", nullable = false)
    private Instant dibuatPada;

    protected RulebookVersi() {
    }

    RulebookVersi(String kode, String nama, Periode berlaku, String definisi, String keterangan, String dibuatOleh) {
        this.kode = kode;
        this.nama = nama;
        this.berlakuTahun = berlaku.tahun();
        this.berlakuTriwulan = berlaku.triwulan();
        this.definisi = definisi;
        this.keterangan = keterangan;
        this.dibuatOleh = dibuatOleh;
    }

    void ganti(String definisi, String keterangan, String oleh, Instant waktu) {
        this.definisi = definisi;
        this.keterangan = keterangan;
        this.dibuatOleh = oleh;
        this.dibuatPada = waktu;
    }

    /** A quarter of a year: the unit in which rulebook versions take effect. */
    public record Periode(int tahun, int triwulan) implements Comparable<Periode> {

        public Periode {
            if (triwulan < 1 || triwulan > 4) {
                throw new IllegalArgumentException("triwulan 1..4");
            }
        }

        public static Periode dari(LocalDate tanggal) {
            return new Periode(tanggal.getYear(), (tanggal.getMonthValue() - 1) / 3 + 1);
        }

        @Override
        public int compareTo(Periode o) {
            return tahun != o.tahun ? Integer.compare(tahun, o.tahun) : Integer.compare(triwulan, o.triwulan);
        }

        @Override
        public String toString() {
            return "TW " + triwulan + " " + tahun;
        }
    }

    public Periode berlaku() {
        return new Periode(berlakuTahun, berlakuTriwulan);
    }

    public String getKode() {
        return kode;
    }

    public String getNama() {
        return nama;
    }

    public String getDefinisi() {
        return definisi;
    }

    public String getKeterangan() {
        return keterangan;
    }

    public long getVersion() {
        return version;
    }

    public String getDibuatOleh() {
        return dibuatOleh;
    }

    public Instant getDibuatPada() {
        return dibuatPada;
    }

    @Override
    public void catatDibuat(Instant waktu) {
        if (dibuatPada == null) {
            dibuatPada = waktu;
        }
    }
}
