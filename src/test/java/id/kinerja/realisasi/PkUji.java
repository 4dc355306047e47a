package id.kinerja.realisasi;

import id.kinerja.akses.KinerjaUser;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.IkuParameters;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.Validity;
import id.kinerja.support.IkuMother;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Builds a fresh organisation (Kemenlu rulebook) with an approved PK like scoring.md §13's vector,
 * through the planning service, in a past year so that every period has started.
 */
final class PkUji {

    static final int TAHUN = 2021;

    record Hasil(String orgKode, String unitKode, long unitId, long pkId) {
    }

    private PkUji() {
    }

    /**
     * Approves as someone other than the drafter (segregation of duties): the same super admin
     * under another name, then the drafter again.
     */
    static void tetapkan(PerencanaanService perencanaan, long pkId) {
        var context = SecurityContextHolder.getContext();
        var semula = context.getAuthentication();
        KinerjaUser u = (KinerjaUser) semula.getPrincipal();
        KinerjaUser penyetuju = new KinerjaUser(u.getId(), "penyetuju-uji", "", u.getNama(), true, false, true,
                List.of());
        context.setAuthentication(new UsernamePasswordAuthenticationToken(penyetuju, null,
                penyetuju.getAuthorities()));
        try {
            perencanaan.tetapkan(pkId, perencanaan.pkById(pkId).version());
        } finally {
            context.setAuthentication(semula);
        }
    }

    static void masuk(UserDetailsService users, String username) {
        KinerjaUser u = (KinerjaUser) users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
    }

    static IkuParameters iku(String nama, Polarization pol, PeriodConsolidation kons, JenisPeriode periode,
            String target, Validity v, Control c) {
        return IkuMother.iku(nama).satuan("unit").bsc(v, c).polarisasi(pol).konsolidasi(kons).periode(periode)
                .target(target).build();
    }

    /** S1 (STAKEHOLDER) S1.1 MAX SUM 10/20/30/40; S2 (INTERNAL) MIN TAKE_LAST 8/7/6/5 and a yearly IKU. */
    static Hasil vektor13(OrganisasiService organisasi, PerencanaanService perencanaan) {
        return vektor13(organisasi, perencanaan, "KEMENLU_BSC");
    }

    static Hasil vektor13(OrganisasiService organisasi, PerencanaanService perencanaan, String rulebook) {
        String akhiran = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String unitKode = "U13-" + akhiran;
        var org = organisasi.buatTanpaPemeriksaan(new OrganisasiService.OrganisasiBaru("ORG13-" + akhiran,
                "Organisasi Uji " + akhiran, "Uji" + akhiran, rulebook, "Jakarta",
                List.of(new OrganisasiService.LevelBaru("WIDE", "Wide", true),
                        new OrganisasiService.LevelBaru("ONE", "One", true)),
                "Kementerian Uji " + akhiran, unitKode, "Menteri Uji"));
        organisasi.bukaTahunTanpaPemeriksaan(org.id(), TAHUN);
        long unitId = org.unitAkarId();
        long pk = perencanaan.buka(unitId, TAHUN).id();
        Long s1 = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Sasaran pemangku kepentingan", null, Perspective.STAKEHOLDER, 1);
        Long s5 = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Sasaran proses internal", null, Perspective.INTERNAL_PROCESS, 1);
        Long i11 = perencanaan.simpanIku(pk, perencanaan.versi(pk), s1, null, iku("Jumlah kesepakatan", Polarization.MAXIMIZE,
                PeriodConsolidation.SUM, JenisPeriode.TRIWULAN, "100", Validity.EXACT, Control.LOW));
        perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), i11, traj("10", "20", "30", "40"));
        Long i51 = perencanaan.simpanIku(pk, perencanaan.versi(pk), s5, null, iku("Waktu layanan", Polarization.MINIMIZE,
                PeriodConsolidation.TAKE_LAST_KNOWN, JenisPeriode.TRIWULAN, "5", Validity.PROXY, Control.MODERATE));
        perencanaan.simpanTrajektori(pk, perencanaan.versi(pk), i51, traj("8", "7", "6", "5"));
        perencanaan.simpanIku(pk, perencanaan.versi(pk), s5, null, iku("Indeks tahunan", Polarization.MAXIMIZE,
                PeriodConsolidation.TAKE_LAST_KNOWN, JenisPeriode.TAHUN, "100", Validity.PROXY, Control.MODERATE));
        perencanaan.ajukan(pk, perencanaan.pkById(pk).version());
        tetapkan(perencanaan, pk);
        return new Hasil(org.kode(), unitKode, unitId, pk);
    }

    static List<BigDecimal> traj(String... v) {
        return Arrays.stream(v).map(BigDecimal::new).toList();
    }
}
