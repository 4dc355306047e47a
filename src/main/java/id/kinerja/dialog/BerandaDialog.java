package id.kinerja.dialog;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Aksi;
import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The /dialog start page: the user's own units and what waits for them, all within their reach. */
@Service
public class BerandaDialog {

    private final AksesService akses;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BerandaDialog(AksesService akses, JdbcTemplate jdbc, Clock clock) {
        this.akses = akses;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record UnitSaya(Long id, String kode, String nama, String peran) {
    }

    public record Butir(Long dialogId, Long unitId, String unit, String teks) {
    }

    public record Beranda(int tahun, List<UnitSaya> unit, List<Butir> permintaan, List<Butir> tindakLanjut,
            List<Butir> logbook) {
    }

    @Transactional(readOnly = true)
    public Beranda beranda() {
        String saya = AksesService.penggunaSaatIni().getUsername();
        LocalDate hariIni = Waktu.hariIni(clock);
        List<UnitSaya> unit = jdbc.query("""
                select u.id, u.kode, u.nama, p.peran from penugasan p join pengguna g on g.id = p.pengguna_id
                join unit u on u.id = p.unit_id where g.username = ? and u.aktif order by u.path, p.peran limit 100""",
                (rs, n) -> new UnitSaya(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), saya);
        Lingkup susun = Lingkup.dari(akses, Aksi.SUSUN, "u.path");
        Lingkup pusat = Lingkup.dari(akses, Aksi.KELOLA_RULEBOOK, "u.path");
        Lingkup atasan = Lingkup.dari(akses, Aksi.SETUJUI, "i.path");
        List<Object> a1 = new ArrayList<>();
        a1.add(saya);
        a1.addAll(pusat.args());
        a1.addAll(atasan.args());
        List<Butir> permintaan = jdbc.query("select p.dialog_id, u.id, u.nama, p.jenis || ': ' || p.uraian "
                + "from permintaan_perubahan p join unit u on u.id = p.unit_id left join unit i on i.id = u.induk_id "
                + "where p.status = 'DIAJUKAN' and p.diajukan_oleh <> ? and ("
                + "((p.penerima = 'PKO_PUSAT' or u.induk_id is null) and " + pusat.sql() + ") or "
                + "(p.penerima = 'ATASAN' and i.id is not null and " + atasan.sql() + ")) order by p.id limit 50",
                (rs, n) -> new Butir(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), a1.toArray());
        List<Object> a2 = new ArrayList<>(List.of(hariIni.getYear() * 12 + hariIni.getMonthValue() - 1));
        a2.addAll(susun.args());
        List<Butir> tl = jdbc.query("select t.dialog_id, u.id, u.nama, t.uraian || ' (' || t.penanggung_jawab || ')' "
                + "from tindak_lanjut_dialog t join unit u on u.id = t.unit_id where t.status = 'TERBUKA' "
                + "and t.batas_tahun * 12 + t.batas_bulan - 1 < ? and " + susun.sql() + " order by t.id limit 50",
                (rs, n) -> new Butir(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4)), a2.toArray());
        List<Object> a3 = new ArrayList<>();
        a3.add(saya);
        a3.addAll(atasan.args());
        List<Butir> logbook = jdbc.query("select null, u.id, u.nama, count(*) || '' from logbook_harian l "
                + "join unit u on u.id = l.unit_id join unit i on i.id = u.induk_id where l.kategori = 'PERLU_DISKUSI' "
                + "and l.jawaban is null and l.penulis <> ? and " + atasan.sql() + " group by u.id, u.nama "
                + "order by u.nama limit 50", (rs, n) -> new Butir(null, rs.getLong(2), rs.getString(3),
                        rs.getString(4)), a3.toArray());
        return new Beranda(hariIni.getYear(), unit, permintaan, tl, logbook);
    }
}
