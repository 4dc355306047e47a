package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.TahunAnggaran;
import id.kinerja.organisasi.Unit;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.KinerjaDataJpaTest;
import id.kinerja.support.IkuMother;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The PK aggregate on the real schema, without services: one save persists the whole tree, removing
 * a part from its list deletes it with everything below it, a new version is a deep copy, and the
 * workflow steps check their own preconditions and publish their events when the root is saved.
 */
@KinerjaDataJpaTest
@RecordApplicationEvents
class PerjanjianKinerjaAgregatTest {

    private static final Pelaku PERENCANA = new Pelaku("perencana.uji", "Perencana Uji");
    private static final Pelaku PIMPINAN = new Pelaku("pimpinan.uji", "Pimpinan Uji");

    @Autowired
    PerjanjianKinerjaRepository pks;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents peristiwa;

    private Unit unit;
    private TahunAnggaran tahun;

    /** An organisation with one unit and an open year, written in this test's rolled-back transaction. */
    @BeforeEach
    void organisasi() {
        long org = jdbc.queryForObject("insert into organisasi (kode, nama, singkatan, rulebook_key) "
                + "values ('ORG-AGR', 'Organisasi Agregat', 'AGR', 'MARVES') returning id", Long.class);
        long level = jdbc.queryForObject("insert into unit_level (organisasi_id, kedalaman, kode, nama) "
                + "values (?, 0, 'ONE', 'One') returning id", Long.class, org);
        long u = jdbc.queryForObject("insert into unit (organisasi_id, level_id, kode, nama, jenis, path) "
                + "values (?, ?, 'U-AGR', 'Unit Agregat', 'UNIT_KERJA', '/') returning id", Long.class, org, level);
        jdbc.update("update unit set path = ? where id = ?", "/" + u + "/", u);
        long ta = jdbc.queryForObject("insert into tahun_anggaran (organisasi_id, tahun, status) "
                + "values (?, 2026, 'PERENCANAAN') returning id", Long.class, org);
        unit = em.find(Unit.class, u);
        tahun = em.find(TahunAnggaran.class, ta);
    }

    private static IkuParameters parameter(String nama) {
        return IkuMother.iku(nama).build();
    }

    /** A PK with two SS (an arrow between them), one IKU with a trajectory and an activity, one budget line. */
    private PerjanjianKinerja pkLengkap() {
        PerjanjianKinerja pk = new PerjanjianKinerja(unit, tahun, 1, JenisPk.AWAL);
        SasaranStrategis s1 = pk.tambahSasaran();
        s1.ubah("Sasaran satu", null, Perspective.STAKEHOLDER, 1);
        SasaranStrategis s2 = pk.tambahSasaran();
        s2.ubah("Sasaran dua", null, Perspective.INTERNAL_PROCESS, 1);
        Iku iku = new Iku(s1);
        iku.terapkan(parameter("Jumlah laporan"));
        pk.tambahIku(s1, iku);
        for (int n = 1; n <= 4; n++) {
            iku.targetPeriode(JenisPeriode.TRIWULAN, n, BigDecimal.valueOf(25L * n));
        }
        iku.tambahKegiatan(2, "Rapat koordinasi", new BigDecimal("1000000"), "Notulen", false, null, null);
        pk.tambahPanah(s2, s1);
        pk.tambahAnggaran("Program uji", null, null, new BigDecimal("5000000"));
        return pk;
    }

    private int jumlah(String tabel, String kolom, Long pkId) {
        return switch (tabel) {
            case "iku" -> jdbc.queryForObject("select count(*) from iku i join sasaran_strategis s on s.id = i.ss_id "
                    + "where s.pk_id = ?", Integer.class, pkId);
            case "target_periode", "kegiatan_renaksi" -> jdbc.queryForObject("select count(*) from " + tabel
                    + " t join iku i on i.id = t.iku_id join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ?",
                    Integer.class, pkId);
            default -> jdbc.queryForObject("select count(*) from " + tabel + " where " + kolom + " = ?",
                    Integer.class, pkId);
        };
    }

    private PerjanjianKinerja simpanDanMuatUlang(PerjanjianKinerja pk) {
        pks.saveAndFlush(pk);
        em.clear();
        return pks.findById(pk.getId()).orElseThrow();
    }

    @Test
    void oneSaveOfTheRootPersistsTheWholeTree() {
        PerjanjianKinerja pk = simpanDanMuatUlang(pkLengkap());
        assertThat(jumlah("sasaran_strategis", "pk_id", pk.getId())).isEqualTo(2);
        assertThat(jumlah("iku", null, pk.getId())).isOne();
        assertThat(jumlah("target_periode", null, pk.getId())).isEqualTo(4);
        assertThat(jumlah("kegiatan_renaksi", null, pk.getId())).isOne();
        assertThat(jumlah("peta_panah", "pk_id", pk.getId())).isOne();
        assertThat(jumlah("pk_anggaran", "pk_id", pk.getId())).isOne();
        // ordered lists come back in insertion order
        assertThat(pk.getSasaran()).extracting(SasaranStrategis::getNama).containsExactly("Sasaran satu", "Sasaran dua");
        assertThat(pk.getSasaran().get(0).getIku().get(0).getTargetPeriode()).extracting(TargetPeriode::getTarget)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("25"), new BigDecimal("50"), new BigDecimal("75"), new BigDecimal("100"));
    }

    @Test
    void removingAnIkuFromTheAggregateDeletesItsTrajectoryAndActivities() {
        PerjanjianKinerja pk = simpanDanMuatUlang(pkLengkap());
        SasaranStrategis s1 = pk.getSasaran().get(0);
        // an SS that still has IKU is refused by the root, and nothing goes
        assertThatThrownBy(() -> pk.hapusSasaran(s1)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("pk.ss.masihAdaIku"));
        pk.hapusIku(s1.getIku().get(0));
        PerjanjianKinerja lagi = simpanDanMuatUlang(pk);
        assertThat(jumlah("iku", null, lagi.getId())).isZero();
        assertThat(jumlah("target_periode", null, lagi.getId())).isZero();
        assertThat(jumlah("kegiatan_renaksi", null, lagi.getId())).isZero();
        // now the SS goes, and the arrow that touched it with it
        lagi.hapusSasaran(lagi.getSasaran().get(0));
        PerjanjianKinerja akhir = simpanDanMuatUlang(lagi);
        assertThat(jumlah("sasaran_strategis", "pk_id", akhir.getId())).isOne();
        assertThat(jumlah("peta_panah", "pk_id", akhir.getId())).isZero();
        assertThat(jumlah("pk_anggaran", "pk_id", akhir.getId())).isOne();
    }

    @Test
    void workflowStepsCheckTheirPreconditionsAndPublishEventsWhenTheRootIsSaved() {
        PerjanjianKinerja pk = simpanDanMuatUlang(pkLengkap());
        assertThatThrownBy(() -> pk.ajukan(Instant.EPOCH, PERENCANA, 2)).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("pk.ajukan.masihAdaMasalah"));
        assertThatThrownBy(() -> pk.tetapkan(Instant.EPOCH, PIMPINAN)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> pk.tarik(Instant.EPOCH, PERENCANA)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> pk.revisiDari(JenisPk.REVISI, 2, "alasan")).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("pk.revisi.belumDitetapkan"));
        assertThat(peristiwa.stream(LangkahAlurPk.class)).isEmpty();

        pk.ajukan(Instant.parse("2026-01-10T03:00:00Z"), PERENCANA, 0);
        assertThatThrownBy(() -> pk.ajukan(Instant.EPOCH, PERENCANA, 0)).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> pk.kembalikan(Instant.EPOCH, PIMPINAN, " ")).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("catatan"));
        // registered, not yet published: events go out when the root is saved
        assertThat(peristiwa.stream(LangkahAlurPk.class)).isEmpty();
        pks.saveAndFlush(pk);
        assertThat(peristiwa.stream(LangkahAlurPk.class)).extracting(LangkahAlurPk::langkah, LangkahAlurPk::ke)
                .containsExactly(Tuple.tuple(LangkahPk.AJUKAN, StatusPk.DIAJUKAN));

        pk.tetapkan(Instant.parse("2026-01-12T03:00:00Z"), PIMPINAN);
        pks.saveAndFlush(pk);
        assertThat(peristiwa.stream(PkDitetapkan.class)).containsExactly(new PkDitetapkan(pk.getId(), unit.getId()));
        assertThat(jdbc.queryForList("select langkah || ':' || oleh_nama from pk_riwayat where pk_id = ? order by pada",
                String.class, pk.getId())).containsExactly("AJUKAN:Perencana Uji", "TETAPKAN:Pimpinan Uji");
    }

    @Test
    void aRevisionIsADeepCopyOfTheApprovedVersion() {
        PerjanjianKinerja v1 = pkLengkap();
        v1.ajukan(Instant.parse("2026-01-10T03:00:00Z"), PERENCANA, 0);
        v1.tetapkan(Instant.parse("2026-01-12T03:00:00Z"), PIMPINAN);
        long v1Id = simpanDanMuatUlang(v1).getId();
        assertThatThrownBy(() -> v1revisi(JenisPk.REVISI, 0, "alasan")).isInstanceOf(BusinessRuleException.class);
        PerjanjianKinerja lama = pks.findById(v1Id).orElseThrow();
        assertThatThrownBy(() -> lama.revisiDari(JenisPk.AWAL, 2, "alasan")).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.getMessageKey()).isEqualTo("pk.revisi.jenis"));
        assertThatThrownBy(() -> lama.revisiDari(JenisPk.REVISI, 5, "alasan")).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("mulaiTriwulan"));
        assertThatThrownBy(() -> lama.revisiDari(JenisPk.REVISI, 2, "  ")).isInstanceOfSatisfying(
                BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("alasan"));

        PerjanjianKinerja v2 = simpanDanMuatUlang(lama.revisiDari(JenisPk.REVISI, 3, " Penugasan baru "));
        assertThat(v2.getNomorVersi()).isEqualTo(2);
        assertThat(v2.getBerlakuMulaiTriwulan()).isEqualTo(3);
        assertThat(v2.getAlasanPerubahan()).isEqualTo("Penugasan baru");
        assertThat(v2.getStatus()).isEqualTo(StatusPk.DRAFT);
        assertThat(jumlah("sasaran_strategis", "pk_id", v2.getId())).isEqualTo(2);
        assertThat(jumlah("iku", null, v2.getId())).isOne();
        assertThat(jumlah("target_periode", null, v2.getId())).isEqualTo(4);
        assertThat(jumlah("kegiatan_renaksi", null, v2.getId())).isOne();
        assertThat(jumlah("peta_panah", "pk_id", v2.getId())).isOne();
        assertThat(jumlah("pk_anggaran", "pk_id", v2.getId())).isOne();
        // every copy remembers its origin, and the arrow joins the copies, not the originals
        Iku salinan = v2.getSasaran().get(0).getIku().get(0);
        assertThat(salinan.getAsal().getSs().getPk().getId()).isEqualTo(v1Id);
        assertThat(v2.getSasaran()).allSatisfy(s -> assertThat(s.getAsal().getPk().getId()).isEqualTo(v1Id));
        assertThat(v2.getPanah().get(0).getDari().getPk().getId()).isEqualTo(v2.getId());
        assertThat(salinan.getKegiatan().get(0).getNama()).isEqualTo("Rapat koordinasi");
        // the approved version is untouched
        assertThat(jumlah("target_periode", null, v1Id)).isEqualTo(4);
    }

    private void v1revisi(JenisPk jenis, int triwulan, String alasan) {
        pks.findAll().stream().filter(p -> p.getUnit().getId().equals(unit.getId())).findFirst().orElseThrow()
                .revisiDari(jenis, triwulan, alasan);
    }
}
