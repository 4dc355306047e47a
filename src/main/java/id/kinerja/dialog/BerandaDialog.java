package id.kinerja.dialog;

import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The /dialog start page: the user's own units and what waits for them, all within their reach. */
@Service
public class BerandaDialog {

    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    BerandaDialog(AksesService akses, OrganisasiQuery organisasi, JdbcTemplate jdbc, Clock clock) {
        this.akses = akses;
        this.organisasi = organisasi;
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
        List<AksesService.Penugasan> penugasan = akses.penugasanSaya();
        Map<String, UnitInfo> diPath = organisasi.unitsDenganPath(
                        penugasan.stream().map(AksesService.Penugasan::unitPath).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitInfo::path, u -> u));
        List<UnitSaya> unit = penugasan.stream().filter(p -> diPath.containsKey(p.unitPath()))
                .sorted(Comparator.comparing(AksesService.Penugasan::unitPath).thenComparing(p -> p.peran().name()))
                .limit(100).map(p -> {
                    UnitInfo u = diPath.get(p.unitPath());
                    return new UnitSaya(u.id(), u.kode(), u.nama(), p.peran().name());
                }).toList();
        // unit ids from the queries below, their names via OrganisasiQuery
        record Baris(Long dialogId, Long unitId, String teks) {
        }
        SaringanDialog putus = SaringanDialog.permintaan(akses, organisasi, saya);
        List<Baris> permintaan = jdbc.query("select p.dialog_id, p.unit_id, p.jenis || ': ' || p.uraian "
                + "from permintaan_perubahan p where " + putus.sql() + " order by p.id limit 50",
                (rs, n) -> new Baris(rs.getLong(1), rs.getLong(2), rs.getString(3)), putus.args().toArray());
        SaringanDialog terlambat = SaringanDialog.tindakLanjutTerlambat(akses, organisasi, hariIni);
        List<Baris> tl = jdbc.query("select t.dialog_id, t.unit_id, t.uraian || ' (' || t.penanggung_jawab || ')' "
                + "from tindak_lanjut_dialog t where " + terlambat.sql() + " order by t.id limit 50",
                (rs, n) -> new Baris(rs.getLong(1), rs.getLong(2), rs.getString(3)), terlambat.args().toArray());
        SaringanDialog diskusi = SaringanDialog.logbookDiskusi(akses, organisasi, saya);
        List<Baris> logbook = jdbc.query("select l.unit_id, count(*) || '' from logbook_harian l where "
                + diskusi.sql() + " group by l.unit_id", (rs, n) -> new Baris(null, rs.getLong(1), rs.getString(2)),
                diskusi.args().toArray());
        Map<Long, String> nama = organisasi.units(java.util.stream.Stream.of(permintaan, tl, logbook)
                        .flatMap(List::stream).map(Baris::unitId).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitInfo::id, UnitInfo::nama));
        java.util.function.Function<Baris, Butir> butir = b -> new Butir(b.dialogId(), b.unitId(),
                nama.get(b.unitId()), b.teks());
        List<Butir> logbookButir = logbook.stream().map(butir)
                .sorted(Comparator.comparing(Butir::unit, Comparator.nullsLast(Comparator.naturalOrder())))
                .limit(50).toList();
        return new Beranda(hariIni.getYear(), unit, permintaan.stream().map(butir).toList(),
                tl.stream().map(butir).toList(), logbookButir);
    }
}
