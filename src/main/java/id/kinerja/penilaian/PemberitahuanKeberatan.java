package id.kinerja.penilaian;

import id.kinerja.kalender.KirimPemberitahuan;
import id.kinerja.kalender.KirimPemberitahuan.Pemberitahuan;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Who hears of an objection, through the calendar's notices (in-app and e-mail, {@link KirimPemberitahuan}):
 * the evaluator when it is filed, the reviewer when it is forwarded, the employee when it is answered or
 * decided, and whoever must answer once a day while their answer is overdue ({@link #pengingat}). Every
 * notice names the position, the year, what is objected to, the due date and the page; never a score nor
 * the written statements (NCKP Final is confidential: those stay on the page behind its access check).
 * One key per notice (per day for reminders): a repeated step or job sends nothing twice.
 */
@Service
class PemberitahuanKeberatan {

    private static final Logger log = LoggerFactory.getLogger(PemberitahuanKeberatan.class);
    static final String PESAN = "penilaian.keberatan.pemberitahuan.";

    private final KirimPemberitahuan kirim;
    private final KeberatanNckpRepository keberatan;
    private final OrganisasiQuery organisasi;
    private final Clock clock;

    PemberitahuanKeberatan(KirimPemberitahuan kirim, KeberatanNckpRepository keberatan, OrganisasiQuery organisasi,
            Clock clock) {
        this.kirim = kirim;
        this.keberatan = keberatan;
        this.organisasi = organisasi;
        this.clock = clock;
    }

    /** Filed: the evaluator it is addressed to must answer by the 14th day. */
    void diajukan(KeberatanNckp k, String unitNama) {
        kirim(k, unitNama, "diajukan", k.getDitujukanKepada(), batasJawab(k), "diajukan");
    }

    /** Answered by the evaluator: the employee hears of it; when not accepted the reviewer must decide. */
    void ditanggapi(KeberatanNckp k, String unitNama) {
        kirim(k, unitNama, "ditanggapi", k.getDiajukanOleh(), null, "ditanggapi");
        if (k.getStatus() == StatusKeberatan.DITERUSKAN) {
            kirim(k, unitNama, "diteruskan", k.getDiteruskanKepada(), batasJawab(k), "diteruskan");
        }
    }

    /** Decided (finally) by the reviewer: the employee hears of it. */
    void diputus(KeberatanNckp k, String unitNama) {
        kirim(k, unitNama, "diputus", k.getDiajukanOleh(), null, "diputus");
    }

    /**
     * The daily reminder: every objection whose pending answer is past its due date reminds the one who
     * must give it (the user it was addressed or forwarded to), once per day. Not before the day after
     * the due date; nothing once answered. Each notice commits on its own.
     *
     * @return the reminders recorded now
     */
    public int pengingat() {
        LocalDate hariIni = Waktu.hariIni(clock);
        // overdue = the 14th day after the start lies before today, i.e. it started before (today - 14)
        OffsetDateTime sebelum = hariIni.minusDays(AturanKeberatan.BATAS_HARI).atStartOfDay(Waktu.WIB)
                .toOffsetDateTime();
        List<KeberatanNckp> calon = new ArrayList<>(
                keberatan.findByStatusAndDiajukanPadaBeforeOrderById(StatusKeberatan.DIAJUKAN, sebelum));
        calon.addAll(keberatan.findByStatusAndDitanggapiPadaBeforeOrderById(StatusKeberatan.DITERUSKAN, sebelum));
        if (calon.isEmpty()) {
            return 0;
        }
        Map<Long, String> nama = new HashMap<>();
        organisasi.units(calon.stream().map(KeberatanNckp::getUnitId).distinct().toList())
                .forEach(u -> nama.put(u.id(), u.nama()));
        int baru = 0;
        for (KeberatanNckp k : calon) {
            LocalDate batas = batasJawab(k);
            if (batas == null || !hariIni.isAfter(batas) || !nama.containsKey(k.getUnitId())) {
                continue;
            }
            boolean tanggapan = k.getStatus() == StatusKeberatan.DIAJUKAN;
            baru += kirim(k, nama.get(k.getUnitId()), tanggapan ? "lewatTanggapan" : "lewatKeputusan",
                    tanggapan ? k.getDitujukanKepada() : k.getDiteruskanKepada(), batas,
                    (tanggapan ? "lewat-tanggapan:" : "lewat-keputusan:") + hariIni) ? 1 : 0;
        }
        if (baru > 0) {
            log.info("Pengingat keberatan {}: {} baru", hariIni, baru);
        }
        return baru;
    }

    private static LocalDate batasJawab(KeberatanNckp k) {
        return AturanKeberatan.batasJawab(k.getStatus(), hari(k.getDiajukanPada()), hari(k.getDitanggapiPada()));
    }

    private static LocalDate hari(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(Waktu.WIB).toLocalDate();
    }

    private boolean kirim(KeberatanNckp k, String unitNama, String pesan, String kepada, LocalDate tenggat,
            String langkah) {
        return kirim.kirim(new Pemberitahuan("penilaian.keberatan:" + k.getId() + ":" + langkah, kepada,
                k.getUnitId(), unitNama, k.getTahun(), PESAN + pesan, List.of(objek(k)), tenggat,
                "/penilaian/" + k.getUnitId() + "/" + k.getTahun()));
    }

    /** What is objected to, by the results' names (the same in both languages). */
    static String objek(KeberatanNckp k) {
        List<String> o = new ArrayList<>();
        if (k.isAtasNp()) {
            o.add("NP");
        }
        if (k.isAtasNckp()) {
            o.add("NCKP");
        }
        if (k.isAtasNckpFinal()) {
            o.add("NCKP Final");
        }
        return String.join(", ", o);
    }
}
