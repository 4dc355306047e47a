package id.kinerja.perencanaan.excel;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.perencanaan.JenisCascading;
import id.kinerja.perencanaan.MetodeCascading;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.LocationConsolidation;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import id.kinerja.scoring.Validity;
import java.util.Arrays;
import java.util.List;

/**
 * The columns of the PK/IKU workbook, in template order: one row per IKU, the SS columns
 * repeated on each row, then the Manual IKU, the annual target and the per-period targets. The
 * heading of each column is {@code excel.kolom.<kunci>} in the user's language; an uploaded file
 * is matched by heading (Indonesian or English), not by position.
 */
enum Kolom {
    KODE_IKU("kodeIku", Jenis.TEKS, 20),
    SS("ss", Jenis.TEKS, 500),
    PERSPEKTIF("perspektif", Perspective.class),
    POSISI("posisi", Jenis.BULAT, 0),
    NAMA("nama", Jenis.TEKS, 500),
    DEFINISI("definisi", Jenis.TEKS, 0),
    FORMULA("formula", Jenis.TEKS, 0),
    TUJUAN("tujuan", Jenis.TEKS, 0),
    SATUAN("satuan", Jenis.TEKS, 60),
    VALIDITAS("validitas", Validity.class),
    KENDALI("kendali", Control.class),
    KUALITAS("kualitas", QualityTier.class),
    PENANGGUNG_JAWAB("penanggungJawab", Jenis.TEKS, 300),
    PENYEDIA_DATA("penyediaData", Jenis.TEKS, 300),
    SUMBER_DATA("sumberData", Jenis.TEKS, 500),
    JENIS_CASCADING("jenisCascading", JenisCascading.class),
    METODE_CASCADING("metodeCascading", MetodeCascading.class),
    KONSOLIDASI_PERIODE("konsolidasiPeriode", PeriodConsolidation.class),
    KONSOLIDASI_LOKASI("konsolidasiLokasi", LocationConsolidation.class),
    POLARISASI("polarisasi", Polarization.class),
    PERIODE_PELAPORAN("periodePelaporan", JenisPeriode.class),
    TARGET_MAKSIMUM("targetMaksimum", Jenis.YA_TIDAK, 0),
    TARGET("target", Jenis.ANGKA, 0),
    TARGET_BAWAH("targetBawah", Jenis.ANGKA, 0),
    TARGET_ATAS("targetAtas", Jenis.ANGKA, 0),
    TW1("tw1", JenisPeriode.TRIWULAN, 1),
    TW2("tw2", JenisPeriode.TRIWULAN, 2),
    TW3("tw3", JenisPeriode.TRIWULAN, 3),
    TW4("tw4", JenisPeriode.TRIWULAN, 4),
    SMT1("smt1", JenisPeriode.SEMESTER, 1),
    SMT2("smt2", JenisPeriode.SEMESTER, 2),
    BLN1("bln1", JenisPeriode.BULAN, 1),
    BLN2("bln2", JenisPeriode.BULAN, 2),
    BLN3("bln3", JenisPeriode.BULAN, 3),
    BLN4("bln4", JenisPeriode.BULAN, 4),
    BLN5("bln5", JenisPeriode.BULAN, 5),
    BLN6("bln6", JenisPeriode.BULAN, 6),
    BLN7("bln7", JenisPeriode.BULAN, 7),
    BLN8("bln8", JenisPeriode.BULAN, 8),
    BLN9("bln9", JenisPeriode.BULAN, 9),
    BLN10("bln10", JenisPeriode.BULAN, 10),
    BLN11("bln11", JenisPeriode.BULAN, 11),
    BLN12("bln12", JenisPeriode.BULAN, 12);

    enum Jenis {
        TEKS, ANGKA, BULAT, PILIHAN, YA_TIDAK, PERIODE
    }

    /** Columns that describe the SS; every other non-blank cell makes the row an IKU row. */
    static final List<Kolom> KOLOM_SS = List.of(SS, PERSPEKTIF, POSISI);

    final String kunci;
    final Jenis jenis;
    /** Maximum text length (database column), 0 = unlimited. */
    final int panjangMaks;
    /** For PILIHAN: the enum whose constant names are the allowed values. */
    final Class<? extends Enum<?>> pilihan;
    /** For PERIODE: the reporting period kind and the period number (1-based). */
    final JenisPeriode periode;
    final int nomor;

    Kolom(String kunci, Jenis jenis, int panjangMaks) {
        this.kunci = kunci;
        this.jenis = jenis;
        this.panjangMaks = panjangMaks;
        this.pilihan = null;
        this.periode = null;
        this.nomor = 0;
    }

    Kolom(String kunci, Class<? extends Enum<?>> pilihan) {
        this.kunci = kunci;
        this.jenis = Jenis.PILIHAN;
        this.panjangMaks = 0;
        this.pilihan = pilihan;
        this.periode = null;
        this.nomor = 0;
    }

    Kolom(String kunci, JenisPeriode periode, int nomor) {
        this.kunci = kunci;
        this.jenis = Jenis.PERIODE;
        this.panjangMaks = 0;
        this.pilihan = null;
        this.periode = periode;
        this.nomor = nomor;
    }

    String judulKey() {
        return "excel.kolom." + kunci;
    }

    /** The column a trajectory field of PerencanaanService ("trajektori", "t1" …) refers to. */
    static Kolom periode(JenisPeriode jenis, int nomor) {
        return Arrays.stream(values()).filter(k -> k.periode == jenis && k.nomor == nomor).findFirst()
                .orElse(null);
    }
}
