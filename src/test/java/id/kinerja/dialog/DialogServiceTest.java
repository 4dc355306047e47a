package id.kinerja.dialog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.dialog.logbook.LogbookHarian;
import id.kinerja.dialog.logbook.LogbookService;
import id.kinerja.organisasi.OrganisasiService;
import id.kinerja.organisasi.UnitService;
import id.kinerja.pengguna.PenggunaService;
import id.kinerja.perencanaan.JenisPk;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.perencanaan.RencanaAksiService;
import id.kinerja.perencanaan.StatusPk;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import id.kinerja.validasi.PemeriksaDko;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The dialog module's rules, on a fresh organisation, with the clock set inside the demo year. */
@IntegrationTest
class DialogServiceTest {

    @Autowired OrganisasiService organisasi;
    @Autowired UnitService units;
    @Autowired PerencanaanService perencanaan;
    @Autowired RencanaAksiService renaksi;
    @Autowired PenggunaService pengguna;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService users;
    @Autowired DialogService dialog;
    @Autowired LogbookService logbook;
    @Autowired PemeriksaDko dko;
    @Autowired JamUji jam;
    @Autowired JdbcTemplate jdbc;

    DialogUji.Hasil u;

    @BeforeEach
    void siapkan() {
        jam.setel("2026-08-15T10:00:00+07:00");
        u = DialogUji.buat(organisasi, units, perencanaan, renaksi, pengguna, encoder, users);
    }

    @AfterEach
    void pulihkan() {
        jam.pulihkan();
        SecurityContextHolder.clearContext();
    }

    private static DialogKinerja.Risalah risalah(LocalDate t, List<Long> iku) {
        return new DialogKinerja.Risalah(t, DialogKinerja.Tingkat.ORGANISASI, DialogKinerja.Bentuk.KELOMPOK,
                DialogKinerja.Sifat.BERKALA, "Ruang rapat", "Deputi Dialog", "Deputi", null, "Deputi, para Asdep",
                "Pemantauan TW III", "Rencana aksi berjalan", "Data mitra terlambat", "Jadwal mitra",
                "Percepat permintaan data", true, DialogKinerja.StatusSelesai.SELESAI, null, iku);
    }

    private long akarIku() {
        DialogUji.masuk(users, u.perencana());
        return dialog.ikuUntuk(u.unitId(), LocalDate.of(2026, 8, 10)).get(0).akarId();
    }

    @Test
    void aRisalahShowsThePlanInScopeAndItsFollowUpsComeBackUntilClosed() {
        long iku = akarIku();
        Long d1 = dialog.catat(u.unitId(), risalah(LocalDate.of(2026, 8, 10), List.of(iku)));
        Long tl1 = dialog.tambahTindakLanjut(d1, "Lengkapi data mitra", "Asdep Energi", YearMonth.of(2026, 8));
        dialog.tambahTindakLanjut(d1, "Susun SOP", "Kabag", YearMonth.of(2026, 10));

        DialogService.DialogView v = dialog.dialog(d1);
        assertThat(v.iku()).singleElement().satisfies(i -> {
            assertThat(i.dipilih()).isTrue();
            assertThat(i.target()).isEqualByComparingTo("30"); // TW III trajectory
        });
        assertThat(v.rencanaAksi()).extracting(DialogService.KegiatanLingkup::nama)
                .containsExactly("Rapat koordinasi kebijakan energi");
        assertThat(v.tindakLanjut()).hasSize(2).noneMatch(DialogService.TindakLanjutView::terlambat);
        assertThat(dko.dkoTercatat(u.unitId(), 2026, 3)).isTrue();
        assertThat(dko.dkoTercatat(u.unitId(), 2026, 2)).isFalse();

        // September: the August follow-up is overdue, listed on the unit page and carried into the next risalah
        jam.setel("2026-09-05T10:00:00+07:00");
        Long d2 = dialog.catat(u.unitId(), risalah(LocalDate.of(2026, 9, 4), List.of()));
        assertThat(dialog.tindakLanjutTerbuka(u.unitId())).filteredOn(DialogService.TindakLanjutView::terlambat)
                .extracting(DialogService.TindakLanjutView::id).containsExactly(tl1);
        assertThat(dialog.dialog(d2).tindakLanjutBawaan()).extracting(DialogService.TindakLanjutView::uraian)
                .containsExactly("Lengkapi data mitra", "Susun SOP");
        dialog.tutupTindakLanjut(tl1, 0, "Data diterima 3 September");
        assertThat(dialog.dialog(d2).tindakLanjutBawaan()).extracting(DialogService.TindakLanjutView::uraian)
                .containsExactly("Susun SOP");
        assertThatThrownBy(() -> dialog.tutupTindakLanjut(tl1, 1, "lagi")).isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where entitas = 'TindakLanjutDialog' "
                + "and entitas_id = ?", Integer.class, tl1.toString())).isEqualTo(2);
    }

    @Test
    void theScheduleFlagsAMissedPeriodAndBadInputNamesItsField() {
        DialogUji.masuk(users, u.perencana());
        // Marves: quarterly DKO; by 15 August TW I and TW II ended without one
        DialogService.HalamanUnit h = dialog.halamanUnit(u.unitId(), 2026);
        assertThat(h.jadwal().intervalBulan()).isEqualTo(3);
        assertThat(h.periode()).extracting(DialogService.PeriodeJadwal::terlewat).containsExactly(true, true, false);
        assertThatThrownBy(() -> dialog.catat(u.unitId(), risalah(LocalDate.of(2026, 8, 16), List.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("tanggal"));
        var kosong = new DialogKinerja.Risalah(LocalDate.of(2026, 8, 1), DialogKinerja.Tingkat.ORGANISASI,
                DialogKinerja.Bentuk.KELOMPOK, DialogKinerja.Sifat.BERKALA, null, "Deputi", null, "12345", "x", " ",
                null, null, null, null, false, DialogKinerja.StatusSelesai.SELESAI, null, List.of(999_999_999L));
        assertThatThrownBy(() -> dialog.catat(u.unitId(), kosong)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.semuaPelanggaran()).extracting(BusinessRuleException::getField)
                        .contains("agenda", "pemimpinNip", "ikuAkarIds"));
    }

    @Test
    void anApprovedTargetChangeOpensARevisionWithTheNewTargetFromTheNextQuarter() {
        long iku = akarIku();
        Long d = dialog.catat(u.unitId(), risalah(LocalDate.of(2026, 8, 10), List.of(iku)));
        Long p = dialog.ajukanPermintaan(d, PermintaanPerubahan.Jenis.TARGET, u.ikuId(), new BigDecimal("80"),
                "Target rekomendasi menjadi 80", "Mitra menunda dua kajian");
        // the filer (a planner) is not the addressee; the head of the unit above is not either (Marves: PKO Pusat)
        assertThatThrownBy(() -> dialog.setujui(p, 0, null)).isInstanceOf(AccessDeniedException.class);
        DialogUji.masuk(users, u.pimpinan());
        assertThatThrownBy(() -> dialog.setujui(p, 0, null)).isInstanceOf(AccessDeniedException.class);

        DialogUji.masuk(users, u.pko());
        Long rev = dialog.setujui(p, 0, "Disetujui");
        var v2 = perencanaan.pkById(rev);
        assertThat(v2.jenis()).isEqualTo(JenisPk.REVISI);
        assertThat(v2.status()).isEqualTo(StatusPk.DRAFT);
        assertThat(v2.berlakuMulaiTriwulan()).isEqualTo(4);
        assertThat(jdbc.queryForList("""
                select t.target from target_periode t join iku i on i.id = t.iku_id
                join sasaran_strategis s on s.id = i.ss_id where s.pk_id = ? order by t.nomor""", BigDecimal.class, rev))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("10"), new BigDecimal("20"), new BigDecimal("30"), new BigDecimal("80"));
        assertThat(jdbc.queryForObject("select i.target from iku i join sasaran_strategis s on s.id = i.ss_id "
                + "where s.pk_id = ?", BigDecimal.class, rev)).isEqualByComparingTo("80");
        // the approved version is untouched and still in force
        assertThat(perencanaan.pkById(u.pkId()).status()).isEqualTo(StatusPk.DITETAPKAN);
        assertThatThrownBy(() -> dialog.setujui(p, 1, null)).isInstanceOf(BusinessRuleException.class);
        assertThat(jdbc.queryForList("select aksi from audit_log where entitas = 'PermintaanPerubahan' and "
                + "entitas_id = ? order by id", String.class, p.toString())).contains("AJUKAN", "SETUJUI");
    }

    @Test
    void whoeverFilesNeverDecidesAndARejectionNeedsAnAnswer() {
        DialogUji.masuk(users, u.pko());
        Long d = dialog.catat(u.unitId(), risalah(LocalDate.of(2026, 8, 10), List.of()));
        Long p = dialog.ajukanPermintaan(d, PermintaanPerubahan.Jenis.ANGGARAN, null, null,
                "Geser anggaran rapat ke kajian", "Rapat daring lebih hemat");
        assertThatThrownBy(() -> dialog.tolak(p, 0, "tidak")).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo("tugas.terpisah"));
        DialogUji.masuk(users, "admin");
        assertThatThrownBy(() -> dialog.tolak(p, 0, " ")).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.getField()).isEqualTo("jawaban"));
        dialog.tolak(p, 0, "Anggaran sudah terikat kontrak");
        assertThat(jdbc.queryForObject("select status from permintaan_perubahan where id = ?", String.class, p))
                .isEqualTo("DITOLAK");
        assertThat(jdbc.queryForObject("select count(*) from perjanjian_kinerja where unit_id = ?", Integer.class,
                u.unitId())).isEqualTo(1);
        DialogUji.masuk(users, u.perencana());
        assertThatThrownBy(() -> dialog.ajukanPermintaan(d, PermintaanPerubahan.Jenis.TARGET, null, null, "x", "y"))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.semuaPelanggaran())
                        .extracting(BusinessRuleException::getField).contains("ikuId", "targetBaru"));
    }

    @Test
    void theLogbookQueuesEntriesToDiscussForTheSuperiorOnly() {
        DialogUji.masuk(users, u.perencana());
        Long biasa = logbook.tulis(u.unitId(), LocalDate.of(2026, 8, 14), u.kegiatanId(), "Menyusun notulen",
                "https://drive.example.go.id/notulen", LogbookHarian.Kategori.BIASA);
        Long diskusi = logbook.tulis(u.unitId(), LocalDate.of(2026, 8, 15), null, "Data mitra belum masuk", null,
                LogbookHarian.Kategori.PERLU_DISKUSI);
        assertThatThrownBy(() -> logbook.tulis(u.unitId(), LocalDate.of(2026, 8, 15), null, "x",
                "javascript:alert(1)", LogbookHarian.Kategori.BIASA))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.getField()).isEqualTo("tautan"));
        assertThatThrownBy(() -> logbook.tulis(u.unitId(), LocalDate.of(2026, 8, 16), null, "besok", null,
                LogbookHarian.Kategori.BIASA)).isInstanceOf(BusinessRuleException.class);
        assertThat(logbook.halaman(u.unitId(), YearMonth.of(2026, 8)).menungguDiskusi())
                .extracting(LogbookService.Entri::id).containsExactly(diskusi);
        assertThatThrownBy(() -> logbook.jawab(diskusi, 0, "ok")).isInstanceOf(AccessDeniedException.class);
        DialogUji.masuk(users, u.pimpinan());
        assertThatThrownBy(() -> logbook.jawab(biasa, 0, "ok")).isInstanceOf(BusinessRuleException.class);
        logbook.jawab(diskusi, 0, "Bahas di DKO September");
        LogbookService.Halaman h = logbook.halaman(u.unitId(), YearMonth.of(2026, 8));
        assertThat(h.menungguDiskusi()).isEmpty();
        assertThat(h.entri()).extracting(LogbookService.Entri::jawaban).containsExactly(null, "Bahas di DKO September");
        assertThat(h.entri().get(0).kegiatan()).contains("Rapat koordinasi kebijakan energi");
    }
}
