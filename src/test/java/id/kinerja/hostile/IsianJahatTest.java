package id.kinerja.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import id.kinerja.organisasi.UnitService;
import id.kinerja.perencanaan.PerencanaanService;
import id.kinerja.support.DemoUnits;
import id.kinerja.support.IntegrationTest;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every text field of the main forms (the String properties of the form classes, found by
 * reflection, so a new field is attacked the day it is added) and the text parameters of the
 * small POST handlers, fed oversized, control-character and script input. Nothing may answer 5xx;
 * a refused submission stores nothing; an accepted one stores the whole row, and the page that
 * shows it escapes the script.
 */
@IntegrationTest
class IsianJahatTest {

    private static final Logger log = LoggerFactory.getLogger(IsianJahatTest.class);
    private static final String XSS = "<script>alert('xss')</script>";

    /** The hostile inputs; each gets its own label in failure messages. */
    static final Map<String, String> MUATAN = new LinkedHashMap<>();

    static {
        MUATAN.put("10.000 karakter", "x".repeat(10_000));
        MUATAN.put("200.000 karakter", "y".repeat(200_000));
        MUATAN.put("\\x01", "Teks\u0001kendali");
        MUATAN.put("NUL", "Teks\u0000nul");
        MUATAN.put("surrogat tunggal", "Teks\uD800rusak");
        MUATAN.put("skrip", XSS);
        MUATAN.put("atribut", "\"><img src=x onerror=alert(1)>");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UnitService units;

    @Autowired
    PerencanaanService perencanaan;

    /** One attacked form: where it posts, as whom, valid values for the rest, and what it stores. */
    record Sasaran(String nama, String url, String user, Supplier<Map<String, String>> dasar, List<String> teks,
            String hitung, Object[] hitungArgs, String halaman) {
    }

    static List<String> teksDari(String kelas) {
        try {
            return Arrays.stream(Class.forName(kelas).getDeclaredFields()).filter(f -> f.getType() == String.class)
                    .filter(f -> !Modifier.isStatic(f.getModifiers())).map(Field::getName).toList();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyTextFieldSurvivesHostileInput() throws Exception {
        RencanaUji.Rencana r = RencanaUji.draf(users, units, perencanaan, jdbc);
        long roren = DemoUnits.id(jdbc, "ROREN");
        List<Sasaran> sasaran = List.of(
                new Sasaran("Sasaran Strategis", "/perencanaan/pk/" + r.pkId() + "/ss", "marves.pkounit",
                        () -> Map.of("nama", "Sasaran uji " + RencanaUji.unik("s"), "perspektif", "STAKEHOLDER",
                                "posisi", "3"),
                        teksDari("id.kinerja.perencanaan.web.SasaranForm"),
                        "select count(*) from sasaran_strategis where pk_id = ?", new Object[] {r.pkId()},
                        "/perencanaan/pk/" + r.pkId()),
                new Sasaran("IKU", "/perencanaan/pk/" + r.pkId() + "/iku", "marves.pkounit",
                        () -> ikuDasar(r.ssId()), teksDari("id.kinerja.perencanaan.web.IkuForm"),
                        "select count(*) from iku where ss_id = ?", new Object[] {r.ssId()},
                        "/perencanaan/pk/" + r.pkId()),
                new Sasaran("Unit", "/admin/unit", "admin",
                        () -> Map.of("indukId", String.valueOf(roren), "kode", RencanaUji.unik("U").toUpperCase(),
                                "nama", "Unit uji", "jenis", "UNIT_KERJA", "urutan", "1"),
                        teksDari("id.kinerja.organisasi.web.UnitForm"),
                        "select count(*) from unit where induk_id = ?", new Object[] {roren}, "/unit/" + roren),
                new Sasaran("Pengguna", "/admin/pengguna", "admin",
                        () -> Map.of("username", RencanaUji.unik("isian").toLowerCase(), "nama", "Pengguna uji",
                                "password", "kalimat-sandi-uji-2026"),
                        teksDari("id.kinerja.pengguna.web.PenggunaForm"), "select count(*) from pengguna",
                        new Object[] {}, "/admin/pengguna"),
                new Sasaran("Kontributor", "/cascading/iku/" + r.ikuId() + "/keselarasan/kontributor",
                        "marves.pkounit", () -> Map.of("namaEksternal", "Kementerian Uji", "peran", "Pendukung"),
                        List.of("namaEksternal", "peran"),
                        "select count(*) from kontributor_crosscutting where iku_id = ?", new Object[] {r.ikuId()},
                        "/cascading/iku/" + r.ikuId() + "/keselarasan"),
                new Sasaran("Kegiatan rencana aksi", "/perencanaan/pk/" + r.pkId() + "/rencana-aksi/kegiatan",
                        "marves.pkounit", () -> Map.of("ikuId", String.valueOf(r.ikuId()), "triwulan", "1",
                                "nama", "Kegiatan uji"),
                        List.of("nama", "buktiDukung", "anggaran"),
                        "select count(*) from kegiatan_renaksi where iku_id = ?", new Object[] {r.ikuId()},
                        "/perencanaan/pk/" + r.pkId() + "/rencana-aksi"),
                new Sasaran("Anggaran", "/perencanaan/pk/" + r.pkId() + "/rencana-aksi/anggaran", "marves.pkounit",
                        () -> Map.of("program", "Program uji", "anggaran", "1.000"),
                        List.of("program", "kegiatan", "rincianOutput", "anggaran"),
                        "select count(*) from pk_anggaran where pk_id = ?", new Object[] {r.pkId()},
                        "/perencanaan/pk/" + r.pkId() + "/rencana-aksi"));
        List<String> masalah = new ArrayList<>();
        Map<Integer, Integer> status = new TreeMap<>();
        int dicoba = 0;
        for (Sasaran s : sasaran) {
            assertThat(s.teks()).as(s.nama() + " has text fields").isNotEmpty();
            for (String field : s.teks()) {
                for (Map.Entry<String, String> m : MUATAN.entrySet()) {
                    Map<String, String> isian = new LinkedHashMap<>(s.dasar().get());
                    isian.put(field, m.getValue());
                    if (s.url().startsWith("/perencanaan/pk/")) {
                        // the form carries the PK's current version, as the page would
                        isian.put("version", String.valueOf(perencanaan.versi(r.pkId())));
                    }
                    int sebelum = jdbc.queryForObject(s.hitung(), Integer.class, s.hitungArgs());
                    MockHttpServletRequestBuilder b = post(s.url()).with(user(users.loadUserByUsername(s.user())))
                            .with(csrf());
                    isian.forEach(b::param);
                    MvcResult hasil = mvc.perform(b).andReturn();
                    int kode = hasil.getResponse().getStatus();
                    status.merge(kode, 1, Integer::sum);
                    dicoba++;
                    int sesudah = jdbc.queryForObject(s.hitung(), Integer.class, s.hitungArgs());
                    String label = s.nama() + "." + field + " ← " + m.getKey();
                    if (kode >= 500) {
                        masalah.add(label + ": " + kode);
                    } else if (kode / 100 == 3 && sesudah != sebelum + 1) {
                        // a redirect may still carry a refusal as a flash message: then nothing is stored
                        if (sesudah != sebelum) {
                            masalah.add(label + ": " + (sesudah - sebelum) + " rows");
                        }
                    } else if (kode / 100 != 3 && sesudah != sebelum) {
                        masalah.add(label + ": refused (" + kode + ") but stored " + (sesudah - sebelum) + " rows");
                    }
                    if (kode / 100 == 3 && m.getValue().contains("alert")) {
                        String page = mvc.perform(get(s.halaman()).with(user(users.loadUserByUsername(s.user()))))
                                .andReturn().getResponse().getContentAsString();
                        if (page.contains(m.getValue())) {
                            masalah.add(label + ": shown unescaped on " + s.halaman());
                        }
                    }
                }
            }
        }
        log.info("Hostile input: {} submissions ({} forms, {} payloads); statuses {}", dicoba, sasaran.size(),
                MUATAN.size(), status);
        assertThat(masalah).isEmpty();
    }

    private static Map<String, String> ikuDasar(long ssId) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("ssId", String.valueOf(ssId));
        m.put("urutan", "2");
        m.put("nama", "IKU uji " + RencanaUji.unik("i"));
        m.put("definisi", "Definisi uji");
        m.put("formula", "Jumlah");
        m.put("satuan", "dokumen");
        m.put("kualitas", "OUTPUT");
        m.put("jenisCascading", "N");
        m.put("konsolidasiPeriode", "SUM");
        m.put("polarisasi", "MAXIMIZE");
        m.put("periodePelaporan", "TAHUN");
        m.put("target", "10");
        return m;
    }
}
