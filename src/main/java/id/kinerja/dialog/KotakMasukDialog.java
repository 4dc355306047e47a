package id.kinerja.dialog;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Aksi;
import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.kotakmasuk.SumberKotakMasuk;
import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Inbox lines of the dialog module, one COUNT query each: dialogs missed in the last ended period
 * of the schedule (for the unit's head), overdue follow-ups (for who drafts for the unit), change
 * requests to decide (for the addressee, never the filer) and logbook entries to discuss (for the
 * superior). Plain SQL joins the assignment and unit tables, as AksesService does, to stay cheap.
 */
@Component
class KotakMasukDialog implements SumberKotakMasuk {

    private final AksesService akses;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    KotakMasukDialog(AksesService akses, JdbcTemplate jdbc, Clock clock) {
        this.akses = akses;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<ButirKotakMasuk> butirUntukPenggunaSaatIni() {
        String saya = AksesService.penggunaSaatIni().getUsername();
        LocalDate hariIni = Waktu.hariIni(clock);
        List<ButirKotakMasuk> out = new ArrayList<>();
        // the head: the last ended schedule period of their own unit without an organisation-level dialog
        Long terlewat = jdbc.queryForObject("""
                with unit_saya as (
                  select u.id, l.kode as level_kode, o.rulebook_key from penugasan p join pengguna g on g.id = p.pengguna_id
                  join unit u on u.id = p.unit_id join unit_level l on l.id = u.level_id
                  join organisasi o on o.id = u.organisasi_id
                  where g.username = ? and p.peran = 'PIMPINAN' and u.aktif),
                periode as (
                  select s.id, (date_trunc('year', cast(? as date)) + make_interval(months =>
                         ((extract(month from cast(? as date))::int - 1) / j.interval_bulan) * j.interval_bulan))::date
                         as mulai_kini, j.interval_bulan
                  from unit_saya s cross join lateral (select x.interval_bulan from jadwal_dialog x
                       where x.rulebook_kode = s.rulebook_key and x.level_kode in (s.level_kode, '*')
                       order by x.level_kode = '*' limit 1) j)
                select count(*) from periode p where not exists (select 1 from dialog_kinerja d
                  where d.unit_id = p.id and d.tingkat = 'ORGANISASI'
                    and d.tanggal >= p.mulai_kini - make_interval(months => p.interval_bulan) and d.tanggal < p.mulai_kini)
                """, Long.class, saya, hariIni, hariIni);
        out.add(new ButirKotakMasuk("dialog.kotak.terlewat", List.of(), "/dialog", terlewat == null ? 0 : terlewat, 2));

        Lingkup susun = Lingkup.dari(akses, Aksi.SUSUN, "u.path");
        List<Object> args = new ArrayList<>(List.of(hariIni.getYear() * 12 + hariIni.getMonthValue() - 1));
        args.addAll(susun.args());
        Long tl = jdbc.queryForObject("select count(*) from tindak_lanjut_dialog t join unit u on u.id = t.unit_id "
                + "where t.status = 'TERBUKA' and t.batas_tahun * 12 + t.batas_bulan - 1 < ? and " + susun.sql(),
                Long.class, args.toArray());
        out.add(new ButirKotakMasuk("dialog.kotak.tlTerlambat", List.of(), "/dialog", tl == null ? 0 : tl, 2));

        Lingkup pusat = Lingkup.dari(akses, Aksi.KELOLA_RULEBOOK, "u.path");
        Lingkup atasan = Lingkup.dari(akses, Aksi.SETUJUI, "i.path");
        List<Object> a2 = new ArrayList<>();
        a2.add(saya);
        a2.addAll(pusat.args());
        a2.addAll(atasan.args());
        Long putus = jdbc.queryForObject("select count(*) from permintaan_perubahan p join unit u on u.id = p.unit_id "
                + "left join unit i on i.id = u.induk_id where p.status = 'DIAJUKAN' and p.diajukan_oleh <> ? and ("
                + "((p.penerima = 'PKO_PUSAT' or u.induk_id is null) and " + pusat.sql() + ") or "
                + "(p.penerima = 'ATASAN' and i.id is not null and " + atasan.sql() + "))", Long.class, a2.toArray());
        out.add(new ButirKotakMasuk("dialog.kotak.permintaan", List.of(), "/dialog", putus == null ? 0 : putus, 2));

        List<Object> a3 = new ArrayList<>();
        a3.add(saya);
        a3.addAll(atasan.args());
        Long diskusi = jdbc.queryForObject("select count(*) from logbook_harian l join unit u on u.id = l.unit_id "
                + "join unit i on i.id = u.induk_id where l.kategori = 'PERLU_DISKUSI' and l.jawaban is null "
                + "and l.penulis <> ? and " + atasan.sql(), Long.class, a3.toArray());
        out.add(new ButirKotakMasuk("dialog.kotak.logbook", List.of(), "/dialog", diskusi == null ? 0 : diskusi, 1));
        return out;
    }
}
