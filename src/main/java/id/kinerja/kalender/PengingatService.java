package id.kinerja.kalender;

import id.kinerja.pengguna.PemegangPeran;
import id.kinerja.pengguna.PemegangPeran.Pemegang;
import id.kinerja.kalender.TenggatHitung.Tenggat;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.rulebook.RulebookService;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.ColumnMapRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * Deadline reminders: {@code hari-sebelum} days before a deadline (any day of that window, so a
 * missed run catches up) and on the day itself, to the people holding a responsible role on the
 * unit, for documents not yet handed in. Each reminder is one row with a unique key (deadline,
 * unit, recipient, kind): a rerun or a second instance inserts nothing. The e-mail is claimed by
 * one conditional update before it is sent, so it goes out at most once; without
 * {@code spring.mail.host} no mail is attempted. Runs on the injected clock; no transaction, each
 * statement commits on its own. The mail queue also carries the notices of {@link KirimPemberitahuan}.
 */
@Service
public class PengingatService {

    private static final Logger log = LoggerFactory.getLogger(PengingatService.class);
    private static final int MAKS_PERCOBAAN = 3;
    private static final int SUREL_PER_JALAN = 500;

    private final TenggatSumber sumber;
    private final PemegangPeran pemegang;
    private final JdbcTemplate jdbc;
    private final Optional<JavaMailSender> surel;
    private final MessageSource pesan;
    private final Clock clock;
    private final int hariSebelum;
    private final String pengirim;
    private final String tautanDasar;

    /** Deadlines and submissions as the job needs them (the calendar's services, no user). */
    interface TenggatSumber {
        List<UnitInfo> semuaUnitAktif();

        List<Tenggat> tenggat(TenggatHitung hitung, UnitInfo unit, int tahun);

        TenggatHitung hitung();

        Map<Long, Instant> diserahkan(JenisDokumen jenis, List<Long> unitIds, int tahun, String periode);
    }

    @Autowired
    PengingatService(KalenderService kalender, OrganisasiQuery organisasi, RulebookService rulebook,
            PemegangPeran pemegang, JdbcTemplate jdbc, Optional<JavaMailSender> surel, MessageSource pesan,
            Clock clock, PengingatProperties setelan) {
        this(new TenggatSumber() {
            @Override
            public List<UnitInfo> semuaUnitAktif() {
                return organisasi.subtree("/").stream().filter(UnitInfo::aktif).toList();
            }

            @Override
            public List<Tenggat> tenggat(TenggatHitung hitung, UnitInfo unit, int tahun) {
                return hitung.untuk(unit, tahun);
            }

            @Override
            public TenggatHitung hitung() {
                return kalender.hitung();
            }

            @Override
            public Map<Long, Instant> diserahkan(JenisDokumen jenis, List<Long> unitIds, int tahun, String periode) {
                return kalender.diserahkan(jenis, unitIds, tahun, periode);
            }
        }, pemegang, jdbc, surel, pesan, clock, setelan.hariSebelum(), setelan.pengirim(), setelan.tautanDasar());
    }

    /** Also for tests that run a second "instance" with its own mail sender. */
    public PengingatService(TenggatSumber sumber, PemegangPeran pemegang, JdbcTemplate jdbc,
            Optional<JavaMailSender> surel, MessageSource pesan, Clock clock, int hariSebelum, String pengirim,
            String tautanDasar) {
        if (hariSebelum < 0 || hariSebelum > 60) {
            throw new IllegalArgumentException("kinerja.kalender.pengingat.hari-sebelum must be 0..60");
        }
        this.sumber = sumber;
        this.pemegang = pemegang;
        this.jdbc = jdbc;
        this.surel = surel;
        this.pesan = pesan;
        this.clock = clock;
        this.hariSebelum = hariSebelum;
        this.pengirim = pengirim;
        this.tautanDasar = tautanDasar;
    }

    /** What one run did. */
    public record Hasil(int notifikasiBaru, int surelTerkirim, int surelGagal) {
    }

    /** A copy of this service with another mail sender (a second instance in tests). */
    public PengingatService denganSurel(Optional<JavaMailSender> lain) {
        return new PengingatService(sumber, pemegang, jdbc, lain, pesan, clock, hariSebelum, pengirim, tautanDasar);
    }

    public Hasil jalankan() {
        LocalDate hariIni = Waktu.hariIni(clock);
        int baru = buatNotifikasi(hariIni);
        int[] kirim = surel.isPresent() ? kirimSurel(surel.get()) : new int[2];
        if (baru > 0 || kirim[0] > 0 || kirim[1] > 0) {
            log.info("Pengingat {}: {} notifikasi baru, {} surel terkirim, {} gagal", hariIni, baru, kirim[0], kirim[1]);
        }
        return new Hasil(baru, kirim[0], kirim[1]);
    }

    private int buatNotifikasi(LocalDate hariIni) {
        List<UnitInfo> units = sumber.semuaUnitAktif();
        Map<Long, List<Pemegang>> penerima = new HashMap<>();
        pemegang.padaUnit(units.stream().map(UnitInfo::id).toList())
                .forEach(p -> penerima.computeIfAbsent(p.unitId(), k -> new ArrayList<>()).add(p));
        TenggatHitung hitung = sumber.hitung();
        record Jatuh(Tenggat tenggat, String jenis) {
        }
        // (document, year, period) -> units with a reminder due today
        Map<String, Map<Long, Jatuh>> calon = new LinkedHashMap<>();
        for (UnitInfo u : units) {
            if (!penerima.containsKey(u.id())) {
                continue;
            }
            for (int tahun = hariIni.getYear() - 1; tahun <= hariIni.getYear(); tahun++) {
                for (Tenggat t : sumber.tenggat(hitung, u, tahun)) {
                    String jenis = t.tanggal().equals(hariIni) ? "HARI_H"
                            : !hariIni.isBefore(t.tanggal().minusDays(hariSebelum)) && hariIni.isBefore(t.tanggal())
                                    ? "SEBELUM" : null;
                    if (jenis != null) {
                        calon.computeIfAbsent(t.jenis() + ":" + t.tahun() + ":" + t.periode(),
                                k -> new LinkedHashMap<>()).put(u.id(), new Jatuh(t, jenis));
                    }
                }
            }
        }
        Map<Long, String> namaUnit = new HashMap<>();
        units.forEach(u -> namaUnit.put(u.id(), u.nama()));
        int baru = 0;
        Timestamp sekarang = Timestamp.from(clock.instant());
        boolean adaSurel = surel.isPresent();
        for (Map<Long, Jatuh> perUnit : calon.values()) {
            Tenggat contoh = perUnit.values().iterator().next().tenggat();
            Map<Long, Instant> masuk = sumber.diserahkan(contoh.jenis(), List.copyOf(perUnit.keySet()), contoh.tahun(),
                    contoh.periode());
            for (Map.Entry<Long, Jatuh> e : perUnit.entrySet()) {
                if (masuk != null && masuk.containsKey(e.getKey())) {
                    continue; // handed in: nothing to remind
                }
                Tenggat t = e.getValue().tenggat();
                Map<Long, Pemegang> orang = new LinkedHashMap<>();
                penerima.get(e.getKey()).stream().filter(p -> t.jenis().penanggungJawab().contains(p.peran()))
                        .forEach(p -> orang.putIfAbsent(p.penggunaId(), p));
                for (Pemegang p : orang.values()) {
                    boolean kirim = adaSurel && p.email() != null && !p.email().isBlank();
                    baru += jdbc.update("""
                            insert into notifikasi (pengguna_id, unit_id, unit_nama, dokumen, tahun, periode, tenggat, jenis,
                                                    dibuat_pada, surel_status, surel)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            on conflict (dokumen, tahun, periode, unit_id, pengguna_id, jenis) do nothing""",
                            p.penggunaId(), e.getKey(), namaUnit.get(e.getKey()), t.jenis().name(), t.tahun(), t.periode(),
                            Date.valueOf(t.tanggal()), e.getValue().jenis(), sekarang, kirim ? "MENUNGGU" : null,
                            kirim ? p.email().trim() : null);
                }
            }
        }
        return baru;
    }

    /** Sends the queued mail (reminders and {@link KirimPemberitahuan} notices alike) with the given sender. */
    int[] kirimSurel(JavaMailSender pengirimSurel) {
        int terkirim = 0;
        int gagal = 0;
        List<Map<String, Object>> antre = jdbc.query("""
                select n.id, n.surel, n.dokumen, n.tahun, n.periode, n.tenggat, n.jenis, n.unit_nama as unit,
                       n.pesan, n.argumen, n.tautan
                  from notifikasi n
                 where n.surel_status = 'MENUNGGU' and n.surel_percobaan < ? order by n.id limit ?""",
                new ColumnMapRowMapper() {
                    @Override
                    protected Object getColumnValue(ResultSet rs, int index) throws SQLException {
                        Object v = super.getColumnValue(rs, index);
                        // read the text[] while its result set is open
                        return v instanceof Array a ? argumen(a.getArray()) : v;
                    }
                }, MAKS_PERCOBAAN, SUREL_PER_JALAN);
        for (Map<String, Object> n : antre) {
            long id = ((Number) n.get("id")).longValue();
            // the claim: only one instance turns MENUNGGU into MENGIRIM
            int klaim = jdbc.update("update notifikasi set surel_status = 'MENGIRIM', surel_pada = ? "
                    + "where id = ? and surel_status = 'MENUNGGU'", Timestamp.from(clock.instant()), id);
            if (klaim == 0) {
                continue;
            }
            try {
                pengirimSurel.send(pesanSurel(n));
                jdbc.update("update notifikasi set surel_status = 'TERKIRIM' where id = ?", id);
                terkirim++;
            } catch (MailException e) {
                log.warn("Surel pengingat {} gagal: {}", id, e.getMessage());
                jdbc.update("update notifikasi set surel_percobaan = surel_percobaan + 1, surel_status = case "
                        + "when surel_percobaan + 1 >= ? then 'GAGAL' else 'MENUNGGU' end where id = ?",
                        MAKS_PERCOBAAN, id);
                gagal++;
            }
        }
        return new int[] {terkirim, gagal};
    }

    private SimpleMailMessage pesanSurel(Map<String, Object> n) {
        if (n.get("pesan") != null) {
            return pesanPemberitahuan(n);
        }
        Locale id = KalenderService.INDONESIA;
        LocalDate tenggat = ((Date) n.get("tenggat")).toLocalDate();
        String dokumen = pesan.getMessage("kalender.dokumen." + n.get("dokumen"), null, id);
        String periode = pesan.getMessage("kalender.periode." + n.get("periode"), null, id);
        Object[] arg = {dokumen, periode, ((Number) n.get("tahun")).intValue(), tenggat.format(KalenderService.TANGGAL),
                n.get("unit"), tautanDasar + "/notifikasi"};
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(pengirim);
        m.setTo((String) n.get("surel"));
        m.setSubject(pesan.getMessage("kalender.surel.subjek." + n.get("jenis"), arg, id));
        m.setText(pesan.getMessage("kalender.surel.isi." + n.get("jenis"), arg, id));
        return m;
    }

    /** A {@link KirimPemberitahuan} notice: its own keys and arguments, in Indonesian like the reminders. */
    private SimpleMailMessage pesanPemberitahuan(Map<String, Object> n) {
        Locale id = KalenderService.INDONESIA;
        Date tenggat = (Date) n.get("tenggat");
        List<Object> arg = new ArrayList<>(List.of(n.get("unit"), String.valueOf(((Number) n.get("tahun")).intValue()),
                tenggat == null ? "" : tenggat.toLocalDate().format(KalenderService.TANGGAL),
                tautanDasar + n.get("tautan")));
        arg.addAll(argumen(n.get("argumen")));
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(pengirim);
        m.setTo((String) n.get("surel"));
        m.setSubject(pesan.getMessage(n.get("pesan") + ".subjek", arg.toArray(), id));
        m.setText(pesan.getMessage(n.get("pesan") + ".isi", arg.toArray(), id));
        return m;
    }

    /** The arguments of a notice as read from its {@code text[]} column. */
    static List<String> argumen(Object isi) {
        if (isi instanceof List<?> l) {
            return l.stream().map(String::valueOf).toList();
        }
        return isi instanceof Object[] o ? Arrays.stream(o).map(String::valueOf).toList() : List.of();
    }
}
