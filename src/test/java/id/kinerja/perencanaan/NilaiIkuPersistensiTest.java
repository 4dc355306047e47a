package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.UnitParameters;
import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Control;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Polarization;
import id.kinerja.scoring.Validity;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IkuMother;
import id.kinerja.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The IKU value objects in the database (ADR 0019): they fill the same columns as the flat fields
 * did, an unchanged save writes nothing (no version bump, no audit line), and the audit trail keeps
 * naming the changed fields ("target", not "targetIku"). Each test drafts a PK of a unit it creates.
 */
@IntegrationTest
@WithUserDetails("admin")
class NilaiIkuPersistensiTest {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    UnitService units;

    @Autowired
    JdbcTemplate jdbc;

    private long[] pkDenganIku(IkuParameters p) {
        String kode = "NILAI-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        long unitId = units.buat(new UnitParameters(DemoUnits.id(jdbc, "M-DEP1"), kode, "Unit uji " + kode,
                JenisUnit.UNIT_KERJA, false, "Kepala Unit Uji", 99)).id();
        long pk = perencanaan.buka(unitId, 2026).id();
        long ss = perencanaan.simpanSasaran(pk, perencanaan.versi(pk), null, "Meningkatnya keamanan maritim", null,
                Perspective.STAKEHOLDER, 1);
        long iku = perencanaan.simpanIku(pk, perencanaan.versi(pk), ss, null, p);
        return new long[] {pk, ss, iku};
    }

    private List<Map<String, Object>> auditIku(long iku, String aksi) {
        return jdbc.queryForList("select sebelum::text as sebelum, sesudah::text as sesudah from audit_log "
                + "where entitas = 'Iku' and entitas_id = ? and aksi = ? order by id", String.valueOf(iku), aksi);
    }

    @Test
    void theValueObjectsFillTheIkusOwnColumns() {
        IkuParameters p = IkuMother.iku("Jumlah rekomendasi kebijakan").satuan("rekomendasi")
                .manual("Rekomendasi yang disampaikan", "Jumlah rekomendasi", "Kebijakan berbasis bukti")
                .sumber("Asdep", "Sesdep", "Laporan").bsc(Validity.EXACT, Control.MODERATE).target("100")
                .rasio("disampaikan", "diminta").cascading(JenisCascading.N, MetodeCascading.DIRECT, null)
                .riwayat(RiwayatIku.KOSONG.withY1(new BigDecimal("90"), new BigDecimal("95"))).build();
        long[] id = pkDenganIku(p);
        long iku = id[2];
        Map<String, Object> baris = jdbc.queryForMap("select nama, definisi, tujuan, satuan, penanggung_jawab, "
                + "sumber_data, validitas, kendali, kualitas, polarisasi, jenis_cascading, metode_cascading, "
                + "konsolidasi_periode, periode_pelaporan, target_maksimum, target, target_bawah, label_pembilang, "
                + "label_penyebut, data_y2_target, data_y1_target, data_y1_realisasi from iku where id = ?", iku);
        assertThat(baris).containsEntry("nama", "Jumlah rekomendasi kebijakan")
                .containsEntry("definisi", "Rekomendasi yang disampaikan")
                .containsEntry("tujuan", "Kebijakan berbasis bukti").containsEntry("satuan", "rekomendasi")
                .containsEntry("penanggung_jawab", "Asdep").containsEntry("sumber_data", "Laporan")
                .containsEntry("validitas", "EXACT").containsEntry("kendali", "MODERATE")
                .containsEntry("kualitas", "OUTPUT").containsEntry("polarisasi", "MAXIMIZE")
                .containsEntry("jenis_cascading", "N").containsEntry("konsolidasi_periode", "SUM")
                .containsEntry("periode_pelaporan", "TRIWULAN").containsEntry("target_maksimum", false)
                .containsEntry("label_pembilang", "disampaikan").containsEntry("label_penyebut", "diminta");
        // a method without cascading is not kept
        assertThat(baris.get("metode_cascading")).isNull();
        assertThat((BigDecimal) baris.get("target")).isEqualByComparingTo("100");
        assertThat(baris.get("target_bawah")).isNull();
        assertThat(baris.get("data_y2_target")).isNull();
        assertThat((BigDecimal) baris.get("data_y1_target")).isEqualByComparingTo("90");
        assertThat((BigDecimal) baris.get("data_y1_realisasi")).isEqualByComparingTo("95");
        // and come back as the same values
        IkuParameters dibaca = perencanaan.pkById(id[0]).sasaran().get(0).iku().get(0).manual();
        assertThat(dibaca.uraian()).isEqualTo(p.uraian());
        assertThat(dibaca.klasifikasi()).isEqualTo(p.klasifikasi());
        assertThat(dibaca.konsolidasi()).isEqualTo(p.konsolidasi().dinormalisasi());
        assertThat(dibaca.targetIku().labelPembilang()).isEqualTo("disampaikan");
        assertThat(dibaca.riwayat().dataY1Target()).isEqualByComparingTo("90");
        assertThat(dibaca.riwayat().dataY2Target()).isNull();
    }

    @Test
    void savingAnUnchangedIkuWritesNothingAndAChangedTargetIsAuditedUnderItsOwnName() {
        // no history: four empty columns, loaded back as no object at all
        IkuParameters p = IkuMother.iku("Jumlah telaah").satuan("telaah").target("12").build();
        long[] id = pkDenganIku(p);
        long pk = id[0];
        long iku = id[2];
        long versiIku = jdbc.queryForObject("select version from iku where id = ?", Long.class, iku);
        long versiPk = perencanaan.versi(pk);
        // (creating it already wrote one change: its derived code)
        int ubahAwal = auditIku(iku, "UBAH").size();

        perencanaan.simpanIku(pk, perencanaan.versi(pk), id[1], iku, p);
        assertThat(jdbc.queryForObject("select version from iku where id = ?", Long.class, iku)).isEqualTo(versiIku);
        assertThat(auditIku(iku, "UBAH")).hasSize(ubahAwal);

        List<Map<String, Object>> dibuat = auditIku(iku, "BUAT");
        assertThat(dibuat).hasSize(1);
        assertThat((String) dibuat.get(0).get("sesudah")).contains("\"nama\": \"Jumlah telaah\"")
                .contains("\"target\": \"12\"").contains("\"polarisasi\": \"MAXIMIZE\"")
                .contains("\"dataY1Target\": null").doesNotContain("targetIku").doesNotContain("uraian")
                .doesNotContain("TargetIku[");

        perencanaan.simpanIku(pk, perencanaan.versi(pk), id[1], iku, p.withTarget(new BigDecimal("15"))
                .withKlasifikasi(p.klasifikasi().withPolarisasi(Polarization.MAXIMIZE)));
        List<Map<String, Object>> diubah = auditIku(iku, "UBAH");
        assertThat(diubah).hasSize(ubahAwal + 1);
        // only the target, under its own name (the old value as loaded, at the column's scale)
        assertThat((String) diubah.get(ubahAwal).get("sebelum")).matches("\\{\"target\": \"12(\\.0+)?\"}");
        assertThat((String) diubah.get(ubahAwal).get("sesudah")).isEqualTo("{\"target\": \"15\"}");
        assertThat(perencanaan.versi(pk)).isGreaterThan(versiPk);
    }
}
