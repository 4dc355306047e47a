package id.kinerja.akses;

import java.util.List;
import java.util.Optional;

/**
 * What access control needs to know, answered by the modules that own it (organisasi: unit paths;
 * pengguna: accounts and their roles), so akses reads no feature's tables and depends on none.
 */
public interface SumberAkses {

    /** The path of the unit, empty when there is no such unit. */
    interface JalurUnit {
        Optional<String> path(long unitId);
    }

    /** An active account's super-admin flag and its roles on active units. */
    interface PenugasanPengguna {

        /** Empty when the account does not exist or is inactive. */
        Optional<Boolean> superAdminAktif(long penggunaId);

        List<AksesService.Penugasan> penugasanAktif(long penggunaId);
    }
}
