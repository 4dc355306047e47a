package id.kinerja.realisasi;

import id.kinerja.akses.Peran;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * For the validation forum's tests: a fresh §13-like unit (past year, Kemenlu or another rulebook)
 * with its own planner, head and validator, TW I entered and submitted by the planner.
 */
public final class ForumUji {

    public static final int TAHUN = PkUji.TAHUN;

    public record Unit(long unitId, String unitKode, String perencana, String pimpinan, String validator,
            List<String> kode) {
    }

    private ForumUji() {
    }

    public static Unit siapkan(UserDetailsService users, OrganisasiService organisasi, PerencanaanService perencanaan,
            PenggunaService pengguna, RealisasiService realisasi, String rulebook) {
        PkUji.masuk(users, "admin");
        PkUji.Hasil pk = PkUji.vektor13(organisasi, perencanaan, rulebook);
        String s = pk.unitKode().toLowerCase();
        pengguna.buatAkunAwal("pr-" + s, null, "Perencana " + s, "Perencana", null, "x", false,
                List.of(Map.entry(pk.unitId(), Peran.PERENCANA)));
        pengguna.buatAkunAwal("pm-" + s, null, "Pimpinan " + s, "Kepala", null, "x", false,
                List.of(Map.entry(pk.unitId(), Peran.PIMPINAN)));
        pengguna.buatAkunAwal("va-" + s, null, "Validator " + s, "Auditor", null, "x", false,
                List.of(Map.entry(pk.unitId(), Peran.VALIDATOR)));
        List<String> kode = perencanaan.pkById(pk.pkId()).sasaran().stream().flatMap(x -> x.iku().stream())
                .map(PerencanaanService.IkuView::kode).toList();
        PkUji.masuk(users, "pr-" + s);
        isi(realisasi, pk.unitId(), kode, 1, "12", "7");
        SecurityContextHolder.clearContext();
        return new Unit(pk.unitId(), pk.unitKode(), "pr-" + s, "pm-" + s, "va-" + s, kode);
    }

    /** Enters the two quarterly IKU for quarter tw and submits it (as the signed-in user). */
    public static void isi(RealisasiService realisasi, long unitId, List<String> kode, int tw, String a, String b) {
        realisasi.simpan(unitId, TAHUN, kode.get(0), "TW" + tw, new RealisasiService.Masukan(a, null, null, null, false,
                null), null);
        realisasi.simpan(unitId, TAHUN, kode.get(1), "TW" + tw, new RealisasiService.Masukan(b, null, null, null, false,
                null), null);
        realisasi.ajukan(unitId, TAHUN, tw, realisasi.versiLaporan(unitId, TAHUN, tw));
    }

    public static void masuk(UserDetailsService users, String username) {
        PkUji.masuk(users, username);
    }
}
