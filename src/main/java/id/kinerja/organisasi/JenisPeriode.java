package id.kinerja.organisasi;

/** Reporting period kinds; an IKU reports in one of them. */
public enum JenisPeriode {
    BULAN(12), TRIWULAN(4), SEMESTER(2), TAHUN(1);

    private final int jumlahPerTahun;

    JenisPeriode(int jumlahPerTahun) {
        this.jumlahPerTahun = jumlahPerTahun;
    }

    public int jumlahPerTahun() {
        return jumlahPerTahun;
    }

    public int bulanPerPeriode() {
        return 12 / jumlahPerTahun;
    }
}
