package id.kinerja.penilaian;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.Peran;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.JenisUnit;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.pengguna.PejabatUnit;
import id.kinerja.penilaian.AturanPenilaian.Keputusan;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.realisasi.SkorService;
import id.kinerja.realisasi.SkorService.HasilSkor;
import id.kinerja.realisasi.SkorService.SkorUnit;
import id.kinerja.realisasi.StatusSkor;
import id.kinerja.scoring.CkpVersion;
import id.kinerja.scoring.IndividualScores;
import id.kinerja.scoring.NckpStatus;
import id.kinerja.scoring.SemesterNp;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Individual scores of non-map-owner positions (scoring.md §10, Kemenlu §G.5–8): CKP per quarter
 * and CKP tahunan across PK versions from {@link SkorService}, NP per semester entered by the
 * evaluator, NCKP, and the supervisor review to NCKP Final. Everything here is confidential:
 * readable only by the people {@link #bolehLihat} names.
 */
@Service
public class PenilaianService {

    static final int TAHUN_MIN = 2000;
    static final int TAHUN_MAKS = 2100;
    /** The list page shows at most this many positions (a whole ministry is filtered by unit first). */
    static final int DAFTAR_MAKS = 500;

    private final OrganisasiQuery organisasi;
    private final PejabatUnit pejabat;
    private final SkorService skor;
    private final AksesService akses;
    private final NilaiPerilakuRepository nilaiPerilaku;
    private final ReviuNckpRepository reviu;
    private final KeberatanNckpRepository keberatan;
    private final AuditService audit;
    private final Clock clock;

    PenilaianService(OrganisasiQuery organisasi, PejabatUnit pejabat, SkorService skor, AksesService akses,
            NilaiPerilakuRepository nilaiPerilaku, ReviuNckpRepository reviu, KeberatanNckpRepository keberatan,
            AuditService audit, Clock clock) {
        this.organisasi = organisasi;
        this.pejabat = pejabat;
        this.skor = skor;
        this.akses = akses;
        this.nilaiPerilaku = nilaiPerilaku;
        this.reviu = reviu;
        this.keberatan = keberatan;
        this.audit = audit;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------
    // views

    /** A superior in the chain: the head of a unit above the position. */
    public record Atasan(Long unitId, String unit, String username, String nama, String nip) {
    }

    public record CkpTw(int triwulan, Integer versiPk, BigDecimal ckp, StatusSkor status) {
    }

    public record VersiCkp(int versiPk, int dariTw, int sampaiTw, BigDecimal ckp) {

        public int jumlahTw() {
            return sampaiTw - dariTw + 1;
        }
    }

    /**
     * @param status   RATED / UNRATED (deadline passed, counts as 100) / NOT_APPLICABLE (no PK in
     *                 force in the semester, or its deadline has not passed yet)
     */
    public record NpSemester(int semester, BigDecimal nilai, SemesterNp.Status status, String catatan,
            String dinilaiOleh, Long version, LocalDate batas, boolean bolehDinilai) {
    }

    public record Reviu(Keputusan keputusan, BigDecimal ckpTahunan, BigDecimal npTahunan, BigDecimal nckp,
            BigDecimal nckpFinal, String alasan, String direviuOleh, OffsetDateTime direviuPada, long version) {
    }

    /**
     * One employee's year. {@code matriks} is the score s.d. TW IV of the PK version in force last
     * (the Matriks Capaian Kinerja Pegawai).
     *
     * @param tidakDinilai this position's own evaluees left unrated past a deadline (its penalty)
     */
    public record Penilaian(UnitInfo unit, int tahun, Atasan pegawai, Atasan penilai, Atasan atasanPenilai,
            List<CkpTw> ckpTw, List<VersiCkp> versi, BigDecimal ckpTahunan, boolean ckpFinal, List<NpSemester> np,
            int tidakDinilai, BigDecimal penalti, BigDecimal npTahunan, BigDecimal nckp, Reviu reviu,
            BigDecimal nckpFinal, NckpStatus status, boolean saya, boolean sayaPenilai, boolean sayaAtasanPenilai,
            boolean bolehReviu, boolean berubahSejakReviu, HasilSkor matriks, List<BarisMatriks> barisMatriks, String kota) {
    }

    /** A line of the Matriks Capaian Kinerja Pegawai: an SS heading, or one of its IKU. */
    public record BarisMatriks(boolean ss, String kode, String nama, String satuan, BigDecimal target,
            BigDecimal realisasi, id.kinerja.scoring.Polarization polarisasi, BigDecimal bobotTertimbang,
            BigDecimal capaian) {
    }

    /** One line of the list page. */
    public record Baris(Long unitId, String kode, String nama, String induk, BigDecimal np1, BigDecimal np2,
            boolean direviu, BigDecimal nckpFinal, boolean tugasNilai, boolean tugasReviu, StatusKeberatan keberatan) {
    }

    // ---------------------------------------------------------------------------------------
    // reading

    @Transactional(readOnly = true)
    public Penilaian penilaian(Long unitId, int tahun) {
        periksaTahun(tahun);
        UnitInfo u = periksaLihat(unitId);
        return hitung(u, tahun);
    }

    private Penilaian hitung(UnitInfo u, int tahun) {
        LocalDate hariIni = Waktu.hariIni(clock);
        // CKP s.d. each quarter, one batch each (the position's subtree is the position itself)
        HasilSkor[] perTw = new HasilSkor[4];
        for (int q = 1; q <= 4; q++) {
            perTw[q - 1] = skor.subtree(u.id(), tahun, q).stream().filter(s -> s.unit().id().equals(u.id()))
                    .findFirst().map(SkorUnit::skor).orElse(null);
        }
        List<CkpTw> ckpTw = new ArrayList<>();
        boolean semuaFinal = true;
        for (int q = 1; q <= 4; q++) {
            HasilSkor h = perTw[q - 1];
            ckpTw.add(new CkpTw(q, h == null ? null : h.versiPk(), h == null ? null : h.score(),
                    h == null ? null : h.status()));
            if (h == null || h.status() != StatusSkor.FINAL) {
                semuaFinal = false;
            }
        }
        List<VersiCkp> versi = versi(perTw);
        BigDecimal ckpTahunan = versi.isEmpty() ? null : IndividualScores.ckpTahunan(versi.stream()
                .map(v -> new CkpVersion(v.ckp(), v.jumlahTw())).toList());

        Map<Integer, NilaiPerilaku> np = new HashMap<>();
        nilaiPerilaku.findByUnitIdInAndTahun(List.of(u.id()), tahun).forEach(n -> np.put(n.getSemester(), n));
        List<NpSemester> semester = new ArrayList<>();
        SemesterNp[] sem = new SemesterNp[2];
        for (int s = 1; s <= 2; s++) {
            boolean berlaku = perTw[2 * s - 2] != null || perTw[2 * s - 1] != null;
            NilaiPerilaku n = np.get(s);
            sem[s - 1] = AturanPenilaian.semester(n == null ? null : n.getNilai(), berlaku, tahun, s, hariIni);
            semester.add(new NpSemester(s, n == null ? null : n.getNilai(), sem[s - 1].status(),
                    n == null ? null : n.getCatatan(), n == null ? null : n.getDinilaiOleh(),
                    n == null ? null : n.getVersion(), AturanPenilaian.batasPenilaian(tahun, s),
                    AturanPenilaian.bolehDinilai(tahun, s, hariIni)));
        }
        int tidakDinilai = tidakDinilai(u, tahun, hariIni);
        BigDecimal npTahunan = IndividualScores.annualNp(sem[0], sem[1], tidakDinilai);
        BigDecimal nckp = ckpTahunan == null || npTahunan == null ? null
                : IndividualScores.nckp(ckpTahunan, npTahunan);

        Rantai r = rantai(u);
        Atasan pegawai = pejabat.pimpinan(u.id())
                .map(p -> new Atasan(u.id(), u.nama(), p.username(), p.nama(), p.nip())).orElse(null);
        Reviu rv = reviu.findByUnitIdAndTahun(u.id(), tahun).map(x -> new Reviu(x.getKeputusan(),
                x.getCkpTahunan(), x.getNpTahunan(), x.getNckp(), x.getNckpFinal(), x.getAlasan(),
                x.getDireviuOleh(), x.getDireviuPada(), x.getVersion())).orElse(null);
        BigDecimal nckpFinal = rv == null ? null : rv.nckpFinal();
        boolean berubah = rv != null && nckp != null
                && id.kinerja.scoring.Scores.display(rv.nckp()).compareTo(id.kinerja.scoring.Scores.display(nckp)) != 0;
        boolean sayaPenilai = r.penilai() != null && pimpinanLangsung(r.penilai().unitId());
        boolean sayaAtasan = r.atasanPenilai() != null && pimpinanLangsung(r.atasanPenilai().unitId());
        String saya = AksesService.penggunaSaatIni().getUsername();
        boolean ikutMenilai = np.values().stream().anyMatch(n -> saya.equals(n.getDinilaiOleh()));
        HasilSkor matriks = null;
        for (int q = 4; q >= 1 && matriks == null; q--) {
            matriks = perTw[q - 1];
        }
        return new Penilaian(u, tahun, pegawai, r.penilai(), r.atasanPenilai(), ckpTw, versi, ckpTahunan,
                semuaFinal, semester, tidakDinilai, IndividualScores.evaluatorPenalty(tidakDinilai), npTahunan, nckp,
                rv, nckpFinal, IndividualScores.nckpStatus(nckpFinal != null ? nckpFinal : nckp), pegawaiSendiri(u),
                sayaPenilai, sayaAtasan, sayaAtasan && !sayaPenilai && !ikutMenilai && nckp != null, berubah,
                matriks, barisMatriks(matriks), organisasi.kota(u.organisasiId()).orElse(null));
    }

    /** SS headings with their IKU below, in the PK's order. */
    static List<BarisMatriks> barisMatriks(HasilSkor h) {
        List<BarisMatriks> out = new ArrayList<>();
        if (h == null) {
            return out;
        }
        String ss = null;
        for (SkorService.IkuSkor i : h.indikator()) {
            if (i.ssKode() != null && !i.ssKode().equals(ss)) {
                ss = i.ssKode();
                out.add(new BarisMatriks(true, i.ssKode(), i.ssNama(), null, null, null, null, null, null));
            }
            out.add(new BarisMatriks(false, i.kode(), i.nama(), i.satuan(), i.target(), i.realisasi(), i.polarisasi(),
                    i.bobotTertimbang(), i.capaian()));
        }
        return out;
    }

    /** PK versions in force, in quarter order; the CKP of a version is its score s.d. its last quarter. */
    static List<VersiCkp> versi(HasilSkor[] perTw) {
        List<VersiCkp> out = new ArrayList<>();
        Integer dari = null;
        for (int q = 1; q <= 4; q++) {
            HasilSkor h = perTw[q - 1];
            if (h == null || h.score() == null) {
                dari = null;
                continue;
            }
            if (dari == null) {
                dari = q;
            }
            HasilSkor next = q < 4 ? perTw[q] : null;
            if (next == null || next.score() == null || !next.pkId().equals(h.pkId())) {
                out.add(new VersiCkp(h.versiPk(), dari, q, h.score()));
                dari = null;
            }
        }
        return out;
    }

    /** This position's own evaluees (non-map-owner units right below it) unrated past a deadline of the year. */
    private int tidakDinilai(UnitInfo u, int tahun, LocalDate hariIni) {
        List<Long> bawahan = evalueeLangsung(u);
        if (bawahan.isEmpty()) {
            return 0;
        }
        Set<String> ada = nilaiPerilaku.findByUnitIdInAndTahun(bawahan, tahun).stream()
                .map(n -> n.getUnitId() + ":" + n.getSemester()).collect(Collectors.toSet());
        int n = 0;
        for (Long b : bawahan) {
            for (int s = 1; s <= 2; s++) {
                if (AturanPenilaian.lewatBatas(tahun, s, hariIni) && !ada.contains(b + ":" + s)) {
                    n++;
                    break;
                }
            }
        }
        return n;
    }

    private List<Long> evalueeLangsung(UnitInfo u) {
        return organisasi.subtree(u.path()).stream()
                .filter(x -> u.id().equals(x.indukId()) && x.aktif() && !x.pemilikPeta()).map(UnitInfo::id).toList();
    }

    /** The positions this user may see in the year, with their NP and review state. */
    @Transactional(readOnly = true)
    public List<Baris> daftar(int tahun) {
        periksaTahun(tahun);
        List<AksesService.Penugasan> tugas = akses.cakupan(Aksi.LIHAT).penugasan();
        Map<Long, UnitInfo> unit = new LinkedHashMap<>();
        Map<Long, UnitInfo> semua = new HashMap<>();
        for (AksesService.Penugasan t : tugas) {
            boolean rahasia = Aksi.LIHAT_NCKP.bolehOleh(t.peran());
            for (UnitInfo x : organisasi.unitDenganPath(t.unitPath()).map(x -> rahasia && t.peran().mencakupSubtree()
                    ? organisasi.subtree(x.path()) : List.of(x)).orElse(List.of())) {
                semua.put(x.id(), x);
                if (unit.size() < DAFTAR_MAKS && evaluee(x) && bolehLihat(x)) {
                    unit.putIfAbsent(x.id(), x);
                }
            }
        }
        Map<Long, Map<Integer, BigDecimal>> np = new HashMap<>();
        nilaiPerilaku.findByUnitIdInAndTahun(unit.keySet(), tahun)
                .forEach(n -> np.computeIfAbsent(n.getUnitId(), k -> new HashMap<>()).put(n.getSemester(), n.getNilai()));
        Map<Long, ReviuNckp> rv = reviu.findByUnitIdInAndTahun(unit.keySet(), tahun).stream()
                .collect(Collectors.toMap(ReviuNckp::getUnitId, x -> x));
        Map<Long, StatusKeberatan> kb = keberatan.findByUnitIdInAndTahun(unit.keySet(), tahun).stream()
                .collect(Collectors.toMap(KeberatanNckp::getUnitId, KeberatanNckp::getStatus));
        Set<String> kepala = tugas.stream().filter(t -> t.peran() == Peran.PIMPINAN).map(AksesService.Penugasan::unitPath)
                .collect(Collectors.toSet());
        List<Baris> out = new ArrayList<>();
        for (UnitInfo x : unit.values()) {
            UnitInfo induk = semua.get(x.indukId());
            UnitInfo kakek = induk == null ? null : semua.get(induk.indukId());
            Map<Integer, BigDecimal> n = np.getOrDefault(x.id(), Map.of());
            ReviuNckp r = rv.get(x.id());
            out.add(new Baris(x.id(), x.kode(), x.nama(), induk == null ? null : induk.nama(), n.get(1), n.get(2),
                    r != null, r == null ? null : r.getNckpFinal(), induk != null && kepala.contains(induk.path()),
                    kakek != null && kepala.contains(kakek.path()) && r == null && !n.isEmpty(), kb.get(x.id())));
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // changes

    /** The evaluator rates one semester (0..100); refused once the year's NCKP has been reviewed. */
    @Transactional
    public void simpanNp(Long unitId, int tahun, int semester, BigDecimal nilai, String catatan, Long version) {
        periksaTahun(tahun);
        if (semester != 1 && semester != 2) {
            throw new BusinessRuleException("semester", "penilaian.semester.tidakSah");
        }
        UnitInfo u = periksaLihat(unitId);
        Rantai r = rantai(u);
        if (r.penilai() == null || !pimpinanLangsung(r.penilai().unitId())) {
            throw new AccessDeniedException("Bukan penilai " + u.kode());
        }
        if (!AturanPenilaian.bolehDinilai(tahun, semester, Waktu.hariIni(clock))) {
            throw new BusinessRuleException("nilai", "penilaian.np.belumMulai");
        }
        Optional<ReviuNckp> direviu = reviu.findByUnitIdAndTahun(unitId, tahun);
        // an accepted objection (keberatan) lifts the lock until the NCKP is reviewed again
        if (direviu.isPresent() && !KeberatanService.npTerbuka(keberatan.findByUnitIdAndTahun(unitId, tahun)
                .orElse(null), direviu.get().getDireviuPada())) {
            throw new BusinessRuleException("nilai", "penilaian.np.sudahDireviu");
        }
        Optional<NilaiPerilaku> ada = nilaiPerilaku.findByUnitIdAndTahunAndSemester(unitId, tahun, semester);
        if (ada.isPresent() && (version == null || version != ada.get().getVersion())
                || ada.isEmpty() && version != null) {
            throw new ObjectOptimisticLockingFailureException(NilaiPerilaku.class, unitId);
        }
        NilaiPerilaku n = ada.orElseGet(() -> new NilaiPerilaku(unitId, tahun, semester));
        n.nilai(nilai, catatan, AksesService.penggunaSaatIni().getUsername(), OffsetDateTime.now(clock));
        nilaiPerilaku.saveAndFlush(n);
    }

    /**
     * The superior's superior decides the NCKP Final. Whoever rated the employee's NP (or heads the
     * evaluator's unit) never reviews it.
     */
    @Transactional
    public void simpanReviu(Long unitId, int tahun, Keputusan keputusan, BigDecimal usulan, String alasan,
            Long version) {
        periksaTahun(tahun);
        UnitInfo u = periksaLihat(unitId);
        Penilaian p = hitung(u, tahun);
        if (!p.sayaAtasanPenilai()) {
            throw new AccessDeniedException("Bukan atasan pejabat penilai " + u.kode());
        }
        if (!p.bolehReviu()) {
            if (p.nckp() == null) {
                throw new BusinessRuleException("keputusan", "penilaian.reviu.belumAdaNckp");
            }
            throw new BusinessRuleException("keputusan", "tugas.terpisah");
        }
        Optional<ReviuNckp> ada = reviu.findByUnitIdAndTahun(unitId, tahun);
        if (ada.isPresent() && (version == null || version != ada.get().getVersion())
                || ada.isEmpty() && version != null) {
            throw new ObjectOptimisticLockingFailureException(ReviuNckp.class, unitId);
        }
        ReviuNckp r = ada.orElseGet(() -> new ReviuNckp(unitId, tahun));
        BigDecimal sebelum = r.getNckpFinal();
        r.putuskan(keputusan, p.ckpTahunan(), p.npTahunan(), p.nckp(), usulan, alasan,
                AksesService.penggunaSaatIni().getUsername(), OffsetDateTime.now(clock));
        reviu.saveAndFlush(r);
        Map<String, Object> isi = new LinkedHashMap<>();
        isi.put("keputusan", keputusan.name());
        isi.put("nckp", p.nckp().toPlainString());
        isi.put("nckpFinal", r.getNckpFinal().toPlainString());
        audit.catat(AuditAksi.SETUJUI, "ReviuNckp", r.getId(), unitId,
                sebelum == null ? null : Map.of("nckpFinal", sebelum.toPlainString()), isi, r.getAlasan());
    }

    // ---------------------------------------------------------------------------------------
    // who is who

    record Rantai(Atasan penilai, Atasan atasanPenilai) {
    }

    /**
     * The evaluator is the head of the nearest unit above the position that has one (the direct
     * superior; Kemenlu §G.7 lets the next level rate when that post is empty); the reviewer is the
     * head of the next unit above that, another person.
     */
    Rantai rantai(UnitInfo u) {
        List<Long> leluhur = leluhur(u.path(), u.id());
        Map<Long, UnitInfo> info = organisasi.units(leluhur).stream()
                .collect(Collectors.toMap(UnitInfo::id, x -> x));
        Atasan penilai = null;
        for (Long id : leluhur) {
            var p = pejabat.pimpinan(id);
            if (p.isEmpty()) {
                continue;
            }
            String nama = info.containsKey(id) ? info.get(id).nama() : null;
            Atasan a = new Atasan(id, nama, p.get().username(), p.get().nama(), p.get().nip());
            if (penilai == null) {
                penilai = a;
            } else if (!a.username().equals(penilai.username())) {
                return new Rantai(penilai, a);
            }
        }
        return new Rantai(penilai, null);
    }

    /** Ids above the unit, nearest first, from its path ("/1/5/9/"). */
    static List<Long> leluhur(String path, Long id) {
        List<Long> out = new ArrayList<>(Arrays.stream(path.split("/")).filter(s -> !s.isEmpty())
                .map(Long::valueOf).filter(x -> !x.equals(id)).toList());
        Collections.reverse(out);
        return out;
    }

    /** The positions scored here: below some unit and not owning a strategy map. */
    static boolean evaluee(UnitInfo u) {
        return u.indukId() != null && !u.pemilikPeta() && u.aktif();
    }

    private UnitInfo periksaLihat(Long unitId) {
        UnitInfo u = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        if (!bolehLihat(u)) {
            throw new AccessDeniedException("NCKP rahasia: " + u.kode());
        }
        if (!evaluee(u)) {
            throw new NotFoundException("Penilaian", unitId);
        }
        return u;
    }

    /**
     * Kemenlu §G.8: the employee; the heads above (direct superior, their superior, the deciding
     * official); the unit's performance managers (PKO) and HR / organisation / finance officials
     * (PENGELOLA_SDM) with reach over the position. Not the super admin, not planners or validators.
     */
    boolean bolehLihat(UnitInfo u) {
        var c = akses.cakupan(Aksi.LIHAT_NCKP);
        if (new AksesService.Cakupan(false, c.penugasan()).mencakup(u.path())) {
            return true;
        }
        return pegawaiSendiri(u);
    }

    /**
     * The holder of an individual position: a planner or head role held on the position itself
     * (a validator assigned there for the forum is not the employee).
     */
    private boolean pegawaiSendiri(UnitInfo u) {
        boolean langsung = akses.cakupan(Aksi.LIHAT).penugasan().stream().anyMatch(p -> p.unitPath().equals(u.path())
                && (p.peran() == Peran.PERENCANA || p.peran() == Peran.PIMPINAN));
        if (!langsung) {
            return false;
        }
        return organisasi.jenis(u.id()).orElse(null) == JenisUnit.JABATAN
                || akses.cakupan(Aksi.LIHAT).penugasan().stream()
                        .anyMatch(p -> p.peran() == Peran.PIMPINAN && p.unitPath().equals(u.path()));
    }

    private boolean pimpinanLangsung(Long unitId) {
        String path = organisasi.unit(unitId).map(UnitInfo::path).orElse(null);
        return path != null && akses.cakupan(Aksi.LIHAT).penugasan().stream()
                .anyMatch(p -> p.peran() == Peran.PIMPINAN && p.unitPath().equals(path));
    }

    private static void periksaTahun(int tahun) {
        if (tahun < TAHUN_MIN || tahun > TAHUN_MAKS) {
            throw new BusinessRuleException("tahun", "penilaian.tahun.tidakSah", TAHUN_MIN, TAHUN_MAKS);
        }
    }
}
