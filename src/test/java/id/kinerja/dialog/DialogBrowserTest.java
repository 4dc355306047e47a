package id.kinerja.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.UnitService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.support.BrowserTestSupport;
import id.kinerja.support.JamUji;
import java.math.BigDecimal;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Done-when of issue #12 (dialog part): a risalah with two follow-ups and a target-change request is
 * recorded and printed (PDF read back); the central PKO approves the request and a PK revision
 * appears with the new target from the next quarter on.
 */
class DialogBrowserTest extends BrowserTestSupport {

    @Autowired OrganisasiService organisasi;
    @Autowired UnitService units;
    @Autowired PerencanaanService perencanaan;
    @Autowired RencanaAksiService renaksi;
    @Autowired PenggunaService pengguna;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired JamUji jam;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void pulihkan() {
        jam.pulihkan();
        SecurityContextHolder.clearContext();
    }

    @Test
    void risalahFollowUpsAndATargetChangeEndInARevisionFromTheNextQuarter() throws Exception {
        jam.setel("2026-08-15T10:00:00+07:00");
        DialogUji.Hasil u = DialogUji.buat(organisasi, units, perencanaan, renaksi, pengguna, encoder, users);

        masuk(u.perencana(), "demo");
        page.navigate(url("/dialog/unit/" + u.unitId()));
        page.fill("#tanggal", "2026-08-10");
        page.fill("#pemimpinNama", "Deputi Dialog");
        page.fill("#peserta", "Deputi, para Asdep, pengelola kinerja");
        page.fill("#agenda", "Pemantauan capaian TW III");
        page.fill("#masalah", "Dua kajian mitra tertunda");
        page.fill("#strategi", "Ajukan penyesuaian target");
        page.check("#penyesuaianTarget1");
        page.check("[name=ikuAkarIds]");
        page.click("[data-testid=form-risalah] button[type=submit]");
        page.waitForURL(x -> x.matches(".*/dialog/\\d+$"));
        String dialogUrl = page.url();

        String[][] tls = {{"Kirim surat ke mitra", "2026-08"}, {"Susun ulang jadwal kajian", "2026-10"}};
        for (int i = 0; i < tls.length; i++) {
            page.fill("[data-testid=form-tl] [name=uraian]", tls[i][0]);
            page.fill("[data-testid=form-tl] [name=penanggungJawab]", "Asdep Energi");
            page.fill("[data-testid=form-tl] [name=batas]", tls[i][1]);
            page.click("[data-testid=form-tl] button[type=submit]");
            page.locator("[data-testid=tindak-lanjut] tr").nth(i).waitFor();
        }
        assertThat(page.locator("[data-testid=tindak-lanjut] tr").count()).isEqualTo(2);

        page.selectOption("[data-testid=form-permintaan] [name=jenis]", "TARGET");
        page.selectOption("[data-testid=form-permintaan] [name=ikuId]", String.valueOf(u.ikuId()));
        page.fill("[data-testid=form-permintaan] [name=targetBaru]", "80");
        page.fill("[data-testid=form-permintaan] [name=uraian]", "Target rekomendasi menjadi 80");
        page.fill("[data-testid=form-permintaan] [name=alasan]", "Mitra menunda dua kajian ke tahun depan");
        page.click("[data-testid=form-permintaan] button[type=submit]");
        page.waitForSelector("[data-testid=status-permintaan]");
        assertThat(teks("[data-testid=status-permintaan]")).isEqualTo("Diajukan");
        // the filer is offered no decision
        assertThat(page.locator("[data-testid=setujui]").count()).isZero();

        page.click("[data-testid=cetak]");
        assertThat(teks("[data-testid=risalah-cetak]")).contains("Dua kajian mitra tertunda");
        assertThat(teks("[data-testid=tl-cetak]")).contains("Kirim surat ke mitra")
                .contains("Susun ulang jadwal kajian");
        byte[] pdf = page.request().get(dialogUrl + "/cetak.pdf").body();
        try (var doc = Loader.loadPDF(pdf)) {
            // the PDF wraps long cells: compare with whitespace collapsed
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s+", " ")).contains("RISALAH DIALOG KINERJA")
                    .contains("Susun ulang jadwal kajian").contains("Target rekomendasi menjadi 80");
        }

        context.clearCookies();
        masuk(u.pko(), "demo");
        page.navigate(dialogUrl);
        page.fill("[data-permintaan] [name=jawaban]", "Disetujui dalam DKO");
        page.click("[data-testid=setujui]");
        page.waitForSelector("[data-testid=tautan-revisi]");
        assertThat(teks("[data-testid=status-permintaan]")).isEqualTo("Disetujui");
        page.click("[data-testid=tautan-revisi]");
        assertThat(teks("[data-testid=info-revisi]")).contains("TW 4");
        Long rev = Long.valueOf(page.url().substring(page.url().lastIndexOf('/') + 1));
        assertThat(jdbc.queryForList("""
                select t.target from target_periode t join iku i on i.id = t.iku_id
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? order by t.nomor""", BigDecimal.class, rev))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("80"));
    }
}
