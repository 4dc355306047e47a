package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.PeriodConsolidation;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.QualityTier;
import java.math.BigDecimal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh Marves unit with a draft 2026 PK holding one SS and one IKU, made as the ministry's PKO
 * (the signed-in context is cleared again): the starting point of the planning page tests.
 */
final class PkUjiBaru {

    record Pk(long unitId, long pkId, long ssId, long ikuId) {
    }

    private PkUjiBaru() {
    }

    /** The annual count IKU the planning tests edit ("Jumlah rekomendasi kebijakan", target 12 documents). */
    static IkuParameters ikuRekomendasi() {
        return new IkuParameters(1,
                new UraianIku("Jumlah rekomendasi kebijakan", "Rekomendasi yang disampaikan", "Jumlah rekomendasi",
                        null, "dokumen", "Deputi", "Sekretariat", "Laporan"),
                new KlasifikasiIku(null, null, QualityTier.OUTPUT, Polarization.MAXIMIZE),
                new KonsolidasiIku(JenisCascading.N, null, PeriodConsolidation.SUM, null, JenisPeriode.TAHUN),
                new TargetIku(false, new BigDecimal("12"), null, null, null, null), null);
    }

    static Pk buat(UserDetailsService users, UnitService units, JdbcTemplate jdbc, PerencanaanService perencanaan,
            String awalan, String ssNama, Perspective perspektif, IkuParameters iku) {
        long unitId = UnitUji.buat(users, units, jdbc, awalan);
        UserDetails u = users.loadUserByUsername("marves.pko");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        try {
            long pk = perencanaan.buka(unitId, 2026).id();
            long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, ssNama, null, perspektif, 1);
            long ikuId = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, iku);
            return new Pk(unitId, pk, ss, ikuId);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
