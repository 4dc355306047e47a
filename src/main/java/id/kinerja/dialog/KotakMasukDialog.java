package id.kinerja.dialog;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Peran;
import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.kotakmasuk.SumberKotakMasuk;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
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
 * superior). Units and reach come from AksesService and OrganisasiQuery; the SQL reads dialog's tables only.
 */
@Component
class KotakMasukDialog implements SumberKotakMasuk {

    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    KotakMasukDialog(AksesService akses, OrganisasiQuery organisasi, JdbcTemplate jdbc, Clock clock) {
        this.akses = akses;
        this.organisasi = organisasi;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<ButirKotakMasuk> butirUntukPenggunaSaatIni() {
        String saya = AksesService.penggunaSaatIni().getUsername();
        LocalDate hariIni = Waktu.hariIni(clock);
        List<ButirKotakMasuk> out = new ArrayList<>();
        // the head: the last ended schedule period of their own unit without an organisation-level dialog
        List<UnitInfo> dipimpin = organisasi.unitsDenganPath(akses.penugasanSaya().stream()
                .filter(p -> p.peran() == Peran.PIMPINAN).map(AksesService.Penugasan::unitPath).distinct().toList());
        long terlewat = dipimpin.isEmpty() ? 0 : jdbc.queryForObject("""
                with unit_saya as (
                  select * from unnest(cast(? as bigint[]), cast(? as text[]), cast(? as text[]))
                         as s(id, level_kode, rulebook_key)),
                jendela as (
                  select s.id, (date_trunc('year', cast(? as date)) + make_interval(months =>
                         ((extract(month from cast(? as date))::int - 1) / j.interval_bulan) * j.interval_bulan))::date
                         as mulai_kini, j.interval_bulan
                  from unit_saya s cross join lateral (select x.interval_bulan from jadwal_dialog x
                       where x.rulebook_kode = s.rulebook_key and x.level_kode in (s.level_kode, '*')
                       order by x.level_kode = '*' limit 1) j)
                select count(*) from jendela p where not exists (select 1 from dialog_kinerja d
                  where d.unit_id = p.id and d.tingkat = 'ORGANISASI'
                    and d.tanggal >= p.mulai_kini - make_interval(months => p.interval_bulan) and d.tanggal < p.mulai_kini)
                """, Long.class, dipimpin.stream().map(UnitInfo::id).toArray(Long[]::new),
                dipimpin.stream().map(UnitInfo::levelKode).toArray(String[]::new),
                dipimpin.stream().map(UnitInfo::rulebookKey).toArray(String[]::new), hariIni, hariIni);
        out.add(new ButirKotakMasuk("dialog.kotak.terlewat", List.of(), "/dialog", terlewat, 2));

        SaringanDialog tl = SaringanDialog.tindakLanjutTerlambat(akses, organisasi, hariIni);
        out.add(new ButirKotakMasuk("dialog.kotak.tlTerlambat", List.of(), "/dialog",
                hitung("select count(*) from tindak_lanjut_dialog t where " + tl.sql(), tl.args()), 2));

        SaringanDialog putus = SaringanDialog.permintaan(akses, organisasi, saya);
        out.add(new ButirKotakMasuk("dialog.kotak.permintaan", List.of(), "/dialog",
                hitung("select count(*) from permintaan_perubahan p where " + putus.sql(), putus.args()), 2));

        SaringanDialog diskusi = SaringanDialog.logbookDiskusi(akses, organisasi, saya);
        out.add(new ButirKotakMasuk("dialog.kotak.logbook", List.of(), "/dialog",
                hitung("select count(*) from logbook_harian l where " + diskusi.sql(), diskusi.args()), 1));
        return out;
    }

    private long hitung(String sql, List<Object> args) {
        Long n = jdbc.queryForObject(sql, Long.class, args.toArray());
        return n == null ? 0 : n;
    }
}
