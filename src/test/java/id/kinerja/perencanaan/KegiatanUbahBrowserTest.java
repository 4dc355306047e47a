package id.kinerja.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import id.kinerja.organisasi.UnitService;
import id.kinerja.scoring.Perspective;
import id.kinerja.support.BrowserTestSupport;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Issue #9 "activities cannot be edited": a Rencana Aksi activity is corrected in its own form, a
 * wrong amount comes back at the field with the input kept, the change is audited, a colleague's
 * stale form gets the friendly 409, and deleting still asks first.
 */
class KegiatanUbahBrowserTest extends BrowserTestSupport {

    @Autowired
    PerencanaanService perencanaan;

    @Autowired
    RencanaAksiService renaksi;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitService units;

    /** pk, kegiatan */
    private long[] pkDenganKegiatan() {
        PkUjiBaru.Pk p = PkUjiBaru.buat(users, units, jdbc, perencanaan, "KEGIATAN-UBAH", "Tata kelola yang akuntabel",
                Perspective.INTERNAL_PROCESS, PkUjiBaru.ikuRekomendasi());
        UserDetails u = users.loadUserByUsername("marves.pko");
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(u, null, u.getAuthorities()));
        try {
            long kegiatan = renaksi.tambahKegiatan(p.pkId(), perencanaan.versi(p.pkId()), p.ikuId(),
                    new RencanaAksiService.KegiatanParameters(1, "Rapat koordinasi", new BigDecimal("1000000"), "Notulen",
                            false, null, null));
            return new long[] {p.pkId(), kegiatan};
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void masuk(Page p, String tujuan) {
        p.navigate(url("/login"));
        p.fill("#username", "marves.pko");
        p.fill("#password", "demo");
        p.click("button[type=submit]");
        p.waitForURL(u -> !u.contains("/login"));
        p.navigate(tujuan);
    }

    @Test
    void anActivityIsEditedWithItsErrorsAtTheFieldAuditedAndConflictsCaught() {
        long[] p = pkDenganKegiatan();
        String renaksiUrl = url("/perencanaan/pk/" + p[0] + "/rencana-aksi");
        masuk(page, renaksiUrl);
        page.click("[data-testid=ubah-kegiatan]");
        assertThat(isian("#nama")).isEqualTo("Rapat koordinasi");
        assertThat(page.locator("label[for=anggaran]").innerText()).contains("Anggaran");

        // a colleague opens the same form before the first save
        try (BrowserContext kedua = konteksBaru()) {
            Page b = kedua.newPage();
            b.setDefaultTimeout(15_000);
            masuk(b, url("/perencanaan/pk/" + p[0] + "/rencana-aksi/kegiatan/" + p[1] + "/ubah"));

            page.fill("#nama", "Rapat koordinasi lintas deputi");
            page.fill("#anggaran", "75 juta");
            page.click("main button[type=submit]");
            assertThat(page.locator("#anggaran.is-invalid").count()).isEqualTo(1);
            assertThat(isian("#nama")).isEqualTo("Rapat koordinasi lintas deputi");
            assertThat(isian("#anggaran")).isEqualTo("75 juta");
            assertThat(jdbc.queryForObject("select nama from kegiatan_renaksi where id = ?", String.class, p[1]))
                    .isEqualTo("Rapat koordinasi");

            page.fill("#anggaran", "Rp 75.000.000");
            page.selectOption("#triwulan", "2");
            page.click("main button[type=submit]");
            page.waitForURL(u -> u.contains("/rencana-aksi") && !u.contains("/ubah"));
            assertThat(teks("main")).contains("Kegiatan rencana aksi diubah.")
                    .contains("Rapat koordinasi lintas deputi").contains("75.000.000");
            var baris = jdbc.queryForMap("select nama, anggaran, triwulan from kegiatan_renaksi where id = ?", p[1]);
            assertThat(baris.get("nama")).isEqualTo("Rapat koordinasi lintas deputi");
            assertThat((BigDecimal) baris.get("anggaran")).isEqualByComparingTo("75000000");
            assertThat(baris.get("triwulan")).isEqualTo(2);
            assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'KegiatanRenaksi' "
                    + "and entitas_id = ? and sesudah::text like '%lintas deputi%'", Integer.class, String.valueOf(p[1])))
                    .isPositive();

            // the colleague's form still carries the old version: a friendly 409, nothing overwritten
            b.fill("#nama", "Rapat koordinasi (versi kolega)");
            Response jawab = b.waitForResponse(r -> r.request().method().equals("POST"),
                    () -> b.click("main button[type=submit]"));
            assertThat(jawab.status()).isEqualTo(409);
            assertThat(teks(b, "[data-testid=galat-form]")).contains("Seseorang baru saja mengubah PK ini");
            assertThat(b.inputValue("#nama")).isEqualTo("Rapat koordinasi (versi kolega)");
            assertThat(jdbc.queryForObject("select nama from kegiatan_renaksi where id = ?", String.class, p[1]))
                    .isEqualTo("Rapat koordinasi lintas deputi");
        }

        // deleting asks first and names what goes
        page.navigate(renaksiUrl);
        page.click("[data-testid=hapus-kegiatan]");
        assertThat(page.url()).contains("/kegiatan/" + p[1] + "/hapus");
        assertThat(teks("main")).contains("Rapat koordinasi lintas deputi");
        assertThat(jdbc.queryForObject("select count(*) from kegiatan_renaksi where id = ?", Integer.class, p[1]))
                .isEqualTo(1);
    }
}
