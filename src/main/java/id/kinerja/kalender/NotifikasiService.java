package id.kinerja.kalender;

import id.kinerja.akses.AksesService;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.NotFoundException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
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

    /**
     * A deadline reminder ({@code jenis} set), or a notice of another module ({@code pesan} set: the line is
     * {@code <pesan>.notifikasi} with {@code argumen}, see {@link KirimPemberitahuan}, linked to {@code tautan}).
     */
    public record NotifikasiView(long id, Long unitId, String unitNama, JenisDokumen jenis, int tahun, String periode,
            LocalDate tenggat, String tenggatTeks, String jenisPengingat, boolean dibaca, String dibuatTeks,
            String pesan, Object[] argumen, String tautan) {
    }

    @Transactional(readOnly = true)
    public long jumlahBelumDibaca() {
        Long n = jdbc.queryForObject("select count(*) from notifikasi where pengguna_id = ? and dibaca_pada is null",
                Long.class, AksesService.penggunaSaatIni().getId());
        return n == null ? 0 : n;
    }

    @Transactional(readOnly = true)
    public List<NotifikasiView> daftar() {
        DateTimeFormatter tanggalSetempat = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy",
                LocaleContextHolder.getLocale());
        return jdbc.query("""
                select n.id, n.unit_id, n.unit_nama, n.dokumen, n.tahun, n.periode, n.tenggat, n.jenis, n.dibaca_pada,
                       n.dibuat_pada, n.pesan, n.argumen, n.tautan
                  from notifikasi n
                 where n.pengguna_id = ? order by n.dibuat_pada desc, n.id desc limit ?""",
                (rs, i) -> {
                    LocalDate tenggat = rs.getDate(7) == null ? null : rs.getDate(7).toLocalDate();
                    String dokumen = rs.getString(4);
                    String pesan = rs.getString(11);
                    Object[] argumen = null;
                    if (pesan != null) {
                        // {0} unit, {1} year, {2} due date, {3} link, {4}… the sender's (KirimPemberitahuan)
                        List<Object> a = new ArrayList<>(List.of(rs.getString(3), String.valueOf(rs.getInt(5)),
                                tenggat == null ? "" : tenggat.format(tanggalSetempat), rs.getString(13)));
                        java.sql.Array larik = rs.getArray(12);
                        a.addAll(PengingatService.argumen(larik == null ? null : larik.getArray()));
                        argumen = a.toArray();
                    }
                    return new NotifikasiView(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            dokumen == null ? null : JenisDokumen.valueOf(dokumen), rs.getInt(5), rs.getString(6),
                            tenggat, tenggat == null ? "" : tenggat.format(KalenderService.TANGGAL), rs.getString(8),
                            rs.getTimestamp(9) != null,
                            rs.getTimestamp(10).toInstant().atZone(Waktu.WIB).toLocalDate()
                                    .format(KalenderService.TANGGAL), pesan, argumen, rs.getString(13));
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
