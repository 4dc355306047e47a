package id.kinerja.perencanaan;

import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.Unit;
import id.kinerja.platform.galat.BusinessRuleException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import id.kinerja.pengguna.PejabatUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two signatories of a PK (Pihak Pertama: the unit's head; Pihak Kedua: the head of the unit
 * above, or the President for a ministry-wide PK) with name, position, NIP and rank, possibly as an
 * acting official (Plt./Plh.). Defaulted from the tree when the PK is opened, corrected by the
 * planner while the PK is a draft. Prints date the signature with the approval date.
 */
@Service
public class PenandatanganService {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale DOKUMEN = Locale.forLanguageTag("id");

    private final PerencanaanService perencanaan;
    private final PejabatUnit pejabat;
    private final MessageSource messages;
    private final AuditService audit;

    PenandatanganService(PerencanaanService perencanaan, PejabatUnit pejabat, MessageSource messages,
            AuditService audit) {
        this.perencanaan = perencanaan;
        this.pejabat = pejabat;
        this.messages = messages;
        this.audit = audit;
    }

    public record Pihak(String nama, String jabatan, String nip, String pangkat, Pelaksana pelaksana) {

        /** The position as printed: "Plt. Direktur …" for an acting official. */
        public String jabatanTampil() {
            if (jabatan == null) {
                return null;
            }
            return pelaksana == null ? jabatan : pelaksana.singkatan() + " " + jabatan;
        }
    }

    /** Who signs, where, and on which date (the approval date; null while not approved). */
    public record Penandatangan(Long pkId, long version, String kota, LocalDate tanggal, Pihak pertama, Pihak kedua,
            boolean bolehUbah) {
    }

    @Transactional(readOnly = true)
    public Penandatangan dari(Long pkId) {
        PerencanaanService.PkView view = perencanaan.pkById(pkId);
        PerjanjianKinerja pk = perencanaan.muat(pkId);
        return new Penandatangan(pkId, pk.getVersion(), view.kota(), view.ditetapkanPada(),
                new Pihak(pk.getPihakPertamaNama(), pk.getPihakPertamaJabatan(), pk.getPihakPertamaNip(),
                        pk.getPihakPertamaPangkat(), pk.getPihakPertamaPelaksana()),
                new Pihak(pk.getPihakKeduaNama(), pk.getPihakKeduaJabatan(), pk.getPihakKeduaNip(),
                        pk.getPihakKeduaPangkat(), pk.getPihakKeduaPelaksana()),
                view.bolehSusun());
    }

    /** The planner corrects the signatories of a draft; every field is checked at its own input. */
    @Transactional
    public void ubah(Long pkId, long version, Pihak pertama, Pihak kedua) {
        PerjanjianKinerja pk = perencanaan.muatUntukDiubah(pkId, version);
        List<BusinessRuleException> salah = new ArrayList<>();
        Pihak p1 = bersihkan("pertama", pertama, salah);
        Pihak p2 = bersihkan("kedua", kedua, salah);
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        Map<String, Object> sebelum = ringkas(pk);
        pk.tetapkanPihak(p1.nama(), p1.jabatan(), p1.nip(), p2.nama(), p2.jabatan(), p2.nip(),
                p2.pelaksana() == Pelaksana.PLT);
        pk.pangkatDanPelaksana(p1.pangkat(), p1.pelaksana(), p2.pangkat(), p2.pelaksana());
        audit.catat(AuditAksi.UBAH, "PerjanjianKinerja", pk.getId(), pk.getUnit().getId(), sebelum, ringkas(pk),
                null);
    }

    private static Map<String, Object> ringkas(PerjanjianKinerja pk) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pihakPertama", String.join(" / ", teks(pk.getPihakPertamaNama()), teks(pk.getPihakPertamaJabatan()),
                teks(pk.getPihakPertamaNip()), teks(pk.getPihakPertamaPangkat())));
        m.put("pihakKedua", String.join(" / ", teks(pk.getPihakKeduaNama()), teks(pk.getPihakKeduaJabatan()),
                teks(pk.getPihakKeduaNip()), teks(pk.getPihakKeduaPangkat())));
        return m;
    }

    private static String teks(String s) {
        return s == null ? "-" : s;
    }

    private static Pihak bersihkan(String awalan, Pihak p, List<BusinessRuleException> salah) {
        String nama = isi(p.nama());
        String jabatan = isi(p.jabatan());
        String pangkat = isi(p.pangkat());
        String nip = p.nip() == null ? null : p.nip().replaceAll("[\\s.\\-]", "");
        nip = nip == null || nip.isEmpty() ? null : nip;
        if (nama != null && nama.length() > 200) {
            salah.add(panjang(awalan, "Nama", 200));
        }
        if (jabatan != null && jabatan.length() > 200) {
            salah.add(panjang(awalan, "Jabatan", 200));
        }
        if (pangkat != null && pangkat.length() > 100) {
            salah.add(panjang(awalan, "Pangkat", 100));
        }
        if (nip != null && !nip.matches("[0-9]{18}")) {
            salah.add(new BusinessRuleException(awalan + "Nip", "pk.pihak.nip", p.nip()));
        }
        return new Pihak(nama, jabatan, nip, pangkat, p.pelaksana());
    }

    /** "Nama Pihak Pertama paling banyak 200 karakter": the message names the field and the party. */
    private static BusinessRuleException panjang(String awalan, String bidang, int maks) {
        return new BusinessRuleException(awalan + bidang, "pk.pihak.terlaluPanjangDi",
                new DefaultMessageSourceResolvable("pk.pihak." + bidang),
                new DefaultMessageSourceResolvable("pertama".equals(awalan) ? "pk.pihakPertama" : "pk.pihakKedua"), maks);
    }

    private static String isi(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    /**
     * Defaults from the tree: the unit's head (its PIMPINAN account) as Pihak Pertama with the
     * unit's head position; the head of the unit above as Pihak Kedua, or the President of the
     * Republic for a ministry-wide PK.
     */
    void isiBawaan(PerjanjianKinerja pk) {
        Unit unit = pk.getUnit();
        Pihak pertama = pimpinan(unit);
        Pihak kedua = unit.getInduk() == null
                ? new Pihak(null, messages.getMessage("pk.pihak.presiden", null, DOKUMEN), null, null, null)
                : pimpinan(unit.getInduk());
        pk.tetapkanPihak(pertama.nama(), unit.getJabatanKepala(), pertama.nip(), kedua.nama(),
                unit.getInduk() == null ? kedua.jabatan() : unit.getInduk().getJabatanKepala(), kedua.nip(), false);
        pk.pangkatDanPelaksana(pertama.pangkat(), null, kedua.pangkat(), null);
    }

    private Pihak pimpinan(Unit unit) {
        return pejabat.pimpinan(unit.getId())
                .map(p -> new Pihak(p.nama(), null, p.nip(), p.pangkat(), null))
                .orElseGet(() -> new Pihak(null, null, null, null, null));
    }

    static LocalDate tanggal(Instant ditetapkan) {
        return ditetapkan == null ? null : ditetapkan.atZone(WIB).toLocalDate();
    }
}
