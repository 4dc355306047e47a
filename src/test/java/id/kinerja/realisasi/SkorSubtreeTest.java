package id.kinerja.realisasi;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.platform.waktu.Waktu;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.junit.jupiter.api.Assertions;

/**
 * The batch read of a subtree scores every unit exactly as {@link SkorService#sampaiDengan} does
 * (field by field, every quarter, both demo organisations), from a fixed handful of statements
 * that does not grow with the number of units or IKU.
 */
@IntegrationTest
class SkorSubtreeTest {

    @Autowired
    Clock clock;

    @Autowired
    SkorService skor;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    id.kinerja.organisasi.OrganisasiQuery organisasi;

    @Autowired
    EntityManagerFactory emf;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void samaDenganSkorPerUnit() {
        PkUji.masuk(users, "admin");
        int dibandingkan = 0;
        for (String akar : List.of("KEMENLU", "MARVES")) {
            for (int tw = 1; tw <= 4; tw++) {
                for (SkorService.SkorUnit su : skor.subtree(DemoUnits.id(jdbc, akar), 2026, tw)) {
                    if (su.skor() == null) {
                        continue;
                    }
                    // the single-unit path itself (sampaiDengan may answer from a cached batch)
                    SkorService.HasilSkor satu = skor.hitungSendiri(su.unit().id(), 2026, tw);
                    assertThat(su.skor()).as(su.unit().kode() + " TW" + tw).isEqualTo(satu);
                    dibandingkan++;
                }
            }
        }
        assertThat(dibandingkan).isGreaterThanOrEqualTo(30);
    }

    @Test
    void semuaTriwulanSekaliBacaSamaDenganSubtreePerTriwulan() {
        PkUji.masuk(users, "admin");
        for (String akar : List.of("KEMENLU", "MARVES")) {
            Long id = DemoUnits.id(jdbc, akar);
            List<List<SkorService.SkorUnit>> sekaligus = skor.subtreeSampai(id, 2026, 4);
            assertThat(sekaligus).hasSize(4);
            for (int tw = 1; tw <= 4; tw++) {
                assertThat(sekaligus.get(tw - 1)).as(akar + " TW" + tw).isEqualTo(skor.subtree(id, 2026, tw));
            }
        }
    }

    @Autowired
    id.kinerja.perencanaan.RencanaKinerjaApi rencana;

    /** The batch's streamed plan read gives the very records the entity path gives (every PK in the database). */
    @Test
    void bacaanRencanaMassalSamaDenganPerUnit() {
        int dibandingkan = 0;
        for (var baris : jdbc.queryForList("""
                select distinct p.unit_id, u.organisasi_id, t.tahun from perjanjian_kinerja p
                join unit u on u.id = p.unit_id join tahun_anggaran t on t.id = p.tahun_anggaran_id
                where p.status in ('DITETAPKAN', 'DIGANTIKAN')""")) {
            Long unit = ((Number) baris.get("unit_id")).longValue();
            Long org = ((Number) baris.get("organisasi_id")).longValue();
            int tahun = ((Number) baris.get("tahun")).intValue();
            var versi = rencana.semuaVersi(List.of(unit), org, tahun).get(unit);
            for (int tw = 1; tw <= 4; tw++) {
                var satu = rencana.berlaku(unit, org, tahun, tw);
                assertThat(id.kinerja.perencanaan.RencanaKinerjaApi.pilih(versi, tw)).as("unit " + unit + " TW" + tw)
                        .isEqualTo(satu);
                dibandingkan++;
            }
        }
        assertThat(dibandingkan).isGreaterThanOrEqualTo(30);
    }

    @Test
    void keadaanTakPernahHijauTanpaData() {
        PkUji.masuk(users, "admin");
        List<SkorService.SkorUnit> semua = skor.subtree(DemoUnits.id(jdbc, "KEMENLU"), 2026, 3);
        SkorService.SkorUnit aspasaf = semua.stream().filter(s -> s.unit().kode().equals("ASPASAF")).findFirst()
                .orElseThrow();
        // Aspasaf entered nothing for TW III: late, whatever its score s.d. TW III says (on a suite
        // clock before the demo's TW III has ended, its values are not there: no data, never green)
        boolean demoTw3 = Waktu.hariIni(clock).isAfter(LocalDate.of(2026, 9, 30));
        assertThat(aspasaf.keadaan()).isEqualTo(demoTw3 ? SkorService.Keadaan.BELUM_DILAPORKAN
                : SkorService.Keadaan.TIDAK_ADA_DATA);
        assertThat(semua).filteredOn(s -> s.skor() == null)
                .allSatisfy(s -> assertThat(s.keadaan()).isEqualTo(SkorService.Keadaan.TIDAK_ADA_DATA));
    }

    @Test
    void segelintirQueryUntukSatuKementerian() {
        PkUji.masuk(users, "admin");
        Long kemenlu = DemoUnits.id(jdbc, "KEMENLU");
        Statistics st = emf.unwrap(SessionFactory.class).getStatistics();
        boolean semula = st.isStatisticsEnabled();
        st.setStatisticsEnabled(true);
        try {
            st.clear();
            List<SkorService.SkorUnit> hasil = skor.subtree(kemenlu, 2026, 3);
            long batch = st.getPrepareStatementCount();
            st.clear();
            int denganPk = 0;
            for (SkorService.SkorUnit su : hasil) {
                if (su.skor() != null) {
                    skor.hitungSendiri(su.unit().id(), 2026, 3);
                    denganPk++;
                }
            }
            long perUnit = st.getPrepareStatementCount();
            // the single-unit path reads ahead (MuatanTautan): about twenty statements a unit, not one per
            // IKU and link (302 for these units before, 108 after)
            assertThat(perUnit).isLessThanOrEqualTo(25L * denganPk);
            System.out.printf("subtree KEMENLU s.d. TW III: %d units, batch %d statements, per unit %d%n",
                    hasil.size(), batch, perUnit);
            // units, 3 plan reads, links, values, reports, periods, rulebook and level look-ups
            assertThat(batch).isLessThanOrEqualTo(20).isLessThan(perUnit);
        } finally {
            st.setStatisticsEnabled(semula);
        }
    }

    @Test
    void diLuarJangkauanDitolak() {
        PkUji.masuk(users, "marves.pko");
        Assertions.assertThrows(AccessDeniedException.class,
                () -> skor.subtree(DemoUnits.id(jdbc, "KEMENLU"), 2026, 3));
    }

    /** The entry page's preview reads once for both scores; they equal two separate computations. */
    @Test
    void pratinjauSekaliBacaSamaDenganDuaHitungan() {
        PkUji.masuk(users, "admin");
        int dibandingkan = 0;
        for (SkorService.SkorUnit su : skor.subtree(DemoUnits.id(jdbc, "KEMENLU"), 2026, 3)) {
            var unit = organisasi.unit(su.unit().id()).orElseThrow();
            for (int tw = 1; tw <= 3; tw++) {
                var pk = rencana.berlaku(unit.id(), unit.organisasiId(), 2026, tw);
                if (pk.isEmpty()) {
                    continue;
                }
                var keduanya = skor.hitungSdDanPeriode(unit, pk.get(), 2026, tw, java.util.Map.of());
                assertThat(keduanya.get(0)).isEqualTo(skor.hitung(unit, pk.get(), 2026, tw, false, java.util.Map.of()));
                assertThat(keduanya.get(1)).isEqualTo(skor.hitung(unit, pk.get(), 2026, tw, true, java.util.Map.of()));
                dibandingkan++;
            }
        }
        assertThat(dibandingkan).isGreaterThanOrEqualTo(10);
    }
}
