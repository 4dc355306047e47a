package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The score cache (docs/adr/0022) serves a subtree again only while nothing a score reads has
 * been committed since: any write to a score table — even plain SQL, as another instance or a
 * hand fix would do — moves versi_skor and the next read recomputes; a transaction that has
 * written itself never uses it.
 */
@IntegrationTest
class SkorCacheTest {

    @Autowired
    SkorService skor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    PemanasSkor pemanas;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    private long versi() {
        return jdbc.queryForObject("select versi from versi_skor where id = 1", Long.class);
    }

    @Test
    void tulisanTerkomitApaPunMembatalkanCache() {
        PkUji.masuk(users, "admin");
        Long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
        List<List<SkorService.SkorUnit>> a = skor.subtreeSampai(kemenlu, 2026, 3);
        assertThat(skor.subtreeSampai(kemenlu, 2026, 3)).isSameAs(a);
        for (String sql : List.of("update unit set nama = nama where id = ?",
                "update realisasi set nilai = nilai where unit_id = ?",
                "update laporan_realisasi set status = status where unit_id = ?")) {
            long sebelum = versi();
            jdbc.update(sql, kemenlu);
            if (sql.contains("unit set")) {
                assertThat(versi()).as(sql).isNotEqualTo(sebelum);
            }
            List<List<SkorService.SkorUnit>> b = skor.subtreeSampai(kemenlu, 2026, 3);
            if (versi() != sebelum) {
                assertThat(b).as(sql).isNotSameAs(a).isEqualTo(a);
            }
            a = b;
        }
    }

    @Test
    void transaksiYangSudahMenulisTidakMemakaiCache() {
        PkUji.masuk(users, "admin");
        Long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
        List<List<SkorService.SkorUnit>> a = skor.subtreeSampai(kemenlu, 2026, 2);
        long sebelum = versi();
        tx.executeWithoutResult(s -> {
            jdbc.update("update unit set nama = nama || ' (sementara)' where id = ?", kemenlu);
            List<List<SkorService.SkorUnit>> dalam = skor.subtreeSampai(kemenlu, 2026, 2);
            assertThat(dalam).isNotSameAs(a);
            assertThat(dalam.get(1).get(0).unit().nama()).endsWith("(sementara)");
            s.setRollbackOnly();
        });
        // rolled back: the token did not move and the cached result (without the rename) still serves
        assertThat(versi()).isEqualTo(sebelum);
        assertThat(skor.subtreeSampai(kemenlu, 2026, 2)).isSameAs(a);
        assertThat(a.get(1).get(0).unit().nama()).doesNotEndWith("(sementara)");
    }

    @Test
    void subtreeDariEntriLeluhurSamaDenganHitunganSendiri() {
        PkUji.masuk(users, "admin");
        Long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
        Long roren = DemoUnits.id(jdbc, "ROREN");
        jdbc.update("update unit set nama = nama where id = ?", kemenlu); // a fresh token: nothing cached
        List<List<SkorService.SkorUnit>> akar = skor.subtreeSampai(kemenlu, 2026, 3);
        List<List<SkorService.SkorUnit>> turunan = skor.subtreeSampai(roren, 2026, 3);
        assertThat(turunan.get(2)).isNotEmpty();
        assertThat(turunan.get(2).get(0).unit().kode()).isEqualTo("ROREN");
        assertThat(turunan.get(2).get(0)).isSameAs(akar.get(2).stream()
                .filter(s -> s.unit().id().equals(roren)).findFirst().orElseThrow());
        for (int q = 1; q <= 3; q++) {
            assertThat(turunan.get(q - 1)).as("TW " + q).isEqualTo(skor.subtree(roren, 2026, q));
        }
    }

    @Test
    void pemanasMenghitungUlangYangBasiSetelahTulisan() {
        PkUji.masuk(users, "admin");
        Long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
        // entries other tests asked for and then made stale are warmed first: this test counts its own
        for (int i = 0; i < 5 && pemanas.putaran() > 0; i++) {
            // each round recomputes what is stale now; a round with nothing to do ends it
        }
        List<List<SkorService.SkorUnit>> a = skor.subtreeSampai(kemenlu, 2026, 1);
        assertThat(pemanas.putaran()).isZero();
        jdbc.update("update realisasi set nilai = nilai where unit_id = ?", DemoUnits.id(jdbc, "ROREN"));
        jdbc.update("update unit set nama = nama where id = ?", kemenlu);
        assertThat(pemanas.putaran()).isPositive();
        assertThat(pemanas.putaran()).isZero();
        List<List<SkorService.SkorUnit>> b = skor.subtreeSampai(kemenlu, 2026, 1);
        assertThat(b).isNotSameAs(a).isEqualTo(a).isSameAs(skor.subtreeSampai(kemenlu, 2026, 1));
    }

    @Test
    void skorSatuUnitDariEntriSubtreeDanPerBahasa() {
        PkUji.masuk(users, "admin");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("id-ID"));
        Long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
        Long roren = DemoUnits.id(jdbc, "ROREN");
        jdbc.update("update unit set nama = nama where id = ?", kemenlu);
        SkorService.HasilSkor sendiri = skor.sampaiDengan(roren, 2026, 2);
        assertThat(skor.sampaiDengan(roren, 2026, 2)).as("kept per unit").isSameAs(sendiri);
        List<List<SkorService.SkorUnit>> akar = skor.subtreeSampai(kemenlu, 2026, 3);
        SkorService.HasilSkor dariAkar = akar.get(1).stream().filter(s -> s.unit().id().equals(roren)).findFirst()
                .orElseThrow().skor();
        assertThat(skor.sampaiDengan(roren, 2026, 2)).as("s.d. TW II inside an entry s.d. TW III").isSameAs(dariAkar)
                .isEqualTo(sendiri);
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        SkorService.HasilSkor inggris = skor.sampaiDengan(roren, 2026, 2);
        assertThat(inggris).isNotSameAs(dariAkar);
        assertThat(inggris.score()).isEqualByComparingTo(dariAkar.score());
    }
}
