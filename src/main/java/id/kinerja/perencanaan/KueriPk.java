package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.Jangkauan;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which PKs wait for the current user, filtered by the database on unit paths: those to decide
 * (submitted PKs of units whose parent lies in the user's approval reach, or root units for the
 * central PKO) and the user's own (drafts and returned PKs of units in their drafting reach).
 */
@Service
public class KueriPk {

    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final JdbcTemplate jdbc;

    KueriPk(AksesService akses, OrganisasiQuery organisasi, JdbcTemplate jdbc) {
        this.akses = akses;
        this.organisasi = organisasi;
        this.jdbc = jdbc;
    }

    public record JumlahMilik(long dikembalikan, long draf) {
    }

    private record Sql(String where, List<Object> argumen) {
    }

    /** Submitted PKs the current user decides on: approval reach on the parent, central PKO for a root. */
    private Sql untukDiputuskan() {
        // unit ids via OrganisasiQuery, then one statement on our own table
        Jangkauan setujui = organisasi.anakDalam(akses.cakupan(Aksi.SETUJUI));
        Jangkauan pusat = organisasi.dalam(akses.cakupan(Aksi.KELOLA_RULEBOOK));
        if (setujui.kosong() && pusat.kosong()) {
            return null;
        }
        List<Object> argumen = new ArrayList<>(setujui.args());
        argumen.add(organisasi.idAkar().toArray(Long[]::new));
        argumen.addAll(pusat.args());
        return new Sql("""
                from perjanjian_kinerja p
                where p.status = 'DIAJUKAN' and (%s or (p.unit_id = any(?) and %s))
                """.formatted(setujui.sql("p.unit_id"), pusat.sql("p.unit_id")), argumen);
    }

    private Sql milikSaya() {
        Jangkauan susun = organisasi.dalam(akses.cakupan(Aksi.SUSUN));
        if (susun.kosong()) {
            return null;
        }
        return new Sql("""
                from perjanjian_kinerja p
                where p.status in ('DRAFT', 'DIKEMBALIKAN') and %s
                """.formatted(susun.sql("p.unit_id")), susun.args());
    }

    @Transactional(readOnly = true)
    public long jumlahUntukDiputuskan() {
        Sql q = untukDiputuskan();
        return q == null ? 0 : jdbc.queryForObject("select count(*) " + q.where(), Long.class, q.argumen().toArray());
    }

    @Transactional(readOnly = true)
    public JumlahMilik jumlahMilikSaya() {
        Sql q = milikSaya();
        if (q == null) {
            return new JumlahMilik(0, 0);
        }
        return jdbc.queryForObject("select count(*) filter (where p.status = 'DIKEMBALIKAN'), "
                + "count(*) filter (where p.status = 'DRAFT') " + q.where(),
                (rs, i) -> new JumlahMilik(rs.getLong(1), rs.getLong(2)), q.argumen().toArray());
    }

    /** Ids of the PKs to decide on, oldest submission first. */
    @Transactional(readOnly = true)
    public List<Long> idUntukDiputuskan() {
        Sql q = untukDiputuskan();
        return q == null ? List.of()
                : jdbc.queryForList("select p.id " + q.where() + " order by p.diajukan_pada, p.id", Long.class,
                        q.argumen().toArray());
    }

    /** Ids of the user's returned PKs, then drafts. */
    @Transactional(readOnly = true)
    public List<Long> idMilikSaya() {
        Sql q = milikSaya();
        if (q == null) {
            return List.of();
        }
        record Baris(long id, long unitId, boolean dikembalikan) {
        }
        List<Baris> baris = jdbc.query("select p.id, p.unit_id, p.status = 'DIKEMBALIKAN' " + q.where(),
                (rs, i) -> new Baris(rs.getLong(1), rs.getLong(2), rs.getBoolean(3)), q.argumen().toArray());
        Map<Long, String> path = organisasi.units(baris.stream().map(Baris::unitId).distinct().toList()).stream()
                .collect(Collectors.toMap(UnitInfo::id, UnitInfo::path));
        // returned first, then drafts, each in tree order
        return baris.stream().sorted(Comparator.comparing((Baris b) -> !b.dikembalikan())
                        .thenComparing(b -> path.getOrDefault(b.unitId(), "")).thenComparing(Baris::id))
                .map(Baris::id).toList();
    }
}
