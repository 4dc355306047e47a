package id.kinerja.perencanaan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import java.util.ArrayList;
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
    private final JdbcTemplate jdbc;

    KueriPk(AksesService akses, JdbcTemplate jdbc) {
        this.akses = akses;
        this.jdbc = jdbc;
    }

    public record JumlahMilik(long dikembalikan, long draf) {
    }

    private record Sql(String where, List<Object> argumen) {
    }

    /** Submitted PKs the current user decides on: approval reach on the parent, central PKO for a root. */
    private Sql untukDiputuskan() {
        SaringanJangkauan setujui = SaringanJangkauan.dari(akses.cakupan(Aksi.SETUJUI), "i.path");
        SaringanJangkauan pusat = SaringanJangkauan.dari(akses.cakupan(Aksi.KELOLA_RULEBOOK), "u.path");
        if (setujui.kosong() && pusat.kosong()) {
            return null;
        }
        List<Object> argumen = new ArrayList<>(setujui.argumen());
        argumen.addAll(pusat.argumen());
        return new Sql("""
                from perjanjian_kinerja p join unit u on u.id = p.unit_id left join unit i on i.id = u.induk_id
                where p.status = 'DIAJUKAN' and ((u.induk_id is not null and %s) or (u.induk_id is null and %s))
                """.formatted(setujui.sql(), pusat.sql()), argumen);
    }

    private Sql milikSaya() {
        SaringanJangkauan susun = SaringanJangkauan.dari(akses.cakupan(Aksi.SUSUN), "u.path");
        if (susun.kosong()) {
            return null;
        }
        return new Sql("""
                from perjanjian_kinerja p join unit u on u.id = p.unit_id
                where p.status in ('DRAFT', 'DIKEMBALIKAN') and %s
                """.formatted(susun.sql()), susun.argumen());
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
        return q == null ? List.of()
                : jdbc.queryForList("select p.id " + q.where()
                        + " order by case p.status when 'DIKEMBALIKAN' then 0 else 1 end, u.path, p.id", Long.class,
                        q.argumen().toArray());
    }
}
