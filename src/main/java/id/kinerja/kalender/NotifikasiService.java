package id.kinerja.kalender;

import id.kinerja.akses.AksesService;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's reminders (table {@code notifikasi}, written by {@link PengingatService}):
 * list, unread count for the inbox, mark read. A user only ever reaches their own rows; another
 * user's id is a 404. Plain SQL: the rows are written with insert … on conflict, see the ADR.
 */
@Service
public class NotifikasiService {

    /** Newest first, at most this many on the page. */
    static final int BATAS_DAFTAR = 100;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NotifikasiService(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record NotifikasiView(long id, Long unitId, String unitNama, JenisDokumen jenis, int tahun, String periode,
            LocalDate tenggat, String tenggatTeks, String jenisPengingat, boolean dibaca, String dibuatTeks) {
    }

    @Transactional(readOnly = true)
    public long jumlahBelumDibaca() {
        Long n = jdbc.queryForObject("select count(*) from notifikasi where pengguna_id = ? and dibaca_pada is null",
                Long.class, AksesService.penggunaSaatIni().getId());
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    public List<NotifikasiView> daftar() {
        return jdbc.query("""
                select n.id, n.unit_id, n.unit_nama, n.dokumen, n.tahun, n.periode, n.tenggat, n.jenis, n.dibaca_pada,
                       n.dibuat_pada
                  from notifikasi n
                 where n.pengguna_id = ? order by n.dibuat_pada desc, n.id desc limit ?""",
                (rs, i) -> {
                    LocalDate tenggat = rs.getDate(7).toLocalDate();
                    return new NotifikasiView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            JenisDokumen.valueOf(rs.getString(4)), rs.getInt(5), rs.getString(6), tenggat,
                            tenggat.format(KalenderService.TANGGAL), rs.getString(8), rs.getTimestamp(9) != null,
                            rs.getTimestamp(10).toInstant().atZone(Waktu.WIB).toLocalDate()
                                    .format(KalenderService.TANGGAL));
                }, AksesService.penggunaSaatIni().getId(), BATAS_DAFTAR);
    }

    @Transactional
    public void tandaiDibaca(long id) {
        long saya = AksesService.penggunaSaatIni().getId();
        int n = jdbc.update("update notifikasi set dibaca_pada = coalesce(dibaca_pada, ?) where id = ? and pengguna_id = ?",
                Timestamp.from(clock.instant()), id, saya);
        if (n == 0) {
            throw new NotFoundException("Notifikasi", id);
        }
    }

    @Transactional
    public int tandaiSemuaDibaca() {
        return jdbc.update("update notifikasi set dibaca_pada = ? where pengguna_id = ? and dibaca_pada is null",
                Timestamp.from(clock.instant()), AksesService.penggunaSaatIni().getId());
    }
}
