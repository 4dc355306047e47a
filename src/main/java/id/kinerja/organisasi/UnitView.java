package id.kinerja.organisasi;

import java.time.LocalDate;

/** What pages show of a unit (never the entity itself). */
public record UnitView(Long id, Long organisasiId, String organisasi, Long indukId, String kode, String nama,
        JenisUnit jenis, String level, int kedalaman, boolean pemilikPeta, String jabatanKepala, int urutan,
        boolean aktif, LocalDate ditutupPada, long version) {

    static UnitView from(Unit u) {
        return new UnitView(u.getId(), u.getOrganisasi().getId(), u.getOrganisasi().getSingkatan(),
                u.getInduk() == null ? null : u.getInduk().getId(), u.getKode(), u.getNama(), u.getJenis(),
                u.getLevel().getNama(), u.getLevel().getKedalaman(), u.isPemilikPeta(), u.getJabatanKepala(),
                u.getUrutan(), u.isAktif(), u.getDitutupPada(), u.getVersion());
    }
}
