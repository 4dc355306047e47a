package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import id.kinerja.support.JamUji;
import jakarta.mail.internet.MimeMessage;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Objection notices (in-app and e-mail) on the demo, with mail configured: a real SMTP server in-process
 * (GreenMail) behind a JavaMailSender registered for this test only, exactly as Spring Boot registers one
 * when {@code spring.mail.host} is set. The analyst (kemenlu.analis) files against her 2025 results, her
 * evaluator (kemenlu.kasubbag) answers, the reviewer (kemenlu.pimpinan) decides; everyone involved and a
 * few bystanders get their own e-mail address for the test, so a mail to anyone else would show.
 */
@IntegrationTest
class PemberitahuanKeberatanTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private static final int TAHUN = 2025;
    private static final String SUREL_UJI = "surelUjiPemberitahuanKeberatan";
    private static final String ALASAN = "Rahasia: tugas tambahan tidak diperhitungkan";
    private static final String TANGGAPAN = "Rahasia: tugas tambahan sudah diperhitungkan";
    /** Scores of the fixture, odd enough that none can appear in a date or an id by chance. */
    private static final String[] SKOR = {"73,45", "73.45", "86,29", "86.29", "81,37", "81.37"};
    private static final String[] ORANG = {"kemenlu.analis", "kemenlu.kasubbag", "kemenlu.pimpinan", "kemenlu.sdm",
            "kemenlu.pko", "kemenlu.perencana", "kemenlu.pimpinan2"};

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JamUji jam;

    @Autowired
    ConfigurableApplicationContext konteks;

    @Autowired
    PemberitahuanKeberatan pemberitahuan;

    @Autowired
    PengingatKeberatanTerjadwal terjadwal;

    long analis;
    String url;
    long idAwal;
    final Map<String, String> surelAsli = new HashMap<>();
    final Map<String, String> alamat = new HashMap<>();

    @BeforeEach
    void fiksur() {
        analis = DemoUnits.id(jdbc, "ROREN-PK-EVA-01");
        url = "/penilaian/" + analis + "/" + TAHUN;
        bersihkan();
        idAwal = jdbc.queryForObject("select coalesce(max(id), 0) from notifikasi", Long.class);
        String akhiran = UUID.randomUUID().toString().substring(0, 6);
        for (String u : ORANG) {
            surelAsli.put(u, jdbc.queryForObject("select email from pengguna where username = ?", String.class, u));
            alamat.put(u, u.replace('.', '-') + "." + akhiran + "@uji-keberatan.example");
            jdbc.update("update pengguna set email = ? where username = ?", alamat.get(u), u);
        }
        jdbc.update("""
                insert into nilai_perilaku (unit_id, tahun, semester, nilai, dinilai_oleh, dinilai_pada)
                values (?, ?, 1, 73.45, 'kemenlu.kasubbag', ?)""", analis, TAHUN,
                OffsetDateTime.parse("2026-01-10T10:00:00+07:00"));
        jdbc.update("""
                insert into reviu_nckp (unit_id, tahun, keputusan, ckp_tahunan, np_tahunan, nckp, nckp_final,
                    direviu_oleh, direviu_pada) values (?, ?, 'SETUJU', 86.29, 73.45, 81.37, 81.37, 'kemenlu.pimpinan', ?)""",
                analis, TAHUN, OffsetDateTime.parse("2026-01-12T10:00:00+07:00"));
        JavaMailSenderImpl s = new JavaMailSenderImpl();
        s.setHost("localhost");
        s.setPort(smtp.getSmtp().getPort());
        ((DefaultListableBeanFactory) konteks.getBeanFactory()).registerSingleton(SUREL_UJI, s);
        jam.setel("2026-01-20T10:00:00+07:00");
    }

    @AfterEach
    void pulihkan() {
        ((DefaultListableBeanFactory) konteks.getBeanFactory()).destroySingleton(SUREL_UJI);
        jam.pulihkan();
        bersihkan();
        surelAsli.forEach((u, e) -> jdbc.update("update pengguna set email = ? where username = ?", e, u));
        jdbc.update("delete from notifikasi where id > ?", idAwal);
    }

    private void bersihkan() {
        for (String t : new String[] {"keberatan_nckp", "reviu_nckp", "nilai_perilaku"}) {
            jdbc.update("delete from " + t + " where unit_id = ? and tahun = ?", analis, TAHUN);
        }
    }

    private int kirim(String path, String username, String... param) throws Exception {
        var b = post(url + path);
        for (int i = 0; i + 1 < param.length; i += 2) {
            b.param(param[i], param[i + 1]);
        }
        return mvc.perform(b.with(user(users.loadUserByUsername(username))).with(csrf())).andReturn().getResponse()
                .getStatus();
    }

    private String versi() {
        return jdbc.queryForObject("select version from keberatan_nckp where unit_id = ? and tahun = ?", Long.class,
                analis, TAHUN).toString();
    }

    private String unitNama() {
        return jdbc.queryForObject("select nama from unit where id = ?", String.class, analis);
    }

    /** Waits for exactly {@code n} mails in all, then makes sure no further one arrives. */
    private List<MimeMessage> surel(int n) {
        assertThat(smtp.waitForIncomingEmail(15_000, n)).as("%d e-mail(s) expected", n).isTrue();
        assertThat(smtp.waitForIncomingEmail(1_500, n + 1)).as("no more than %d e-mail(s)", n).isFalse();
        return List.of(smtp.getReceivedMessages());
    }

    /** The one mail with this subject (GreenMail lists mails by mailbox, not by arrival). */
    private static MimeMessage bersubjek(List<MimeMessage> m, String subjek) throws Exception {
        List<MimeMessage> hasil = new ArrayList<>();
        for (MimeMessage x : m) {
            if (x.getSubject().equals(subjek)) {
                hasil.add(x);
            }
        }
        assertThat(hasil).as(subjek).isNotEmpty();
        return hasil.get(hasil.size() - 1);
    }

    /** The decoded text (the raw body is quoted-printable: long lines are broken). */
    private static String isi(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    private static String kepada(MimeMessage m) throws Exception {
        return m.getAllRecipients()[0].toString();
    }

    /** The in-app notices made in this test: recipient username → message key, in order. */
    private List<String> notifikasi() {
        return jdbc.queryForList("""
                select p.username || ' ' || n.pesan from notifikasi n join pengguna p on p.id = n.pengguna_id
                 where n.id > ? order by n.id""", String.class, idAwal);
    }

    private static void tanpaRahasia(MimeMessage m) throws Exception {
        String semua = m.getSubject() + "\n" + isi(m);
        assertThat(semua).doesNotContain(ALASAN).doesNotContain(TANGGAPAN).doesNotContain("Rahasia:");
        for (String skor : SKOR) {
            assertThat(semua).as("no score in the mail").doesNotContain(skor);
        }
    }

    @Test
    void diajukanMemberitahuPenilaiSajaTanpaSkorAtauIsiKeberatan() throws Exception {
        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNp", "true", "atasNckpFinal", "true", "alasan", ALASAN))
                .isEqualTo(302);

        List<MimeMessage> m = surel(1);
        assertThat(kepada(m.get(0))).isEqualTo(alamat.get("kemenlu.kasubbag"));
        assertThat(m.get(0).getSubject())
                .isEqualTo("[Kinerja] Keberatan menunggu tanggapan Anda: " + unitNama() + " tahun 2025");
        String isi = isi(m.get(0));
        // position, year, what is objected to, the due date (14 days from 20 January) and the page
        assertThat(isi).contains("Pegawai jabatan " + unitNama() + " mengajukan keberatan atas NP, NCKP Final tahun 2025")
                .contains("paling lambat Selasa, 3 Februari 2026").contains(url);
        tanpaRahasia(m.get(0));
        assertThat(notifikasi()).containsExactly("kemenlu.kasubbag penilaian.keberatan.pemberitahuan.diajukan");
        assertThat(jdbc.queryForObject("select surel_status from notifikasi where id > ?", String.class, idAwal))
                .isEqualTo("TERKIRIM");

        // in the evaluator's notices (linked to the page, in both languages) and counted in the inbox
        String daftar = mvc.perform(get("/notifikasi").with(user(users.loadUserByUsername("kemenlu.kasubbag"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(daftar).contains("href=\"" + url + "\"")
                .contains("menunggu tanggapan tertulis Anda paling lambat Selasa, 3 Februari 2026");
        assertThat(mvc.perform(get("/notifikasi").param("lang", "en")
                .with(user(users.loadUserByUsername("kemenlu.kasubbag")))).andReturn().getResponse()
                .getContentAsString()).contains("awaits your written answer by Tuesday, 3 February 2026");
        assertThat(mvc.perform(get("/kotak-masuk").with(user(users.loadUserByUsername("kemenlu.kasubbag"))))
                .andReturn().getResponse().getContentAsString()).contains("/notifikasi");
        // the employee's own list stays empty of it
        assertThat(mvc.perform(get("/notifikasi").with(user(users.loadUserByUsername("kemenlu.analis")))).andReturn()
                .getResponse().getContentAsString()).doesNotContain("data-testid=\"pemberitahuan\"");
    }

    @Test
    void diteruskanKeAtasanPenilaiLaluDiputusKePegawai() throws Exception {
        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNp", "true", "alasan", ALASAN)).isEqualTo(302);
        surel(1);
        // the evaluator does not accept on 22 January: the employee hears of the answer, the reviewer must decide
        jam.setel("2026-01-22T09:00:00+07:00");
        assertThat(kirim("/keberatan/tanggapan", "kemenlu.kasubbag", "terima", "false", "alasan", TANGGAPAN,
                "version", versi())).isEqualTo(302);
        List<MimeMessage> m = surel(3);
        MimeMessage atasan = bersubjek(m, "[Kinerja] Keberatan menunggu keputusan Anda: " + unitNama() + " tahun 2025");
        assertThat(kepada(atasan)).isEqualTo(alamat.get("kemenlu.pimpinan"));
        // the reviewer's 14 days run from the forwarding day
        assertThat(isi(atasan)).contains("atas NP tahun 2025").contains("paling lambat Kamis, 5 Februari 2026")
                .contains(url);
        MimeMessage pegawai = bersubjek(m, "[Kinerja] Keberatan Anda telah ditanggapi: " + unitNama() + " tahun 2025");
        assertThat(kepada(pegawai)).isEqualTo(alamat.get("kemenlu.analis"));
        assertThat(isi(pegawai)).contains(url);
        tanpaRahasia(atasan);
        tanpaRahasia(pegawai);

        // the final decision: the employee only
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "false", "alasan", "Rahasia: tetap",
                "version", versi())).isEqualTo(302);
        m = surel(4);
        MimeMessage putus = bersubjek(m, "[Kinerja] Keberatan Anda telah diputus: " + unitNama() + " tahun 2025");
        assertThat(kepada(putus)).isEqualTo(alamat.get("kemenlu.analis"));
        tanpaRahasia(putus);
        List<String> penerima = new ArrayList<>();
        for (MimeMessage x : m) {
            penerima.add(kepada(x));
        }
        assertThat(penerima).containsExactlyInAnyOrder(alamat.get("kemenlu.kasubbag"), alamat.get("kemenlu.analis"),
                alamat.get("kemenlu.pimpinan"), alamat.get("kemenlu.analis"));
        assertThat(notifikasi()).containsExactly(
                "kemenlu.kasubbag penilaian.keberatan.pemberitahuan.diajukan",
                "kemenlu.analis penilaian.keberatan.pemberitahuan.ditanggapi",
                "kemenlu.pimpinan penilaian.keberatan.pemberitahuan.diteruskan",
                "kemenlu.analis penilaian.keberatan.pemberitahuan.diputus");
    }

    @Test
    void pengingatLewatBatasSekaliSehariDanTidakSebelumnya() throws Exception {
        assertThat(kirim("/keberatan", "kemenlu.analis", "atasNckp", "true", "alasan", ALASAN)).isEqualTo(302);
        surel(1);
        // the evaluator's last day is 3 February: nothing on it, nor before
        for (String hari : new String[] {"2026-01-27T06:05:00+07:00", "2026-02-03T23:30:00+07:00"}) {
            jam.setel(hari);
            assertThat(pemberitahuan.pengingat()).as(hari).isZero();
        }
        // from the day after: one reminder a day, however often the job runs
        jam.setel("2026-02-04T00:10:00+07:00");
        assertThat(pemberitahuan.pengingat()).isEqualTo(1);
        jam.setel("2026-02-04T06:05:00+07:00");
        assertThat(pemberitahuan.pengingat()).isZero();
        List<MimeMessage> m = surel(2);
        MimeMessage lewat = bersubjek(m, "[Kinerja] Tanggapan keberatan lewat batas: " + unitNama() + " tahun 2025");
        assertThat(kepada(lewat)).isEqualTo(alamat.get("kemenlu.kasubbag"));
        assertThat(isi(lewat)).contains("paling lambat Selasa, 3 Februari 2026").contains(url);
        tanpaRahasia(lewat);
        // the next day through the scheduled bean, then once more by hand: still one
        jam.setel("2026-02-05T06:05:00+07:00");
        terjadwal.jalankan();
        assertThat(pemberitahuan.pengingat()).isZero();
        surel(3);

        // answered late (accepted, flagged): the evaluator's reminders stop; the reviewer's 14 days start now
        assertThat(kirim("/keberatan/tanggapan", "kemenlu.kasubbag", "terima", "false", "alasan", TANGGAPAN,
                "version", versi())).isEqualTo(302);
        surel(5);
        jam.setel("2026-02-19T20:00:00+07:00");
        assertThat(pemberitahuan.pengingat()).isZero();
        jam.setel("2026-02-20T06:05:00+07:00");
        assertThat(pemberitahuan.pengingat()).isEqualTo(1);
        assertThat(pemberitahuan.pengingat()).isZero();
        m = surel(6);
        lewat = bersubjek(m, "[Kinerja] Keputusan keberatan lewat batas: " + unitNama() + " tahun 2025");
        assertThat(kepada(lewat)).isEqualTo(alamat.get("kemenlu.pimpinan"));
        assertThat(isi(lewat)).contains("paling lambat Kamis, 19 Februari 2026");
        tanpaRahasia(lewat);

        // decided: no reminder any more
        assertThat(kirim("/keberatan/keputusan", "kemenlu.pimpinan", "terima", "false", "alasan", "Rahasia: tetap",
                "version", versi())).isEqualTo(302);
        surel(7);
        jam.setel("2026-02-21T06:05:00+07:00");
        assertThat(pemberitahuan.pengingat()).isZero();
        List<String> penerima = new ArrayList<>();
        for (MimeMessage x : smtp.getReceivedMessages()) {
            penerima.add(kepada(x));
        }
        assertThat(penerima).containsOnly(alamat.get("kemenlu.analis"), alamat.get("kemenlu.kasubbag"),
                alamat.get("kemenlu.pimpinan"));
        assertThat(notifikasi()).containsExactly(
                "kemenlu.kasubbag penilaian.keberatan.pemberitahuan.diajukan",
                "kemenlu.kasubbag penilaian.keberatan.pemberitahuan.lewatTanggapan",
                "kemenlu.kasubbag penilaian.keberatan.pemberitahuan.lewatTanggapan",
                "kemenlu.analis penilaian.keberatan.pemberitahuan.ditanggapi",
                "kemenlu.pimpinan penilaian.keberatan.pemberitahuan.diteruskan",
                "kemenlu.pimpinan penilaian.keberatan.pemberitahuan.lewatKeputusan",
                "kemenlu.analis penilaian.keberatan.pemberitahuan.diputus");
    }
}
