package id.kinerja.realisasi;

import id.kinerja.platform.angka.AngkaIndonesia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.perencanaan.JenisPk;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.platform.angka.HasilAngka;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Service rules on real PostgreSQL: values across PK revisions, Kemenkeu's addendum rule, Indonesian numbers. */
@IntegrationTest
class AturanRealisasiTest {

    @Autowired
    OrganisasiService organisasi;

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RealisasiService realisasi;

    @Autowired
    SkorService skor;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void masuk() {
        PkUji.masuk(users, "admin");
    }

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    private static RealisasiService.Masukan angka(String v) {
        return new RealisasiService.Masukan(v, null, null, null, false, null);
    }

    private List<PerencanaanService.IkuView> iku(long pkId) {
        return perencanaan.pkById(pkId).sasaran().stream().flatMap(s -> s.iku().stream()).toList();
    }

    @Test
    void kemenkeuAddendumMayNotChangeATargetThatHasARealisation() {
        PkUji.Hasil h = PkUji.vektor13(organisasi, perencanaan, "KEMENKEU");
        String kode = iku(h.pkId()).get(0).kode();
        realisasi.simpan(h.unitId(), PkUji.TAHUN, kode, "TW3", angka("28"), null);
        long baru = perencanaan.ubahVersi(h.pkId(), perencanaan.pkById(h.pkId()).version(), JenisPk.REVISI, 3,
                "Adendum: penyesuaian target").id();
        Long ikuBaru = iku(baru).get(0).id();
        assertThatThrownBy(() -> perencanaan.simpanTrajektori(baru, perencanaan.versi(baru), ikuBaru, PkUji.traj("10", "20", "35", "35")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.getField()).isEqualTo("t3");
                    assertThat(e.getMessageKey()).isEqualTo("pk.revisi.targetSudahBerealisasi");
                });
        perencanaan.simpanTrajektori(baru, perencanaan.versi(baru), ikuBaru, PkUji.traj("10", "20", "30", "45"));
    }

    @Test
    void valuesStayWithTheIkuAcrossRevisionsAndEachQuarterUsesItsVersion() {
        // Marves: no revision cut-off (Kemenlu refuses revisions after 20 October of a past year)
        PkUji.Hasil h = PkUji.vektor13(organisasi, perencanaan, "MARVES");
        String s11 = iku(h.pkId()).get(0).kode();
        realisasi.simpan(h.unitId(), PkUji.TAHUN, s11, "TW1", angka("12"), null);
        realisasi.simpan(h.unitId(), PkUji.TAHUN, s11, "TW2", angka("15"), null);
        long baru = perencanaan.ubahVersi(h.pkId(), perencanaan.pkById(h.pkId()).version(), JenisPk.REVISI, 3,
                "Revisi target semester II").id();
        Long ikuBaru = iku(baru).get(0).id();
        perencanaan.simpanTrajektori(baru, perencanaan.versi(baru), ikuBaru, PkUji.traj("10", "20", "40", "30"));
        perencanaan.ajukan(baru, perencanaan.pkById(baru).version());
        PkUji.tetapkan(perencanaan, baru);
        realisasi.simpan(h.unitId(), PkUji.TAHUN, s11, "TW3", angka("33"), null);
        // TW III is scored on version 2 (target s.d. TW III 10 + 20 + 40 = 70), with TW I–II values kept
        SkorService.HasilSkor tw3 = skor.sampaiDengan(h.unitId(), PkUji.TAHUN, 3);
        assertThat(tw3.versiPk()).isEqualTo(2);
        assertThat(tw3.indikator().get(0).target()).isEqualByComparingTo("70");
        assertThat(tw3.indikator().get(0).realisasi()).isEqualByComparingTo("60");
        SkorService.HasilSkor tw2 = skor.sampaiDengan(h.unitId(), PkUji.TAHUN, 2);
        assertThat(tw2.versiPk()).isEqualTo(1);
        assertThat(tw2.indikator().get(0).capaian()).isEqualByComparingTo("90");
        assertThat(tw2.status()).isEqualTo(StatusSkor.SEMENTARA);
    }

    @Test
    void indonesianNumbersAndTheirLimits() {
        assertThat(baca("1.250,75")).isEqualByComparingTo("1250.75");
        assertThat(baca("1.000")).isEqualByComparingTo("1000");
        assertThat(baca("12,5")).isEqualByComparingTo("12.5");
        assertThat(baca("Rp 75.000.000")).isEqualByComparingTo("75000000");
        assertThat(baca("-3,25")).isEqualByComparingTo("-3.25");
        // what the entry page shows again must read back to the same value
        assertThat(baca(AngkaMasukan.teks(new BigDecimal("1234.5")))).isEqualByComparingTo("1234.5");
        for (String salah : List.of("12.5", "12,5,5", "1.2.3", "abc", "1e5", "1.00,5", "1000000000000", "0,1234567",
                "9".repeat(41))) {
            assertThat(AngkaIndonesia.baca(salah, AngkaMasukan.BATAS).sah()).as(salah).isFalse();
        }
    }

    private static BigDecimal baca(String teks) {
        HasilAngka h = AngkaIndonesia.baca(teks, AngkaMasukan.BATAS);
        assertThat(h.sah()).as(teks).isTrue();
        return h.nilai();
    }
}
