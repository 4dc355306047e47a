package id.kinerja.dialog;

import id.kinerja.platform.jpa.AuditedEntity;
import id.kinerja.platform.jpa.UnitScoped;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One Dialog Kinerja of a unit with its risalah (SE Kemenkes 2024 format). */
@Entity
@Table(name = "dialog_kinerja")
public class DialogKinerja extends AuditedEntity implements UnitScoped {

    public enum Tingkat {
        ORGANISASI, INDIVIDU
    }

    public enum Bentuk {
        KELOMPOK, PERORANGAN
    }

    public enum Sifat {
        BERKALA, INSIDENTAL
    }

    public enum StatusSelesai {
        SELESAI, BELUM_SELESAI
    }

    /** Everything of the risalah a user enters. */
    public record Risalah(LocalDate tanggal, Tingkat tingkat, Bentuk bentuk, Sifat sifat, String tempat,
            String pemimpinNama, String pemimpinJabatan, String pemimpinNip, String peserta, String agenda,
            String progres, String masalah, String penyebab, String strategi, boolean penyesuaianTarget,
            StatusSelesai statusSelesai, String keterangan, Collection<Long> ikuAkarIds) {
    }

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(nullable = false)
    private int tahun;

    @Column(nullable = false)
    private LocalDate tanggal;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Tingkat tingkat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Bentuk bentuk;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Sifat sifat;

    private String tempat;

    @Column(name = "pemimpin_nama", nullable = false)
    private String pemimpinNama;

    @Column(name = "pemimpin_jabatan")
    private String pemimpinJabatan;

    @Column(name = "pemimpin_nip")
    private String pemimpinNip;

    @Column(nullable = false)
    private String peserta;

    @Column(nullable = false)
    private String agenda;

    private String progres;
    private String masalah;
    private String penyebab;
    private String strategi;

    @Column(name = "penyesuaian_target", nullable = false)
    private boolean penyesuaianTarget;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_selesai", nullable = false)
    private StatusSelesai statusSelesai = StatusSelesai.BELUM_SELESAI;

    private String keterangan;

    @Column(name = "dicatat_oleh", nullable = false, updatable = false)
    private String dicatatOleh;

    @ElementCollection
    @CollectionTable(name = "dialog_iku", joinColumns = @JoinColumn(name = "dialog_id"))
    @Column(name = "iku_akar_id")
    private Set<Long> ikuAkarIds = new LinkedHashSet<>();

    protected DialogKinerja() {
    }

    DialogKinerja(Long unitId, String dicatatOleh, Risalah r) {
        this.unitId = unitId;
        this.dicatatOleh = dicatatOleh;
        terapkan(r);
    }

    void terapkan(Risalah r) {
        tanggal = r.tanggal();
        tahun = r.tanggal().getYear();
        tingkat = r.tingkat();
        bentuk = r.bentuk();
        sifat = r.sifat();
        tempat = r.tempat();
        pemimpinNama = r.pemimpinNama();
        pemimpinJabatan = r.pemimpinJabatan();
        pemimpinNip = r.pemimpinNip();
        peserta = r.peserta();
        agenda = r.agenda();
        progres = r.progres();
        masalah = r.masalah();
        penyebab = r.penyebab();
        strategi = r.strategi();
        penyesuaianTarget = r.penyesuaianTarget();
        statusSelesai = r.statusSelesai();
        keterangan = r.keterangan();
        ikuAkarIds.clear();
        ikuAkarIds.addAll(r.ikuAkarIds());
    }

    public Risalah risalah() {
        return new Risalah(tanggal, tingkat, bentuk, sifat, tempat, pemimpinNama, pemimpinJabatan, pemimpinNip,
                peserta, agenda, progres, masalah, penyebab, strategi, penyesuaianTarget, statusSelesai, keterangan,
                List.copyOf(ikuAkarIds));
    }

    /** The quarter the dialog was held in. */
    public int triwulan() {
        return (tanggal.getMonthValue() + 2) / 3;
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

    public LocalDate getTanggal() {
        return tanggal;
    }

    public Tingkat getTingkat() {
        return tingkat;
    }

    public String getDicatatOleh() {
        return dicatatOleh;
    }
}
