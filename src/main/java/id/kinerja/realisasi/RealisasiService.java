package id.kinerja.realisasi;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.HasilAngka;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.Peran;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Entering realisations and carrying a unit's quarterly report through submission (by a planner
 * or PKO) and approval or return (by the head — Pimpinan — of the unit or above, never the one who
 * submitted or entered). Values are entered for the PK version in force in their period, once the
 * period has started, while the report is with the planner and the quarter is not locked; values
 * that flow up from the units below are never typed upstairs.
 */
@Service
public class RealisasiService {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int ALASAN_MAKS = 1000;

    private final OrganisasiQuery organisasi;
    private final RencanaKinerjaApi rencana;
    private final RealisasiRepository realisasi;
    private final LaporanRealisasiRepository laporan;
    private final SkorService skor;
    private final SkalaKualitatifService skala;
    private final AksesService akses;
    private final AuditService audit;
    private final Clock clock;
    private final List<SyaratPengajuan> syaratPengajuan;

    RealisasiService(OrganisasiQuery organisasi, RencanaKinerjaApi rencana, RealisasiRepository realisasi,
            LaporanRealisasiRepository laporan, SkorService skor, SkalaKualitatifService skala, AksesService akses,
            AuditService audit, Clock clock, List<SyaratPengajuan> syaratPengajuan) {
        this.organisasi = organisasi;
        this.rencana = rencana;
        this.realisasi = realisasi;
        this.laporan = laporan;
        this.skor = skor;
        this.skala = skala;
        this.akses = akses;
        this.audit = audit;
        this.clock = clock;
        this.syaratPengajuan = syaratPengajuan;
    }

    /** A value as typed in a form or sent to the API, before parsing. */
    public record Masukan(String nilai, String pembilang, String penyebut, String label, boolean na, String alasan) {

        public boolean kosong() {
            return !na && blank(nilai) && blank(pembilang) && blank(penyebut) && blank(label) && blank(alasan);
        }

        static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** A stored (or derived) value as pages and the API show it. */
    public record NilaiView(Long id, Long ikuId, String iku, String period, BigDecimal nilai, BigDecimal pembilang,
            BigDecimal penyebut, String label, boolean na, String alasan, StatusLaporan status, boolean locked,
            boolean derived, long version, String diisiOleh, Instant diisiPada) {
    }

    // ---------------------------------------------------------------------------------------
    // resolving what the caller names

    public UnitInfo unit(Long unitId) {
        return organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    /**
     * A unit by its code, among the units the user may see: 404 when no organisation has it, 403
     * when it exists only out of reach.
     */
    @Transactional(readOnly = true)
    public UnitInfo unitDenganKode(String kode) {
        if (kode == null || kode.length() > 40) {
            throw new NotFoundException("Unit", kode);
        }
        List<UnitInfo> semua = organisasi.unitDenganKode(kode);
        if (semua.isEmpty()) {
            throw new NotFoundException("Unit", kode);
        }
        return semua.stream().filter(u -> akses.boleh(Aksi.LIHAT, u.id())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Di luar jangkauan"));
    }

    public PkBerlaku pk(UnitInfo unit, int tahun, int triwulan) {
        return rencana.berlaku(unit.id(), unit.organisasiId(), tahun, triwulan)
                .orElseThrow(() -> new PkBelumBerlakuException(unit.kode(), tahun));
    }

    public LocalDate hariIni() {
        return LocalDate.now(clock.withZone(WIB));
    }

    /** The quarter "today" means for a fiscal year: now in this year, IV for a past, I for a future year. */
    /** Throws unless the unit exists (404) and the current user may see it (403). */
    @Transactional(readOnly = true)
    public void periksaLihat(Long unitId) {
        unit(unitId);
        akses.periksa(Aksi.LIHAT, unitId);
    }

    public int triwulanSekarang(int tahun) {
        LocalDate d = hariIni();
        if (d.getYear() > tahun) {
            return 4;
        }
        return d.getYear() < tahun ? 1 : (d.getMonthValue() + 2) / 3;
    }

    private Map<KodePeriode, PeriodeInfo> periode(UnitInfo unit, int tahun) {
        Map<KodePeriode, PeriodeInfo> out = new HashMap<>();
        organisasi.periode(unit.organisasiId(), tahun).forEach(p -> out.put(new KodePeriode(p.jenis(), p.nomor()), p));
        if (out.isEmpty()) {
            throw new NotFoundException("Tahun anggaran", tahun);
        }
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // entering

    /** One value through the API: 404 unknown IKU/period, 409 locked/submitted/derived, 400 bad input. */
    @Transactional
    public NilaiView simpan(Long unitId, int tahun, String ikuKode, String periodeKode, Masukan m, Long version) {
        UnitInfo unit = unit(unitId);
        akses.periksa(Aksi.SUSUN, unitId);
        KodePeriode kp = KodePeriode.parse(periodeKode).orElseThrow(() -> new NotFoundException("Periode", periodeKode));
        PkBerlaku pk = pk(unit, tahun, kp.triwulan());
        IkuRencana iku = pk.iku().stream().filter(i -> i.kode().equals(ikuKode)).findFirst()
                .orElseThrow(() -> new NotFoundException("IKU", ikuKode));
        if (iku.periodePelaporan() != kp.jenis()) {
            throw new NotFoundException("Periode", periodeKode);
        }
        Map<KodePeriode, PeriodeInfo> periode = periode(unit, tahun);
        periksaDapatDiisi(unit, pk, iku, kp, periode,
                realisasi.findByIkuAkarIdAndJenisPeriodeAndNomor(iku.akarId(), kp.jenis(), kp.nomor()).orElse(null));
        NilaiMasukan nilai = baca(iku, m, "");
        Realisasi r = tulis(unit, pk, iku, kp, nilai, version);
        return view(r, iku.kode(), laporanAtau(unit.id(), pk.tahunAnggaranId(), kp.triwulan()), false);
    }

    /** One row of the entry page. */
    public record Baris(Long ikuId, String periode, Long version, Masukan masukan) {
    }

    /**
     * Saves the changed rows of a quarter's entry page, all or nothing: every bad field is reported
     * (field {@code baris[i].nilai} …) and nothing is stored; a stale row is a 409.
     */
    @Transactional
    public int simpanSemua(Long unitId, int tahun, int triwulan, List<Baris> baris) {
        UnitInfo unit = unit(unitId);
        akses.periksa(Aksi.SUSUN, unitId);
        if (baris.size() > 500) {
            throw new BusinessRuleException("baris", "realisasi.baris.terlaluBanyak");
        }
        PkBerlaku pk = pk(unit, tahun, triwulan);
        Map<KodePeriode, PeriodeInfo> periode = periode(unit, tahun);
        Map<Long, IkuRencana> ikus = pk.iku().stream().collect(Collectors.toMap(IkuRencana::id, i -> i));
        List<BusinessRuleException> salah = new ArrayList<>();
        record Rencana(IkuRencana iku, KodePeriode kp, NilaiMasukan nilai, Long version, Realisasi ada) {
        }
        List<Rencana> tulis = new ArrayList<>();
        for (int i = 0; i < baris.size(); i++) {
            Baris b = baris.get(i);
            IkuRencana iku = ikus.get(b.ikuId());
            KodePeriode kp = KodePeriode.parse(b.periode()).orElse(null);
            if (iku == null || kp == null || kp.jenis() != iku.periodePelaporan() || kp.triwulan() != triwulan) {
                throw new NotFoundException("IKU", b.ikuId());
            }
            Realisasi ada = realisasi.findByIkuAkarIdAndJenisPeriodeAndNomor(iku.akarId(), kp.jenis(), kp.nomor())
                    .orElse(null);
            if (b.masukan() == null || b.masukan().kosong()) {
                if (ada != null && koreksiSaja(unit, pk, triwulan) && ada.getStatusValidasi() != StatusValidasi.TIDAK_VALID) {
                    // a submitted quarter shows only the values returned by the validator as fields
                    continue;
                }
                if (ada != null && b.version() == null) {
                    // the row was empty when the page was read: a colleague's value entered since stays
                    continue;
                }
                if (ada != null) {
                    periksaDapatDiisi(unit, pk, iku, kp, periode, ada);
                    tulis.add(new Rencana(iku, kp, null, b.version(), ada));
                }
                continue;
            }
            try {
                NilaiMasukan nilai = baca(iku, b.masukan(), "baris[" + i + "].");
                if (ada != null && sama(ada, nilai)) {
                    continue;
                }
                if (ada != null && b.version() == null) {
                    // empty when the page was read, entered by someone else since: never overwrite it unseen
                    throw new ObjectOptimisticLockingFailureException(Realisasi.class, ada.getId());
                }
                periksaDapatDiisi(unit, pk, iku, kp, periode, ada);
                tulis.add(new Rencana(iku, kp, nilai, b.version(), ada));
            } catch (BusinessRuleException e) {
                salah.addAll(e.semuaPelanggaran());
            }
        }
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        for (Rencana t : tulis) {
            if (t.nilai() == null) {
                if (t.version() != null && t.ada().getVersion() != t.version()) {
                    throw new ObjectOptimisticLockingFailureException(Realisasi.class, t.ada().getId());
                }
                realisasi.delete(t.ada());
            } else {
                tulis(unit, pk, t.iku(), t.kp(), t.nilai(), t.version());
            }
        }
        realisasi.flush();
        return tulis.size();
    }

    private static boolean sama(Realisasi r, NilaiMasukan n) {
        return r.getJenisNilai() == n.jenis() && eq(r.getNilai(), n.nilai()) && eq(r.getPembilang(), n.pembilang())
                && eq(r.getPenyebut(), n.penyebut()) && Objects.equals(r.getLabel(), n.label())
                && Objects.equals(r.getAlasan(), n.alasan());
    }

    private static boolean eq(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /** A submitted, unlocked quarter: only values the validator judged tidak valid may change. */
    private boolean koreksiSaja(UnitInfo unit, PkBerlaku pk, int triwulan) {
        return laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unit.id(), pk.tahunAnggaranId(), triwulan)
                .filter(l -> !l.isTerkunci() && !l.getStatus().dapatDiisi()).isPresent();
    }

    private void periksaDapatDiisi(UnitInfo unit, PkBerlaku pk, IkuRencana iku, KodePeriode kp,
            Map<KodePeriode, PeriodeInfo> periode, Realisasi ada) {
        PeriodeInfo p = periode.get(kp);
        if (p == null) {
            throw new NotFoundException("Periode", kp.kode());
        }
        if (hariIni().isBefore(p.mulai())) {
            throw new BusinessRuleException("period", "realisasi.periode.belumMulai", kp.kode(), p.mulai());
        }
        Optional<LaporanRealisasi> lap = laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unit.id(),
                pk.tahunAnggaranId(), kp.triwulan());
        if (lap.isPresent() && lap.get().isTerkunci()) {
            throw new KonflikRealisasiException("realisasi.konflik.terkunci", kp.triwulan());
        }
        boolean dikembalikanValidator = ada != null && ada.getStatusValidasi() == StatusValidasi.TIDAK_VALID;
        if (lap.isPresent() && !lap.get().getStatus().dapatDiisi() && !dikembalikanValidator) {
            throw new KonflikRealisasiException("realisasi.konflik.sudahDiajukan", kp.triwulan());
        }
        SkorService.Turunan t = skor.turunan(iku);
        if (t != null) {
            throw new KonflikRealisasiException("realisasi.konflik.turunan", iku.kode(),
                    t.dari().stream().map(s -> s.unit()).distinct().collect(Collectors.joining(", ")));
        }
    }

    private Realisasi tulis(UnitInfo unit, PkBerlaku pk, IkuRencana iku, KodePeriode kp, NilaiMasukan nilai,
            Long version) {
        Realisasi r = realisasi.findByIkuAkarIdAndJenisPeriodeAndNomor(iku.akarId(), kp.jenis(), kp.nomor())
                .orElse(null);
        if (r == null) {
            r = new Realisasi(unit.id(), pk.tahunAnggaranId(), iku.id(), iku.akarId(), kp.jenis(), kp.nomor());
        } else if (version != null && r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Realisasi.class, r.getId());
        }
        r.isi(iku.id(), nilai, AksesService.penggunaSaatIni().getUsername(), clock.instant());
        return realisasi.saveAndFlush(r);
    }

    /**
     * Reads one value for an IKU: a qualitative IKU takes a label of its scale, a raw-data IKU a
     * numerator and denominator (the ratio is computed), any other a number; n/a needs a reason.
     */
    public NilaiMasukan baca(IkuRencana iku, Masukan m, String prefix) {
        List<BusinessRuleException> salah = new ArrayList<>();
        Optional<SkalaKualitatifService.Skala> sk = skala.untukSatuan(iku.satuan());
        NilaiMasukan hasil = null;
        if (m.na()) {
            if (Masukan.blank(m.alasan())) {
                salah.add(new BusinessRuleException(prefix + "alasan", "realisasi.na.alasanWajib"));
            } else if (m.alasan().length() > ALASAN_MAKS) {
                salah.add(new BusinessRuleException(prefix + "alasan", "realisasi.alasan.terlaluPanjang", ALASAN_MAKS));
            }
            for (String[] f : new String[][] {{"nilai", m.nilai()}, {"pembilang", m.pembilang()},
                    {"penyebut", m.penyebut()}, {"label", m.label()}}) {
                if (!Masukan.blank(f[1])) {
                    salah.add(new BusinessRuleException(prefix + f[0], "realisasi.na.denganNilai"));
                }
            }
            hasil = salah.isEmpty() ? NilaiMasukan.na(m.alasan().trim()) : null;
        } else if (sk.isPresent()) {
            String pilihan = String.join(", ", sk.get().level().keySet());
            if (!Masukan.blank(m.nilai()) || !Masukan.blank(m.pembilang()) || !Masukan.blank(m.penyebut())) {
                salah.add(new BusinessRuleException(prefix + "label", "realisasi.label.pakaiLabel", pilihan));
            } else if (Masukan.blank(m.label())) {
                salah.add(new BusinessRuleException(prefix + "label", "realisasi.label.wajib", pilihan));
            } else if (m.label().length() > 40 || sk.get().nilai(m.label()).isEmpty()) {
                salah.add(new BusinessRuleException(prefix + "label", "realisasi.label.tidakDikenal",
                        m.label().length() > 40 ? m.label().substring(0, 40) : m.label().trim(), pilihan));
            } else {
                hasil = NilaiMasukan.label(sk.get().labelBaku(m.label()).orElseThrow(),
                        sk.get().nilai(m.label()).orElseThrow());
            }
        } else if (iku.rawData()) {
            if (!Masukan.blank(m.nilai()) || !Masukan.blank(m.label())) {
                salah.add(new BusinessRuleException(prefix + "nilai", "realisasi.rasio.pakaiPembilang"));
            }
            BigDecimal p = angka(m.pembilang(), prefix + "pembilang", salah, true);
            BigDecimal q = angka(m.penyebut(), prefix + "penyebut", salah, true);
            if (p != null && p.signum() < 0) {
                salah.add(new BusinessRuleException(prefix + "pembilang", "realisasi.angka.negatif"));
            }
            if (q != null && q.signum() < 0) {
                salah.add(new BusinessRuleException(prefix + "penyebut", "realisasi.angka.negatif"));
            }
            hasil = salah.isEmpty() ? NilaiMasukan.rasio(p, q) : null;
        } else {
            if (!Masukan.blank(m.pembilang()) || !Masukan.blank(m.penyebut()) || !Masukan.blank(m.label())) {
                salah.add(new BusinessRuleException(prefix + "nilai", "realisasi.nilai.bukanRasio"));
            }
            BigDecimal v = angka(m.nilai(), prefix + "nilai", salah, true);
            hasil = salah.isEmpty() ? NilaiMasukan.angka(v) : null;
        }
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        return hasil;
    }

    private static BigDecimal angka(String raw, String field, List<BusinessRuleException> salah, boolean wajib) {
        if (Masukan.blank(raw)) {
            if (wajib) {
                salah.add(new BusinessRuleException(field, "realisasi.angka.wajib"));
            }
            return null;
        }
        HasilAngka h = AngkaIndonesia.baca(raw, AngkaMasukan.BATAS);
        if (!h.sah()) {
            salah.add(new BusinessRuleException(field, h.kode(), h.argumenPesan()));
        }
        return h.nilai();
    }

    // ---------------------------------------------------------------------------------------
    // submission

    @Transactional
    public void ajukan(Long unitId, int tahun, int triwulan, long version) {
        UnitInfo unit = unit(unitId);
        akses.periksa(Aksi.SUSUN, unitId);
        PkBerlaku pk = pk(unit, tahun, triwulan);
        PeriodeInfo tw = periode(unit, tahun).get(new KodePeriode(JenisPeriode.TRIWULAN, triwulan));
        if (hariIni().isBefore(tw.mulai())) {
            throw new BusinessRuleException("laporan", "realisasi.periode.belumMulai", "TW" + triwulan, tw.mulai());
        }
        LaporanRealisasi lap = laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, pk.tahunAnggaranId(), triwulan)
                .orElseGet(() -> laporan.save(new LaporanRealisasi(unitId, pk.tahunAnggaranId(), triwulan)));
        if (lap.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LaporanRealisasi.class, lap.getId());
        }
        if (lap.isTerkunci()) {
            throw new KonflikRealisasiException("realisasi.konflik.terkunci", triwulan);
        }
        if (!lap.getStatus().dapatDiisi()) {
            throw new KonflikRealisasiException("realisasi.konflik.sudahDiajukan", triwulan);
        }
        int kosong = 0;
        for (IkuRencana iku : pk.iku()) {
            if (skor.turunan(iku) != null) {
                continue;
            }
            for (KodePeriode kp : periodeDalamTriwulan(iku.periodePelaporan(), triwulan)) {
                if (realisasi.findByIkuAkarIdAndJenisPeriodeAndNomor(iku.akarId(), kp.jenis(), kp.nomor()).isEmpty()) {
                    kosong++;
                }
            }
        }
        if (kosong > 0) {
            throw new BusinessRuleException("laporan", "realisasi.ajukan.masihKosong", kosong);
        }
        syaratPengajuan.forEach(s -> s.periksa(unitId, tahun, triwulan));
        StatusLaporan semula = lap.getStatus();
        lap.ajukan(AksesService.penggunaSaatIni().getUsername(), clock.instant());
        laporan.flush();
        audit.catat(AuditAksi.AJUKAN, "LaporanRealisasi", lap.getId(), unitId, Map.of("status", semula.name()),
                Map.of("status", StatusLaporan.DIAJUKAN.name()), "TW" + triwulan + " " + tahun);
    }

    /** The report's @Version for a quarter (0 before anything was submitted). */
    @Transactional(readOnly = true)
    public long versiLaporan(Long unitId, int tahun, int triwulan) {
        UnitInfo unit = unit(unitId);
        akses.periksa(Aksi.LIHAT, unitId);
        PkBerlaku pk = pk(unit, tahun, triwulan);
        return laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, pk.tahunAnggaranId(), triwulan)
                .map(LaporanRealisasi::getVersion).orElse(0L);
    }

    @Transactional
    public void setujui(Long unitId, int tahun, int triwulan, long version) {
        LaporanRealisasi lap = untukKeputusan(unitId, tahun, triwulan, version);
        lap.setujui(AksesService.penggunaSaatIni().getUsername(), clock.instant());
        laporan.flush();
        audit.catat(AuditAksi.SETUJUI, "LaporanRealisasi", lap.getId(), unitId,
                Map.of("status", StatusLaporan.DIAJUKAN.name()), Map.of("status", StatusLaporan.DISETUJUI.name()),
                "TW" + triwulan + " " + tahun);
    }

    @Transactional
    public void kembalikan(Long unitId, int tahun, int triwulan, long version, String catatan) {
        if (catatan == null || catatan.isBlank()) {
            throw new BusinessRuleException("catatan", "realisasi.kembalikan.catatanWajib");
        }
        if (catatan.length() > ALASAN_MAKS) {
            throw new BusinessRuleException("catatan", "realisasi.alasan.terlaluPanjang", ALASAN_MAKS);
        }
        LaporanRealisasi lap = untukKeputusan(unitId, tahun, triwulan, version);
        lap.kembalikan(AksesService.penggunaSaatIni().getUsername(), clock.instant(), catatan.trim());
        laporan.flush();
        audit.catat(AuditAksi.KEMBALIKAN, "LaporanRealisasi", lap.getId(), unitId,
                Map.of("status", StatusLaporan.DIAJUKAN.name()), Map.of("status", StatusLaporan.DIKEMBALIKAN.name()),
                catatan.trim());
    }

    private LaporanRealisasi untukKeputusan(Long unitId, int tahun, int triwulan, long version) {
        UnitInfo unit = unit(unitId);
        if (!bolehPutuskan(unit)) {
            throw new AccessDeniedException("Bukan pimpinan unit ini");
        }
        PkBerlaku pk = pk(unit, tahun, triwulan);
        LaporanRealisasi lap = laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, pk.tahunAnggaranId(), triwulan)
                .orElseThrow(() -> new BusinessRuleException("laporan", "realisasi.belumDiajukan"));
        if (lap.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LaporanRealisasi.class, lap.getId());
        }
        if (lap.getStatus() != StatusLaporan.DIAJUKAN) {
            throw new BusinessRuleException("laporan", "realisasi.belumDiajukan");
        }
        String saya = AksesService.penggunaSaatIni().getUsername();
        if (saya.equals(lap.getDiajukanOleh()) || pengisi(unit, pk, triwulan).contains(saya)) {
            throw new BusinessRuleException("laporan", "realisasi.pemisahanTugas");
        }
        return lap;
    }

    /** Who entered the quarter's values (they may not approve them). */
    private Set<String> pengisi(UnitInfo unit, PkBerlaku pk, int triwulan) {
        return realisasi.findByUnitIdAndTahunAnggaranId(unit.id(), pk.tahunAnggaranId()).stream()
                .filter(r -> new KodePeriode(r.getJenisPeriode(), r.getNomor()).triwulan() == triwulan)
                .map(Realisasi::getDiisiOleh).collect(Collectors.toSet());
    }

    /** The head of the unit or of a unit above it (Pimpinan), or a super admin. */
    public boolean bolehPutuskan(UnitInfo unit) {
        AksesService.Cakupan c = akses.cakupan(Aksi.SETUJUI);
        return c.semua() || c.penugasan().stream()
                .anyMatch(p -> p.peran() == Peran.PIMPINAN && unit.path().startsWith(p.unitPath()));
    }

    static List<KodePeriode> periodeDalamTriwulan(JenisPeriode jenis, int triwulan) {
        List<KodePeriode> out = new ArrayList<>();
        for (int i = KodePeriode.sampai(jenis, triwulan - 1) + 1; i <= KodePeriode.sampai(jenis, triwulan); i++) {
            out.add(new KodePeriode(jenis, i));
        }
        return out;
    }

    public LaporanRealisasi laporanAtau(Long unitId, Long tahunAnggaranId, int triwulan) {
        return laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, tahunAnggaranId, triwulan).orElse(null);
    }

    // ---------------------------------------------------------------------------------------
    // reading

    /** The PK version in force today for a unit and year, with the rulebook and the derived IKU. */
    public record PkHariIni(UnitInfo unit, PkBerlaku pk, String rulebook, Map<Long, SkorService.Turunan> turunan) {
    }

    @Transactional(readOnly = true)
    public PkHariIni pkHariIni(Long unitId, int tahun) {
        UnitInfo unit = unit(unitId);
        akses.periksa(Aksi.LIHAT, unitId);
        PkBerlaku pk = pk(unit, tahun, triwulanSekarang(tahun));
        Map<Long, SkorService.Turunan> turunan = new HashMap<>();
        pk.iku().forEach(i -> {
            SkorService.Turunan t = skor.turunan(i);
            if (t != null) {
                turunan.put(i.id(), t);
            }
        });
        return new PkHariIni(unit, pk, unit.rulebookKey(), turunan);
    }

    public record DaftarNilai(String unit, int tahun, List<NilaiView> values) {
    }

    /** Every value of a unit's year (stored, and flowing up from below), for the API. */
    @Transactional(readOnly = true)
    public DaftarNilai daftar(Long unitId, int tahun) {
        UnitInfo unit = unit(unitId);
        akses.periksa(Aksi.LIHAT, unitId);
        Map<Long, IkuRencana> perAkar = new LinkedHashMap<>();
        Long tahunAnggaranId = null;
        for (int q = 1; q <= 4; q++) {
            Optional<PkBerlaku> pk = rencana.berlaku(unitId, unit.organisasiId(), tahun, q);
            if (pk.isPresent()) {
                tahunAnggaranId = pk.get().tahunAnggaranId();
                pk.get().iku().forEach(i -> perAkar.put(i.akarId(), i));
            }
        }
        if (tahunAnggaranId == null) {
            throw new PkBelumBerlakuException(unit.kode(), tahun);
        }
        Map<Integer, LaporanRealisasi> lap = laporan.findByUnitIdAndTahunAnggaranId(unitId, tahunAnggaranId).stream()
                .collect(Collectors.toMap(LaporanRealisasi::getTriwulan, l -> l));
        Map<Long, List<Realisasi>> tersimpan = realisasi.findByIkuAkarIdIn(perAkar.keySet()).stream()
                .collect(Collectors.groupingBy(Realisasi::getIkuAkarId));
        List<NilaiView> out = new ArrayList<>();
        for (IkuRencana iku : perAkar.values()) {
            if (skor.turunan(iku) != null) {
                skor.nilaiTurunan(iku).forEach((kp, v) -> {
                    if (v != null) {
                        LaporanRealisasi l = lap.get(kp.triwulan());
                        out.add(new NilaiView(null, iku.id(), iku.kode(), kp.kode(), v, null, null, null, false, null,
                                l == null ? StatusLaporan.DRAFT : l.getStatus(), l != null && l.isTerkunci(), true, 0,
                                null, null));
                    }
                });
                continue;
            }
            tersimpan.getOrDefault(iku.akarId(), List.of()).stream()
                    .sorted(Comparator.comparing(Realisasi::getJenisPeriode).thenComparing(Realisasi::getNomor))
                    .forEach(r -> out.add(view(r, iku.kode(),
                            lap.get(new KodePeriode(r.getJenisPeriode(), r.getNomor()).triwulan()), false)));
        }
        return new DaftarNilai(unit.kode(), tahun, out);
    }

    public NilaiView view(Realisasi r, String ikuKode, LaporanRealisasi lap, boolean derived) {
        return new NilaiView(r.getId(), r.getIkuId(), ikuKode,
                new KodePeriode(r.getJenisPeriode(), r.getNomor()).kode(), r.getNilai(), r.getPembilang(),
                r.getPenyebut(), r.getLabel(), r.getJenisNilai() == JenisNilai.NA, r.getAlasan(),
                lap == null ? StatusLaporan.DRAFT : lap.getStatus(), lap != null && lap.isTerkunci(), derived,
                r.getVersion(), r.getDiisiOleh(), r.getDiisiPada());
    }
}
