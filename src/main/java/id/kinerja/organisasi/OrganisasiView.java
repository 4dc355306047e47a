package id.kinerja.organisasi;

import java.util.List;

public record OrganisasiView(Long id, String kode, String nama, String singkatan, String rulebookKey, String kota,
        Long unitAkarId, List<String> level) {
}
