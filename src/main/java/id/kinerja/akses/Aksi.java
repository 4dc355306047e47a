package id.kinerja.akses;

import java.util.EnumSet;
import java.util.Set;

/** What a user wants to do on a unit; each action names the roles that may do it. */
public enum Aksi {
    /** Read a unit's pages and data. */
    LIHAT(EnumSet.allOf(Peran.class)),
    /** Create, move, close units; manage users and their assignments; open fiscal years. */
    KELOLA_ORGANISASI(EnumSet.of(Peran.PKO_PUSAT, Peran.PKO_UNIT)),
    /** Draft plans and enter realisasi. */
    SUSUN(EnumSet.of(Peran.PERENCANA, Peran.PKO_PUSAT, Peran.PKO_UNIT)),
    /** Approve (tetapkan) or return what the level below submitted. */
    SETUJUI(EnumSet.of(Peran.PIMPINAN, Peran.PKO_PUSAT, Peran.PKO_UNIT)),
    /** Mark realisasi valid / tidak valid in the validation forum. */
    VALIDASI(EnumSet.of(Peran.VALIDATOR, Peran.PKO_PUSAT)),
    /** Edit the organisation's rulebook (central PKO only). */
    KELOLA_RULEBOOK(EnumSet.of(Peran.PKO_PUSAT)),
    /**
     * Read an employee's confidential NP / NCKP (Kemenlu §G.8): heads above (and the employee's
     * own head role), performance managers and HR officials with reach; see penilaian.
     */
    LIHAT_NCKP(EnumSet.of(Peran.PIMPINAN, Peran.PKO_PUSAT, Peran.PKO_UNIT, Peran.PENGELOLA_SDM));

    private final Set<Peran> peranBoleh;

    Aksi(Set<Peran> peranBoleh) {
        this.peranBoleh = peranBoleh;
    }

    public boolean bolehOleh(Peran peran) {
        return peranBoleh.contains(peran);
    }
}
