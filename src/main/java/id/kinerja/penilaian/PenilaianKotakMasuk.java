package id.kinerja.penilaian;

import id.kinerja.akses.Aksi;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inbox lines for heads: NP of the positions right below their unit still to enter for the
 * semester that has ended, and reviews of the positions two levels below whose NP exists but whose
 * NCKP has not been reviewed, and objections addressed to them that wait for an answer or decision. Only
 * heads (PIMPINAN) get them; one tree read per head unit and three COUNT queries.
 */
@Component
class PenilaianKotakMasuk implements SumberKotakMasuk {

    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    PenilaianKotakMasuk(AksesService akses, OrganisasiQuery organisasi, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.akses = akses;
        this.organisasi = organisasi;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ButirKotakMasuk> butirUntukPenggunaSaatIni() {
        AksesService.Cakupan c = akses.cakupan(Aksi.LIHAT_NCKP);
        if (c.semua()) {
            return List.of();
        }
        List<String> kepala = c.penugasan().stream().filter(p -> p.peran() == Peran.PIMPINAN)
                .map(AksesService.Penugasan::unitPath).toList();
        if (kepala.isEmpty()) {
            return List.of();
        }
        Set<Long> dinilai = new HashSet<>();
        Set<Long> direviu = new HashSet<>();
        for (String path : kepala) {
            List<UnitInfo> pohon = organisasi.subtree(path);
            if (pohon.isEmpty()) {
                continue;
            }
            Long akar = pohon.get(0).id();
            Set<Long> anak = new HashSet<>();
            for (UnitInfo u : pohon) {
                if (akar.equals(u.indukId())) {
                    anak.add(u.id());
                    if (PenilaianService.evaluee(u)) {
                        dinilai.add(u.id());
                    }
                }
            }
            for (UnitInfo u : pohon) {
                if (anak.contains(u.indukId()) && PenilaianService.evaluee(u)) {
                    direviu.add(u.id());
                }
            }
        }
        LocalDate hariIni = Waktu.hariIni(clock);
        // the semester that has ended most recently: I from July on, II (of last year) before
        int tahun = hariIni.getMonthValue() >= 7 ? hariIni.getYear() : hariIni.getYear() - 1;
        int semester = hariIni.getMonthValue() >= 7 ? 1 : 2;
        List<ButirKotakMasuk> out = new ArrayList<>();
        if (!dinilai.isEmpty()) {
            Long sudah = jdbc.queryForObject("""
                    select count(*) from nilai_perilaku where unit_id in (:u) and tahun = :t and semester = :s""",
                    java.util.Map.of("u", dinilai, "t", tahun, "s", semester), Long.class);
            out.add(new ButirKotakMasuk("kotakMasuk.penilaian.np", List.of(semester == 1 ? "I" : "II", tahun),
                    "/penilaian?tahun=" + tahun, dinilai.size() - (sudah == null ? 0 : sudah), 2));
        }
        if (!direviu.isEmpty()) {
            Long menunggu = jdbc.queryForObject("""
                    select count(distinct n.unit_id) from nilai_perilaku n
                    where n.unit_id in (:u) and n.tahun = :t
                      and not exists (select 1 from reviu_nckp r where r.unit_id = n.unit_id and r.tahun = n.tahun)""",
                    java.util.Map.of("u", direviu, "t", tahun), Long.class);
            out.add(new ButirKotakMasuk("kotakMasuk.penilaian.reviu", List.of(tahun), "/penilaian?tahun=" + tahun,
                    menunggu == null ? 0 : menunggu, 1));
        }
        // objections addressed to this user (the evaluator at filing, the reviewer at forwarding)
        Map<String, Long> keberatan = new HashMap<>();
        Map<String, Integer> tahunKeberatan = new HashMap<>();
        jdbc.query("""
                select status, count(*), max(tahun) from keberatan_nckp
                where (status = 'DIAJUKAN' and ditujukan_kepada = :saya)
                   or (status = 'DITERUSKAN' and diteruskan_kepada = :saya)
                group by status""", Map.of("saya", AksesService.penggunaSaatIni().getUsername()),
                (RowCallbackHandler) rs -> {
                    keberatan.put(rs.getString(1), rs.getLong(2));
                    tahunKeberatan.put(rs.getString(1), rs.getInt(3));
                });
        if (keberatan.containsKey("DIAJUKAN")) {
            out.add(new ButirKotakMasuk("kotakMasuk.penilaian.keberatanTanggapi", List.of(),
                    "/penilaian?tahun=" + tahunKeberatan.get("DIAJUKAN"),
                    keberatan.get("DIAJUKAN"), 3));
        }
        if (keberatan.containsKey("DITERUSKAN")) {
            out.add(new ButirKotakMasuk("kotakMasuk.penilaian.keberatanPutuskan", List.of(),
                    "/penilaian?tahun=" + tahunKeberatan.get("DITERUSKAN"),
                    keberatan.get("DITERUSKAN"), 3));
        }
        return out;
    }
}
