package id.kinerja.skala;

/**
 * Size of a generated ministry (docs/performa.md). The default is issue 13's ministry: 15 Eselon I
 * with 10 Eselon II each, 250 perwakilan and 6,000 individual PKs of 10–20 IKU.
 *
 * @param kode          organisation code; unit codes start with it, so several sets can coexist
 * @param eselon1       Eselon I units under the root
 * @param eselon2       Eselon II units per Eselon I
 * @param perwakilan    missions abroad, directly under the root
 * @param individu      individual (JABATAN) PKs, spread over the Eselon II units
 * @param pengguna      sign-in accounts with different reach (PKO pusat, pimpinan, perencana, PKO unit)
 * @param seed          random seed: the same size and seed give the same data
 */
public record UkuranSkala(String kode, int tahun, int eselon1, int eselon2, int perwakilan, int individu,
        int pengguna, long seed) {

    public static final int IKU_STRUKTURAL_MIN = 12;
    public static final int IKU_MIN = 10;
    public static final int IKU_MAX = 20;

    public UkuranSkala {
        if (kode == null || !kode.matches("[A-Z][A-Z0-9]{1,19}")) {
            throw new IllegalArgumentException("kode: 2–20 huruf besar/angka, diawali huruf");
        }
        if (eselon1 < 1 || eselon1 > 99 || eselon2 < 0 || eselon2 > 99 || perwakilan < 0 || perwakilan > 999
                || individu < 0 || individu > 100_000 || pengguna < 1 || pengguna > 1000) {
            throw new IllegalArgumentException("ukuran di luar batas");
        }
        if (individu > 0 && eselon2 == 0) {
            throw new IllegalArgumentException("PK individu butuh unit Eselon II");
        }
    }

    public static UkuranSkala kementerian() {
        return new UkuranSkala("SKALA", 2026, 15, 10, 250, 6000, 50, 42L);
    }
}
