package id.kinerja.dasbor;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The assembled dashboard (docs/adr/0026) is served again only while nothing it shows has been
 * committed since: an analysis written by plain SQL (as another instance would) moves
 * versi_dasbor — not versi_skor, so the scores stay cached — and the next page is assembled anew;
 * the drill-down is built per request on top of the cached page.
 */
@IntegrationTest
@WithUserDetails("kemenlu.pimpinan")
class DasborCacheTest {

    @Autowired
    DasborService dasbor;

    @Autowired
    JdbcTemplate jdbc;

    private long versi(String tabel) {
        return jdbc.queryForObject("select versi from " + tabel + " where id = 1", Long.class);
    }

    @Test
    void halamanTersimpanSampaiAdaTulisanYangDitampilkan() {
        var a = dasbor.halaman("ROREN", 2026, "TW3", null, null, null);
        var b = dasbor.halaman("ROREN", 2026, "TW3", null, null, null);
        assertThat(b.diri()).isSameAs(a.diri());
        assertThat(b.drill().tingkat()).isEqualTo("UNIT");

        String ss = a.hasil().indikator().get(0).ssKode();
        var c = dasbor.halaman("ROREN", 2026, "TW3", null, ss, null);
        assertThat(c.diri()).isSameAs(a.diri());
        assertThat(c.drill().tingkat()).isEqualTo("SS");
        assertThat(c.drill().daftarIku()).isNotEmpty().allMatch(i -> i.ssKode().equals(ss));

        long skor = versi("versi_skor");
        long tampil = versi("versi_dasbor");
        int n = jdbc.update("update analisis_iku set narasi = narasi where unit_id = ?", DemoUnits.id(jdbc, "ROREN"));
        if (n == 0) {
            jdbc.update("update peta_panah set dari_ss_id = dari_ss_id");
        }
        assertThat(versi("versi_dasbor")).isNotEqualTo(tampil);
        assertThat(versi("versi_skor")).isEqualTo(skor);
        var d = dasbor.halaman("ROREN", 2026, "TW3", null, null, null);
        assertThat(d.diri()).isNotSameAs(a.diri()).isEqualTo(a.diri());

        jdbc.update("update realisasi set nilai = nilai where unit_id = ?", DemoUnits.id(jdbc, "ROREN"));
        assertThat(versi("versi_dasbor")).isNotEqualTo(tampil);
        assertThat(dasbor.halaman("ROREN", 2026, "TW3", null, null, null).diri()).isNotSameAs(d.diri());
    }

    @Test
    void matriksMemakaiSkorHalamanDasbor() {
        var d = dasbor.halaman("ROREN", 2026, "TW2", null, null, null);
        var m = dasbor.matriks("ROREN", 2026, "TW2");
        assertThat(m.hasil()).isSameAs(d.hasil());
    }

    @Test
    void htmlYangDisimpanDibatasi() {
        var cache = new DasborCache(jdbc, true, 10, org.springframework.util.unit.DataSize.ofBytes(3_000));
        var dirakit = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntFunction<DasborCache.Kunci> kunci = i -> new DasborCache.Kunci((long) i, 2026, 3,
                java.time.LocalDate.of(2026, 11, 23));
        java.util.function.Supplier<DasborService.Inti> rakit = () -> {
            dirakit.incrementAndGet();
            var tampilan = new java.util.concurrent.ConcurrentHashMap<String, String>();
            tampilan.put("id|UNIT|null|null", "x".repeat(1_000)); // 2 KB counted
            return new DasborService.Inti(new DasborService.Dasbor(null, null, java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), null, null, java.util.List.of(), java.util.List.of(), null,
                    null, tampilan), java.util.Map.of());
        };
        cache.ambil(kunci.apply(1), rakit);
        cache.ambil(kunci.apply(2), rakit);
        assertThat(dirakit).hasValue(2);
        cache.ambil(kunci.apply(2), rakit);
        assertThat(dirakit).as("the newest page stays").hasValue(2);
        cache.ambil(kunci.apply(1), rakit);
        assertThat(dirakit).as("the older page went: 4 KB of HTML is over 3 KB").hasValue(3);
    }
}
