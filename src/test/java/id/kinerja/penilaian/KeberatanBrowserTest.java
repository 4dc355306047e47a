package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.JamUji;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In a real browser: the analyst objects to her 2025 NP, her evaluator does not accept it (forwarded),
 * the evaluator's superior upholds the result. Same fixture as {@link KeberatanWebTest}.
 */
class KeberatanBrowserTest extends BrowserTestSupport {

    private static final int TAHUN = 2025;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JamUji jam;

    long analis;

    @BeforeEach
    void fiksur() {
        analis = DemoUnits.id(jdbc, "ROREN-PK-EVA-01");
        bersihkan();
        jdbc.update("""
                insert into nilai_perilaku (unit_id, tahun, semester, nilai, dinilai_oleh, dinilai_pada)
                values (?, ?, 1, 70, 'kemenlu.kasubbag', ?)""", analis, TAHUN,
                OffsetDateTime.parse("2026-01-10T10:00:00+07:00"));
        jdbc.update("""
                insert into reviu_nckp (unit_id, tahun, keputusan, ckp_tahunan, np_tahunan, nckp, nckp_final,
                    direviu_oleh, direviu_pada) values (?, ?, 'SETUJU', 90, 70, 84, 84, 'kemenlu.pimpinan', ?)""",
                analis, TAHUN, OffsetDateTime.parse("2026-01-12T10:00:00+07:00"));
        jam.setel("2026-01-20T10:00:00+07:00");
    }

    @AfterEach
    void pulihkan() {
        jam.pulihkan();
        bersihkan();
    }

    private void bersihkan() {
        for (String t : new String[] {"keberatan_nckp", "reviu_nckp", "nilai_perilaku"}) {
            jdbc.update("delete from " + t + " where unit_id = ? and tahun = ?", analis, TAHUN);
        }
        // the objection's notices (in-app) to the demo's people: gone with it
        jdbc.update("delete from notifikasi where kunci like 'penilaian.keberatan:%'");
    }

    private void sebagai(String username) {
        page.context().clearCookies();
        masuk(username, "demo");
        page.navigate(url("/penilaian/" + analis + "/" + TAHUN));
    }

    @Test
    void ajukanTanggapiPutuskan() {
        sebagai("kemenlu.analis");
        page.check("[data-testid=form-keberatan] input[name=atasNp]");
        page.fill("#alasan-keberatan", "NP semester I tidak mempertimbangkan tugas tambahan.");
        page.click("[data-testid=form-keberatan] button");
        page.waitForSelector("[data-testid=status-keberatan]");
        assertThat(teks("[data-testid=status-keberatan]")).contains("menunggu tanggapan");

        sebagai("kemenlu.kasubbag");
        page.check("[data-testid=form-tanggapan-keberatan] input[value=false]");
        page.fill("#alasan-tanggapan", "Tugas tambahan sudah diperhitungkan.");
        page.click("[data-testid=form-tanggapan-keberatan] button");
        page.waitForSelector("[data-testid=tanggapan]");
        assertThat(teks("[data-testid=status-keberatan]")).contains("menunggu keputusan");

        sebagai("kemenlu.pimpinan");
        page.check("[data-testid=form-keputusan-keberatan] input[value=false]");
        page.fill("#alasan-tanggapan", "Hasil penilaian tetap.");
        page.click("[data-testid=form-keputusan-keberatan] button");
        page.waitForSelector("[data-testid=keputusan-keberatan]");
        assertThat(teks("[data-testid=status-keberatan]")).contains("final");
        assertThat(page.locator("[data-testid=form-keputusan-keberatan]").count()).isZero();
    }
}
