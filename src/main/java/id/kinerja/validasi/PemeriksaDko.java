package id.kinerja.validasi;

/** Whether a unit's Dialog Kinerja Organisasi for a quarter is recorded (implemented by the dialog module). */
public interface PemeriksaDko {

    boolean dkoTercatat(long unitId, int tahun, int triwulan);
}
