package id.kinerja.organisasi;

/** A validated create/edit request for a unit. */
public record UnitParameters(Long indukId, String kode, String nama, JenisUnit jenis, boolean pemilikPeta,
        String jabatanKepala, int urutan) {
}
