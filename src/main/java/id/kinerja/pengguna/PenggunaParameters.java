package id.kinerja.pengguna;

import id.kinerja.akses.Peran;

/**
 * Create/edit request. {@code unitId}/{@code peran} give a new user their first assignment (a unit
 * manager can only create users inside their own subtree); password is only used on create.
 */
public record PenggunaParameters(String username, String nip, String nama, String jabatan, String pangkatGolongan,
        String email, String password, boolean aktif, boolean superAdmin, Long unitId, Peran peran) {
}
