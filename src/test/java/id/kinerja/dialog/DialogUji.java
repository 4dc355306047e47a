package id.kinerja.dialog;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.Peran;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Validity;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A fresh Marves-rulebook organisation: a root (UPK0) and a deputy unit (UPK1) whose 2026 PK is
 * approved with one quarterly SUM IKU (target 100; 10/20/30/40) and a TW III activity, and its
 * people (password "demo"): a planner of the deputy unit, the central PKO and the head of the root.
 */
final class DialogUji {

    static final int TAHUN = 2026;

    record Hasil(String akhiran, long akarId, long unitId, long pkId, long ikuId, long kegiatanId, String perencana,
            String pko, String pimpinan) {
    }

    private DialogUji() {
    }

    static Hasil buat(OrganisasiService organisasi, UnitService units, PerencanaanService perencanaan,
            RencanaAksiService renaksi, PenggunaService pengguna, PasswordEncoder encoder, UserDetailsService users) {
        masuk(users, "admin");
        String a = UUID.randomUUID().toString().substring(0, 6).toLowerCase();
        var org = organisasi.buatTanpaPemeriksaan(new OrganisasiService.OrganisasiBaru("DLG-" + a.toUpperCase(),
                "Kementerian Dialog " + a, "Dlg" + a, "MARVES", "Jakarta",
                List.of(new OrganisasiService.LevelBaru("UPK0", "UPK level-0", true),
                        new OrganisasiService.LevelBaru("UPK1", "UPK level-1", true)),
                "Kementerian Dialog " + a, "DLG0-" + a.toUpperCase(), "Menteri Dialog"));
        organisasi.bukaTahunTanpaPemeriksaan(org.id(), TAHUN);
        long akar = org.unitAkarId();
        long unit = units.buat(new UnitParameters(akar, "DLG1-" + a.toUpperCase(), "Deputi Dialog " + a,
                JenisUnit.UNIT_KERJA, true, "Deputi Dialog", 1)).id();
        long pk = perencanaan.buka(unit, TAHUN).id();
        Long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya koordinasi kebijakan", null,
                Perspective.STAKEHOLDER, 1);
        Long iku = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, IkuMother.iku(
                "Jumlah rekomendasi kebijakan").satuan("rekomendasi").bsc(Validity.EXACT, Control.MODERATE)
                .target("100").build());
        perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), iku, List.of(new BigDecimal("10"),
                new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("40")));
        long kegiatan = renaksi.tambahKegiatan(pk, perencanaan.versi(pk), iku, new RencanaAksiService.KegiatanParameters(3,
                "Rapat koordinasi kebijakan energi", new BigDecimal("25000000"), "Notulen", false, null, null));
        perencanaan.ajukan(pk, perencanaan.pkById(pk).version());
        // approved by the super admin under another name: segregation of duties
        var semula = SecurityContextHolder.getContext().getAuthentication();
        KinerjaUser u = (KinerjaUser) semula.getPrincipal();
        KinerjaUser penyetuju = new KinerjaUser(u.getId(), "penyetuju-dialog", "", u.getNama(), true, false, true,
                List.of());
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(penyetuju, null, penyetuju.getAuthorities()));
        perencanaan.tetapkan(pk, perencanaan.pkById(pk).version());
        SecurityContextHolder.getContext().setAuthentication(semula);
        String hash = encoder.encode("demo");
        String perencana = "dlg.perencana." + a;
        String pko = "dlg.pko." + a;
        String pimpinan = "dlg.pimpinan." + a;
        pengguna.buatAkunAwal(perencana, null, "Perencana Dialog", "Perencana", null, hash, false,
                List.of(Map.entry(unit, Peran.PERENCANA)));
        pengguna.buatAkunAwal(pko, null, "PKO Dialog", "Kepala Bagian Perencanaan", null, hash, false,
                List.of(Map.entry(akar, Peran.PKO_PUSAT)));
        pengguna.buatAkunAwal(pimpinan, null, "Pimpinan Dialog", "Menteri", null, hash, false,
                List.of(Map.entry(akar, Peran.PIMPINAN)));
        SecurityContextHolder.clearContext();
        return new Hasil(a, akar, unit, pk, iku, kegiatan, perencana, pko, pimpinan);
    }

    static void masuk(UserDetailsService users, String username) {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }
}
