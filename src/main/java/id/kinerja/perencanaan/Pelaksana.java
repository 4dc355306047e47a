package id.kinerja.perencanaan;

/** An acting official signs as Plt. (pelaksana tugas) or Plh. (pelaksana harian). */
public enum Pelaksana {
    PLT("Plt."), PLH("Plh.");

    private final String singkatan;

    Pelaksana(String singkatan) {
        this.singkatan = singkatan;
    }

    /** The prefix printed before the position, e.g. "Plt. Direktur Asia Timur dan Pasifik". */
    public String singkatan() {
        return singkatan;
    }
}
