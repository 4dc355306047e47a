package id.kinerja.organisasi;

import id.kinerja.platform.jpa.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One reporting period (a month, quarter, semester or the year) of a fiscal year. */
@Entity
@Table(name = "periode")
public class Periode extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tahun_anggaran_id")
    private TahunAnggaran tahunAnggaran;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private JenisPeriode jenis;

    @Column(nullable = false)
    private int nomor;

    @Column(nullable = false)
    private LocalDate mulai;

    @Column(nullable = false)
    private LocalDate selesai;

    /** Realisasi is due by this day (Marves: the 5th day after the quarter). */
    @Column(name = "batas_lapor", nullable = false)
    private LocalDate batasLapor;

    protected Periode() {
    }

    public Periode(TahunAnggaran tahunAnggaran, JenisPeriode jenis, int nomor, LocalDate mulai, LocalDate selesai,
            LocalDate batasLapor) {
        this.tahunAnggaran = tahunAnggaran;
        this.jenis = jenis;
        this.nomor = nomor;
        this.mulai = mulai;
        this.selesai = selesai;
        this.batasLapor = batasLapor;
    }

    /** Short code shown in tables: B01…B12, TW1…TW4, S1, S2, TH. */
    public String getKode() {
        return switch (jenis) {
            case BULAN -> String.format("B%02d", nomor);
            case TRIWULAN -> "TW" + nomor;
            case SEMESTER -> "S" + nomor;
            case TAHUN -> "TH";
        };
    }

    public TahunAnggaran getTahunAnggaran() {
        return tahunAnggaran;
    }

    public JenisPeriode getJenis() {
        return jenis;
    }

    public int getNomor() {
        return nomor;
    }

    public LocalDate getMulai() {
        return mulai;
    }

    public LocalDate getSelesai() {
        return selesai;
    }

    public LocalDate getBatasLapor() {
        return batasLapor;
    }
}
