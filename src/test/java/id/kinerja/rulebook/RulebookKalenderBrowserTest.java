package id.kinerja.rulebook;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.BrowserTestSupport;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The central PKO edits the reporting calendar and the realisation deadline of level Two in the
 * rulebook form, in a real browser; the unit's calendar page follows the edit (issue #14 item 6).
 * The rulebook row of the current quarter is put back afterwards (the rules are shared data).
 */
class RulebookKalenderBrowserTest extends BrowserTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RulebookService rulebooks;

    private RulebookVersi.Periode periode;
    private List<Map<String, Object>> semula;

    @AfterEach
    void pulihkanRulebook() {
        if (periode == null) {
            return;
        }
        if (semula.isEmpty()) {
            jdbc.update("delete from rulebook_versi where kode = 'KEMENLU_BSC' and berlaku_tahun = ? and berlaku_triwulan = ?",
                    periode.tahun(), periode.triwulan());
        } else {
            // version + 1: the service caches parsed definitions by row id and version
            jdbc.update("update rulebook_versi set definisi = ?::jsonb, keterangan = ?, version = version + 1 "
                    + "where id = ?", semula.get(0).get("definisi").toString(), semula.get(0).get("keterangan"),
                    semula.get(0).get("id"));
        }
    }

    private String tanggalDi(String unitUrl, String dokumen, String per) {
        page.navigate(url(unitUrl));
        return page.locator("tr[data-dokumen=" + dokumen + "][data-periode=" + per + "] td").first().innerText();
    }

    @Test
    void theCalendarFollowsTheDeadlinesEditedInTheRulebookForm() {
        // the calendar page lists a fiscal year the demo has (2026); after it, no Kemenlu year to show
        Assumptions.assumeTrue(jdbc.queryForObject("""
                select count(*) from tahun_anggaran t join organisasi o on o.id = t.organisasi_id
                 where o.rulebook_key = 'KEMENLU_BSC' and t.tahun = ?""", Integer.class,
                rulebooks.periodeSekarang().tahun()) > 0, "the clock's year is a Kemenlu fiscal year of the demo");
        periode = rulebooks.periodeSekarang();
        semula = jdbc.queryForList("select id, definisi::text as definisi, keterangan from rulebook_versi "
                + "where kode = 'KEMENLU_BSC' and berlaku_tahun = ? and berlaku_triwulan = ?", periode.tahun(),
                periode.triwulan());
        int tahun = periode.tahun();
        Long unit = jdbc.queryForObject("""
                select u.id from unit u join unit_level l on l.id = u.level_id join organisasi o on o.id = u.organisasi_id
                 where o.rulebook_key = 'KEMENLU_BSC' and l.kode = 'TWO' and u.aktif order by u.path limit 1""", Long.class);
        String unitUrl = "/kalender/unit/" + unit + "?tahun=" + tahun;
        masuk("kemenlu.pko", "demo");
        // shipped: LKj Tahunan of Two on the 8th of the next month, realisation on the 8th
        assertThat(tanggalDi(unitUrl, "LKJ_TAHUNAN", "TAHUN")).contains("8 Januari " + (tahun + 1));
        assertThat(tanggalDi(unitUrl, "REALISASI", "TW4")).contains("8 Januari " + (tahun + 1));

        page.navigate(url("/admin/rulebook/KEMENLU_BSC"));
        Object baris = page.evaluate("""
                () => { for (let i = 0; ; i++) {
                    const d = document.getElementById('kalender' + i + '.dokumen');
                    if (!d) return -1;
                    if (d.value === 'LKJ_TAHUNAN' && document.getElementById('kalender' + i + '.level').value === 'TWO') return i;
                } }""");
        assertThat(((Number) baris).intValue()).isNotNegative();
        int i = ((Number) baris).intValue();
        assertThat(page.locator("[id='kalender" + i + ".jenis'] option:checked").innerText())
                .isEqualTo("tanggal pada bulan berikutnya");
        page.fill("[id='kalender" + i + ".angka']", "12");
        Object lapor = page.evaluate("""
                () => { for (let i = 0; ; i++) {
                    const l = document.getElementById('batasLapor' + i + '.level');
                    if (!l) return -1;
                    if (l.value === 'TWO') return i;
                } }""");
        page.fill("[id='batasLapor" + lapor + ".max']", "11");
        page.selectOption("#berlakuTriwulan", String.valueOf(periode.triwulan()));
        page.fill("#berlakuTahun", String.valueOf(tahun));
        page.fill("#keterangan", "Tenggat Eselon II diundur");
        page.click("main button[type=submit]");
        assertThat(teks("body")).contains("Versi rulebook tersimpan.");
        assertThat(page.locator("[id='kalender" + i + ".angka']").inputValue()).isEqualTo("12");

        assertThat(tanggalDi(unitUrl, "LKJ_TAHUNAN", "TAHUN")).contains("12 Januari " + (tahun + 1));
        assertThat(tanggalDi(unitUrl, "REALISASI", "TW4")).contains("11 Januari " + (tahun + 1));
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'RulebookVersi' "
                + "and sesudah::text like '%Tenggat Eselon II diundur%'", Integer.class)).isPositive();
    }
}
