package id.kinerja.organisasi.web;

import id.kinerja.organisasi.OrganisasiService;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;

/**
 * A new ministry. Levels are typed one per line, top first, as "KODE;Nama" with an optional
 * ";peta" for levels whose units own a Peta Strategi.
 */
public class OrganisasiForm {

    @NotBlank(message = "{organisasi.kode.wajib}")
    @Pattern(regexp = "[A-Z0-9_-]{2,30}", message = "{organisasi.kode.format}")
    private String kode;

    @NotBlank(message = "{organisasi.nama.wajib}")
    @Size(max = 200, message = "{organisasi.nama.panjang}")
    private String nama;

    @NotBlank(message = "{organisasi.singkatan.wajib}")
    @Size(max = 50, message = "{organisasi.singkatan.panjang}")
    private String singkatan;

    @NotBlank(message = "{organisasi.rulebook.wajib}")
    private String rulebookKey = "KEMENLU_BSC";

    @NotBlank(message = "{organisasi.kota.wajib}")
    @Size(max = 100, message = "{teks.panjangMaks}")
    private String kota = "Jakarta";

    @NotBlank(message = "{organisasi.level.wajib}")
    // a name ends in a non-space and a line's trailing blanks exclude the newline: no two parts of
    // the pattern can take the same characters, so matching stays linear (the old one was quadratic)
    @Pattern(regexp = "\\s*[A-Za-z0-9_-]+;[^\\n;]*[^\\s;](;peta)?[ \\t\\r]*"
            + "(\\n\\s*[A-Za-z0-9_-]+;[^\\n;]*[^\\s;](;peta)?[ \\t\\r]*)*\\s*",
            message = "{organisasi.level.format}")
    @Size(max = 2000, message = "{teks.panjangMaks}")
    private String level;

    @NotBlank(message = "{organisasi.unitAkar.wajib}")
    @Size(max = 250, message = "{teks.panjangMaks}")
    private String namaUnitAkar;

    @NotBlank(message = "{organisasi.kodeUnitAkar.wajib}")
    @Size(max = 40, message = "{teks.panjangMaks}")
    private String kodeUnitAkar;

    @Size(max = 200, message = "{teks.panjangMaks}")
    private String jabatanKepala;

    public OrganisasiService.OrganisasiBaru toParameters() {
        List<OrganisasiService.LevelBaru> levels = Arrays.stream(level.split("\\R")).map(String::trim)
                .filter(s -> !s.isEmpty()).map(s -> s.split(";"))
                .map(p -> new OrganisasiService.LevelBaru(p[0].trim(), p[1].trim(),
                        p.length > 2 && p[2].trim().equals("peta")))
                .toList();
        return new OrganisasiService.OrganisasiBaru(kode.trim(), nama.trim(), singkatan.trim(), rulebookKey, kota.trim(),
                levels, namaUnitAkar.trim(), kodeUnitAkar.trim(), jabatanKepala);
    }

    public String getKode() {
        return kode;
    }

    public void setKode(String kode) {
        this.kode = kode;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String nama) {
        this.nama = nama;
    }

    public String getSingkatan() {
        return singkatan;
    }

    public void setSingkatan(String singkatan) {
        this.singkatan = singkatan;
    }

    public String getRulebookKey() {
        return rulebookKey;
    }

    public void setRulebookKey(String rulebookKey) {
        this.rulebookKey = rulebookKey;
    }

    public String getKota() {
        return kota;
    }

    public void setKota(String kota) {
        this.kota = kota;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    public String getNamaUnitAkar() {
        return namaUnitAkar;
    }

    public void setNamaUnitAkar(String namaUnitAkar) {
        this.namaUnitAkar = namaUnitAkar;
    }

    public String getKodeUnitAkar() {
        return kodeUnitAkar;
    }

    public void setKodeUnitAkar(String kodeUnitAkar) {
        this.kodeUnitAkar = kodeUnitAkar;
    }

    public String getJabatanKepala() {
        return jabatanKepala;
    }

    public void setJabatanKepala(String jabatanKepala) {
        this.jabatanKepala = jabatanKepala;
    }
}
