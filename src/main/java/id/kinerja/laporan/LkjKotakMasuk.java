package id.kinerja.laporan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.KinerjaUser;
import id.kinerja.kotakmasuk.ButirKotakMasuk;
import id.kinerja.kotakmasuk.SumberKotakMasuk;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "LKj menunggu tanda tangan" for the head who signs: submitted reports of units in the user's
 * SETUJUI reach that the user neither submitted nor wrote a section of (segregation of duties).
 * Two queries: the submitted reports (few at any time), then their units' paths.
 */
@Component
class LkjKotakMasuk implements SumberKotakMasuk {

    private final NamedParameterJdbcTemplate jdbc;
    private final AksesService akses;
    private final OrganisasiQuery organisasi;

    LkjKotakMasuk(NamedParameterJdbcTemplate jdbc, AksesService akses, OrganisasiQuery organisasi) {
        this.jdbc = jdbc;
        this.akses = akses;
        this.organisasi = organisasi;
    }

    private record Menunggu(long unitId, int tahun, String periode) {
    }

    @Override
    @Transactional(readOnly = true)
    public List<ButirKotakMasuk> butirUntukPenggunaSaatIni() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof KinerjaUser user)) {
            return List.of();
        }
        AksesService.Cakupan setujui = akses.cakupan(Aksi.SETUJUI);
        // a super admin reaches every ministry: no inbox line for the whole country
        if (setujui.semua() || setujui.penugasan().isEmpty()) {
            return List.of();
        }
        List<Menunggu> menunggu = jdbc.query("""
                select l.unit_id, l.tahun, l.periode from lkj l
                 where l.status = 'DIAJUKAN' and l.diajukan_oleh <> :saya
                   and not exists (select 1 from lkj_bagian b where b.lkj_id = l.id and b.diisi_oleh = :saya)
                 order by l.diajukan_pada, l.id limit 500""",
                new MapSqlParameterSource("saya", user.getUsername()),
                (rs, i) -> new Menunggu(rs.getLong(1), rs.getInt(2), rs.getString(3)));
        if (menunggu.isEmpty()) {
            return List.of();
        }
        var units = organisasi.units(menunggu.stream().map(Menunggu::unitId).distinct().toList()).stream()
                .collect(java.util.stream.Collectors.toMap(UnitInfo::id, u -> u));
        List<String> tautan = new ArrayList<>();
        for (Menunggu m : menunggu) {
            UnitInfo u = units.get(m.unitId());
            if (u != null && setujui.mencakup(u.path())) {
                tautan.add("/laporan/lkj/" + u.kode() + "/" + m.tahun() + "/" + m.periode());
            }
        }
        if (tautan.isEmpty()) {
            return List.of();
        }
        // one report: straight to it; several: the list of units
        return List.of(new ButirKotakMasuk("kotakmasuk.lkj.menungguTtd", List.of(tautan.size()),
                tautan.size() == 1 ? tautan.get(0) : "/laporan", tautan.size(), 28));
    }
}
