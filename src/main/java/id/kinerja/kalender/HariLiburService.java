package id.kinerja.kalender;

import id.kinerja.akses.AksesService;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national holidays and cuti bersama (SKB 3 Menteri) that move "N working days" deadlines.
 * Everyone signed in reads them; only the super admin (the operator, for every ministry at once)
 * enters a new year's SKB or corrects a day. Every change is audited; the score and dashboard
 * caches follow through V38's triggers.
 */
@Service
public class HariLiburService {

    public static final int TAHUN_MIN = 2000;
    public static final int TAHUN_MAKS = 2100;
    static final int NAMA_MAKS = 200;
    static final int SUMBER_MAKS = 300;

    public enum JenisLibur {
        LIBUR_NASIONAL, CUTI_BERSAMA
    }

    public record Libur(LocalDate tanggal, String nama, JenisLibur jenis, String sumber) {
    }

    public record LiburBaru(LocalDate tanggal, String nama, JenisLibur jenis, String sumber) {
    }

    private final JdbcTemplate jdbc;
    private final AksesService akses;
    private final AuditService audit;

    HariLiburService(JdbcTemplate jdbc, AksesService akses, AuditService audit) {
        this.jdbc = jdbc;
        this.akses = akses;
        this.audit = audit;
    }

    public boolean bolehUbah() {
        return akses.superAdmin();
    }

    @Transactional(readOnly = true)
    public List<Libur> tahun(int th) {
        periksaTahun(th, "tahun");
        return jdbc.query("select tanggal, nama, jenis, sumber from hari_libur where tanggal between ? and ?"
                        + " order by tanggal",
                (rs, i) -> new Libur(rs.getObject(1, LocalDate.class), rs.getString(2),
                        JenisLibur.valueOf(rs.getString(3)), rs.getString(4)),
                LocalDate.of(th, 1, 1), LocalDate.of(th, 12, 31));
    }

    @Transactional
    public void tambah(LiburBaru l) {
        if (!bolehUbah()) {
            throw new AccessDeniedException("Hari libur hanya diubah oleh super admin");
        }
        List<BusinessRuleException> galat = new ArrayList<>();
        if (l.tanggal() == null) {
            galat.add(new BusinessRuleException("tanggal", "kalender.libur.tanggal.wajib"));
        } else if (l.tanggal().getYear() < TAHUN_MIN || l.tanggal().getYear() > TAHUN_MAKS) {
            galat.add(new BusinessRuleException("tanggal", "kalender.libur.tanggal.tidakSah", TAHUN_MIN, TAHUN_MAKS));
        }
        teks(galat, "nama", l.nama(), NAMA_MAKS);
        if (l.jenis() == null) {
            galat.add(new BusinessRuleException("jenis", "kalender.libur.jenis.wajib"));
        }
        teks(galat, "sumber", l.sumber(), SUMBER_MAKS);
        if (galat.isEmpty() && Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from hari_libur where tanggal = ?)", Boolean.class, l.tanggal()))) {
            galat.add(new BusinessRuleException("tanggal", "kalender.libur.sudahAda"));
        }
        if (!galat.isEmpty()) {
            throw BusinessRuleException.semua(galat);
        }
        jdbc.update("insert into hari_libur (tanggal, nama, jenis, sumber) values (?, ?, ?, ?)", l.tanggal(),
                l.nama().strip(), l.jenis().name(), l.sumber().strip());
        audit.catat(AuditAksi.BUAT, "HariLibur", l.tanggal(), null, null, isi(l.tanggal(), l.nama().strip(),
                l.jenis(), l.sumber().strip()), null);
    }

    @Transactional
    public void hapus(LocalDate tanggal) {
        if (!bolehUbah()) {
            throw new AccessDeniedException("Hari libur hanya diubah oleh super admin");
        }
        List<Libur> ada = jdbc.query("select tanggal, nama, jenis, sumber from hari_libur where tanggal = ? for update",
                (rs, i) -> new Libur(rs.getObject(1, LocalDate.class), rs.getString(2),
                        JenisLibur.valueOf(rs.getString(3)), rs.getString(4)), tanggal);
        if (ada.isEmpty()) {
            throw new NotFoundException("Hari libur", tanggal);
        }
        jdbc.update("delete from hari_libur where tanggal = ?", tanggal);
        Libur l = ada.get(0);
        audit.catat(AuditAksi.HAPUS, "HariLibur", tanggal, null, isi(l.tanggal(), l.nama(), l.jenis(), l.sumber()),
                null, null);
    }

    private static Map<String, Object> isi(LocalDate tanggal, String nama, JenisLibur jenis, String sumber) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("tanggal", tanggal.toString());
        m.put("nama", nama);
        m.put("jenis", jenis.name());
        m.put("sumber", sumber);
        return m;
    }

    private static void teks(List<BusinessRuleException> galat, String field, String nilai, int maks) {
        if (nilai == null || nilai.isBlank()) {
            galat.add(new BusinessRuleException(field, "kalender.libur." + field + ".wajib"));
        } else if (nilai.strip().length() > maks) {
            galat.add(new BusinessRuleException(field, "kalender.libur." + field + ".terlaluPanjang", maks));
        }
    }

    static void periksaTahun(int th, String field) {
        if (th < TAHUN_MIN || th > TAHUN_MAKS) {
            throw new BusinessRuleException(field, "kalender.libur.tahun.tidakSah", TAHUN_MIN, TAHUN_MAKS);
        }
    }
}
