package id.kinerja.skala;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.cascading.MetodeLink;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.StatusPk;
import id.kinerja.realisasi.SkorService;
import id.kinerja.realisasi.SkorService.HasilSkor;
import id.kinerja.realisasi.SkorService.IkuSkor;
import id.kinerja.realisasi.StatusSkor;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The ministry generator on a small scale: what it loads, the application's own services read and score. */
@IntegrationTest
class MuatSkalaTest {

    @Autowired
    MuatSkala muat;

    @Autowired
    SkorService skor;

    @Autowired
    RencanaKinerjaApi rencana;

    @Autowired
    OrganisasiQuery organisasi;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void masuk() {
        UserDetails admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSmallMinistryLoadsAndTheScoreServiceScoresEveryUnit() {
        String kode = "SK" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
        MuatSkala.Hasil h = muat.muat(new UkuranSkala(kode, 2026, 2, 2, 1, 5, 4, 7L), "rahasia-uji");

        assertThat(h.unit()).isEqualTo(1 + 2 + 4 + 1 + 5);
        assertThat(h.pk()).isEqualTo(h.unit());
        assertThat(h.iku()).isBetween(8 * 12 + 5 * 10, 13 * 20);
        assertThat(h.realisasi()).isPositive().isLessThan(h.targetPeriode());
        assertThat(count("select count(*) from realisasi r join unit u on u.id = r.unit_id where u.organisasi_id = ?",
                h.organisasiId())).isEqualTo(h.realisasi());
        assertThat(count("select count(*) from perjanjian_kinerja p join unit u on u.id = p.unit_id"
                + " where u.organisasi_id = ? and p.status = 'DITETAPKAN'", h.organisasiId())).isEqualTo(h.pk());
        // no value is stored on an IKU whose values flow up from below
        assertThat(count("select count(*) from realisasi r join cascading c on c.atas_iku_id = r.iku_id"
                + " and c.metode in ('DIRECT', 'INDIRECT') join unit u on u.id = r.unit_id where u.organisasi_id = ?",
                h.organisasiId())).isZero();

        Long akar = unitId(kode);
        Long e1 = unitId(kode + "-E1-01");
        Long e2a = unitId(kode + "-E1-01-E2-01");
        Long e2b = unitId(kode + "-E1-01-E2-02");
        Long individu = unitId(kode + "-E1-01-E2-01-J0001");
        Long pwk = unitId(kode + "-PWK-001");
        assertThat(rencana.berlaku(e1, h.organisasiId(), 2026, 3)).get()
                .satisfies(pk -> assertThat(pk.status()).isEqualTo(StatusPk.DITETAPKAN));

        for (Long unit : List.of(akar, e1, e2a, e2b, individu, pwk)) {
            HasilSkor s = skor.sampaiDengan(unit, 2026, 3);
            assertThat(s.score()).as("skor %s", unit).isNotNull().isPositive();
            assertThat(s.status()).isEqualTo(StatusSkor.SEMENTARA);
            assertThat(s.indikator()).allSatisfy(i -> {
                assertThat(i.realisasi()).as("realisasi %s", i.kode()).isNotNull();
                assertThat(i.capaian()).as("capaian %s", i.kode()).isNotNull();
                assertThat(i.belumDilaporkan()).isEmpty();
            });
        }

        // INDIRECT: the Eselon I percentage is the average of its two Eselon II units' values
        IkuSkor atas = skor.sampaiDengan(e1, 2026, 3).indikator().stream()
                .filter(i -> i.turunan() != null && i.turunan().metode() == MetodeLink.INDIRECT
                        && i.satuan().equals("%") && i.periodePelaporan().name().equals("TRIWULAN"))
                .findFirst().orElseThrow();
        assertThat(atas.turunan().dari()).hasSize(2);
        BigDecimal a = nilaiBawah(e2a, atas);
        BigDecimal b = nilaiBawah(e2b, atas);
        assertThat(atas.realisasi().setScale(4, RoundingMode.HALF_UP))
                .isEqualByComparingTo(a.add(b).divide(BigDecimal.valueOf(2), 4, RoundingMode.HALF_UP));
        // DIRECT: the root shows the values of the Eselon I IKU it cascades to
        assertThat(skor.sampaiDengan(akar, 2026, 3).indikator())
                .anySatisfy(i -> assertThat(i.turunan().metode()).isEqualTo(MetodeLink.DIRECT));

        // the generated accounts sign in with the given password and reach their unit
        assertThat(h.akun()).hasSize(4).first().satisfies(x -> assertThat(x.peran()).isEqualTo("PKO_PUSAT"));
        UserDetails u = users.loadUserByUsername(h.akun().get(0).username());
        assertThat(encoder.matches("rahasia-uji", u.getPassword())).isTrue();
        assertThat(u.getAuthorities()).extracting(Object::toString).contains("ROLE_PKO_PUSAT");
    }

    private BigDecimal nilaiBawah(Long unit, IkuSkor atas) {
        Long bawahIku = atas.turunan().dari().stream().filter(d -> d.unitId().equals(unit)).findFirst().orElseThrow()
                .ikuId();
        return skor.sampaiDengan(unit, 2026, 3).indikator().stream().filter(i -> i.ikuId().equals(bawahIku))
                .findFirst().orElseThrow().realisasi();
    }

    private Long unitId(String kode) {
        return organisasi.unitDenganKode(kode).get(0).id();
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
