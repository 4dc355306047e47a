package id.kinerja.realisasi;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.PeriodeInfo;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.platform.galat.BusinessRuleException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the realisation pages show: the entry page of a unit's quarter (rows, permissions, live
 * scores from {@link SkorService}) and the start page (units, inbox, belum dilaporkan).
 */
@Service
public class HalamanRealisasiService {

    private static final int BATAS_UNIT = 300;

    private final RealisasiService realisasi;
    private final SkorService skor;
    private final OrganisasiQuery organisasi;
    private final RencanaKinerjaApi rencana;
    private final RealisasiRepository nilai;
    private final LaporanRealisasiRepository laporan;
    private final SkalaKualitatifService skala;
    private final AksesService akses;
    private final BatasLapor batasLapor;

    HalamanRealisasiService(RealisasiService realisasi, SkorService skor, OrganisasiQuery organisasi,
            RencanaKinerjaApi rencana, RealisasiRepository nilai, LaporanRealisasiRepository laporan,
            SkalaKualitatifService skala, AksesService akses, BatasLapor batasLapor) {
        this.batasLapor = batasLapor;
        this.realisasi = realisasi;
        this.skor = skor;
        this.organisasi = organisasi;
        this.rencana = rencana;
        this.nilai = nilai;
        this.laporan = laporan;
        this.skala = skala;
        this.akses = akses;
    }

    // ---------------------------------------------------------------------------------------
    // entry page

    /** One input row: an IKU in one of its periods ending in the quarter. */
    public record BarisIsian(Long ikuId, String ikuKode, String ikuNama, String satuan, String periode,
            boolean pertamaIku, int jumlahPeriodeIku, boolean rawData, String labelPembilang, String labelPenyebut,
            List<String> labelSkala, BigDecimal target, BigDecimal targetBawah, BigDecimal targetAtas,
            Long version, RealisasiService.Masukan tersimpan, String diisiOleh, Instant diisiPada,
            SkorService.Turunan turunan, BigDecimal nilaiTurunan, boolean dimulai, boolean belumDilaporkan,
            boolean dikembalikanValidator) {
    }

    public record LaporanView(StatusLaporan status, long version, String diajukanOleh, Instant diajukanPada,
            String diputuskanOleh, Instant diputuskanPada, String catatan, boolean terkunci) {
    }

    public record HalamanIsian(UnitInfo unit, int tahun, int triwulan, Integer versiPk, List<BarisIsian> baris,
            LaporanView laporan, boolean dimulai, LocalDate batas, boolean terlambat, boolean bolehIsi,
            boolean bolehAjukan, boolean bolehPutuskan, Long terlambatHari, List<SkorService.AddendumWajib> addendum) {
    }

    /** Live scores: s.d. the quarter and the quarter alone. */
    public record Pratinjau(SkorService.HasilSkor sampaiDengan, SkorService.HasilSkor periodeSaja) {

        public SkorService.IkuSkor sd(Long ikuId) {
            return sampaiDengan.indikator().stream().filter(i -> i.ikuId().equals(ikuId)).findFirst().orElse(null);
        }

        public SkorService.IkuSkor periode(Long ikuId) {
            return periodeSaja.indikator().stream().filter(i -> i.ikuId().equals(ikuId)).findFirst().orElse(null);
        }
    }

    @Transactional(readOnly = true)
    public HalamanIsian halaman(Long unitId, int tahun, int triwulan) {
        UnitInfo unit = realisasi.unit(unitId);
        akses.periksa(Aksi.LIHAT, unitId);
        if (triwulan < 1 || triwulan > 4) {
            throw new BusinessRuleException("triwulan", "realisasi.triwulan.tidakSah");
        }
        Map<KodePeriode, PeriodeInfo> periode = periode(unit, tahun);
        PeriodeInfo tw = periode.get(new KodePeriode(JenisPeriode.TRIWULAN, triwulan));
        LocalDate hariIni = realisasi.hariIni();
        boolean dimulai = tw != null && !hariIni.isBefore(tw.mulai());
        Optional<PkBerlaku> pk = rencana.berlaku(unitId, unit.organisasiId(), tahun, triwulan);
        LaporanRealisasi lap = pk.map(p -> realisasi.laporanAtau(unitId, p.tahunAnggaranId(), triwulan)).orElse(null);
        LaporanView lv = lap == null ? new LaporanView(StatusLaporan.DRAFT, 0, null, null, null, null, null, false)
                : new LaporanView(lap.getStatus(), lap.getVersion(), lap.getDiajukanOleh(), lap.getDiajukanPada(),
                        lap.getDiputuskanOleh(), lap.getDiputuskanPada(), lap.getCatatan(), lap.isTerkunci());
        boolean susun = akses.boleh(Aksi.SUSUN, unitId);
        boolean bolehIsi = pk.isPresent() && dimulai && susun && lv.status().dapatDiisi() && !lv.terkunci();
        BatasLapor.Penentu bl = batasLapor.penentu();
        LocalDate batas = bl.batas(unit, tw);
        Long terlambatHari = terlambatHari(lv.status(), lv.diajukanPada(), batas, hariIni);
        List<BarisIsian> baris = new ArrayList<>();
        if (pk.isPresent()) {
            Map<Long, Map<KodePeriode, Realisasi>> tersimpan = nilai.findByIkuAkarIdIn(
                            pk.get().iku().stream().map(IkuRencana::akarId).toList()).stream()
                    .collect(Collectors.groupingBy(Realisasi::getIkuAkarId,
                            Collectors.toMap(r -> new KodePeriode(r.getJenisPeriode(), r.getNomor()), r -> r)));
            Map<Long, SkorService.NilaiTurunanIku> semuaTurunan = skor.turunanSemua(pk.get().iku());
            for (IkuRencana iku : pk.get().iku()) {
                SkorService.Turunan turunan = semuaTurunan.get(iku.id()).turunan();
                Map<KodePeriode, BigDecimal> nilaiTurunan = semuaTurunan.get(iku.id()).nilai();
                List<KodePeriode> kps = RealisasiService.periodeDalamTriwulan(iku.periodePelaporan(), triwulan);
                List<String> label = skala.untukSatuan(iku.satuan())
                        .map(s -> List.copyOf(s.level().keySet())).orElse(null);
                for (int i = 0; i < kps.size(); i++) {
                    KodePeriode kp = kps.get(i);
                    Realisasi r = tersimpan.getOrDefault(iku.akarId(), Map.of()).get(kp);
                    PeriodeInfo p = periode.get(kp);
                    BigDecimal target = iku.periodePelaporan() == JenisPeriode.TAHUN ? iku.target()
                            : iku.trajektori().get(kp.nomor() - 1);
                    baris.add(new BarisIsian(iku.id(), iku.kode(), iku.nama(), iku.satuan(), kp.kode(), i == 0,
                            kps.size(), iku.rawData(), iku.labelPembilang(), iku.labelPenyebut(), label, target,
                            iku.targetBawah(), iku.targetAtas(), r == null ? null : r.getVersion(),
                            r == null ? null : masukan(r), r == null ? null : r.getDiisiOleh(),
                            r == null ? null : r.getDiisiPada(), turunan, nilaiTurunan.get(kp),
                            p != null && !hariIni.isBefore(p.mulai()),
                            r == null && turunan == null && p != null && hariIni.isAfter(bl.batas(unit, p)),
                            r != null && r.getStatusValidasi() == StatusValidasi.TIDAK_VALID && susun
                                    && !lv.terkunci()));
                }
            }
        }
        return new HalamanIsian(unit, tahun, triwulan, pk.map(PkBerlaku::nomorVersi).orElse(null), baris, lv,
                dimulai, batas, terlambatHari != null, bolehIsi,
                pk.isPresent() && dimulai && susun && lv.status().dapatDiisi() && !lv.terkunci(),
                lv.status() == StatusLaporan.DIAJUKAN && realisasi.bolehPutuskan(unit), terlambatHari,
                pk.isPresent() ? skor.addendumWajib(unitId, tahun, triwulan) : List.of());
    }

    /** Days past the deadline: of a report still open today, or of a submission made late; null = on time. */
    static Long terlambatHari(StatusLaporan status, Instant diajukanPada, LocalDate batas, LocalDate hariIni) {
        if (batas == null) {
            return null;
        }
        if (status.dapatDiisi()) {
            return hariIni.isAfter(batas) ? ChronoUnit.DAYS.between(batas, hariIni) : null;
        }
        return BatasLapor.hariTerlambat(diajukanPada, batas);
    }

    /** Prefill of a stored value, in Indonesian notation. */
    static RealisasiService.Masukan masukan(Realisasi r) {
        return switch (r.getJenisNilai()) {
            case ANGKA -> new RealisasiService.Masukan(AngkaMasukan.teks(polos(r.getNilai())), null, null, null, false,
                    null);
            case RASIO -> new RealisasiService.Masukan(null, AngkaMasukan.teks(polos(r.getPembilang())),
                    AngkaMasukan.teks(polos(r.getPenyebut())), null, false, null);
            case LABEL -> new RealisasiService.Masukan(null, null, null, r.getLabel(), false, null);
            case NA -> new RealisasiService.Masukan(null, null, null, null, true, r.getAlasan());
        };
    }

    private static BigDecimal polos(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal d = v.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * Scores as the page shows them while the user types: stored values overlaid with the typed
     * ones (a field that does not parse yet keeps the stored value).
     */
    @Transactional(readOnly = true)
    public Pratinjau pratinjau(Long unitId, int tahun, int triwulan, List<RealisasiService.Baris> ketikan) {
        UnitInfo unit = realisasi.unit(unitId);
        akses.periksa(Aksi.LIHAT, unitId);
        PkBerlaku pk = realisasi.pk(unit, tahun, triwulan);
        Map<Long, IkuRencana> ikus = pk.iku().stream().collect(Collectors.toMap(IkuRencana::id, i -> i));
        Map<Long, Map<KodePeriode, NilaiMasukan>> timpa = new HashMap<>();
        int n = 0;
        for (RealisasiService.Baris b : ketikan) {
            if (++n > 500) {
                break;
            }
            IkuRencana iku = ikus.get(b.ikuId());
            Optional<KodePeriode> kp = KodePeriode.parse(b.periode());
            if (iku == null || kp.isEmpty() || kp.get().jenis() != iku.periodePelaporan()) {
                continue;
            }
            try {
                NilaiMasukan m = b.masukan() == null || b.masukan().kosong() ? null
                        : realisasi.baca(iku, b.masukan(), "");
                timpa.computeIfAbsent(iku.akarId(), k -> new LinkedHashMap<>()).put(kp.get(), m);
            } catch (BusinessRuleException e) {
                // not a value yet: score with what is stored
            }
        }
        List<SkorService.HasilSkor> keduanya = skor.hitungSdDanPeriode(unit, pk, tahun, triwulan, timpa);
        return new Pratinjau(keduanya.get(0), keduanya.get(1));
    }

    private Map<KodePeriode, PeriodeInfo> periode(UnitInfo unit, int tahun) {
        Map<KodePeriode, PeriodeInfo> out = new HashMap<>();
        organisasi.periode(unit.organisasiId(), tahun).forEach(p -> out.put(new KodePeriode(p.jenis(), p.nomor()), p));
        return out;
    }

    // ---------------------------------------------------------------------------------------
    // start page and inbox

    public record LaporanRingkas(Long unitId, String unitKode, String unit, int tahun, int triwulan,
            StatusLaporan status, LocalDate batas, boolean terlambat, String catatan, Long terlambatHari) {
    }

    public record BelumDilaporkan(Long unitId, String unit, int tahun, int triwulan, String iku, String ikuNama,
            String periode, LocalDate batas) {
    }

    public record UnitRealisasi(Long unitId, String kode, String unit, String level, boolean adaPk,
            List<LaporanRingkas> triwulan) {
    }

    public record Beranda(int tahun, List<UnitRealisasi> unit, List<LaporanRingkas> untukDisetujui,
            List<LaporanRingkas> jatuhTempo, List<BelumDilaporkan> belumDilaporkan) {
    }

    @Transactional(readOnly = true)
    public Beranda beranda(int tahun) {
        AksesService.Cakupan lihat = akses.cakupan(Aksi.LIHAT);
        AksesService.Cakupan susun = akses.cakupan(Aksi.SUSUN);
        List<UnitInfo> units = new ArrayList<>();
        if (lihat.semua()) {
            organisasi.subtree("/").stream().limit(BATAS_UNIT).forEach(units::add);
        } else {
            Map<Long, UnitInfo> unik = new LinkedHashMap<>();
            for (AksesService.Penugasan p : lihat.penugasan()) {
                List<UnitInfo> jangkauan = p.peran().mencakupSubtree() ? organisasi.subtree(p.unitPath())
                        : organisasi.subtree(p.unitPath()).stream().filter(u -> u.path().equals(p.unitPath())).toList();
                jangkauan.forEach(u -> unik.putIfAbsent(u.id(), u));
            }
            unik.values().stream().sorted(Comparator.comparing(UnitInfo::path)).limit(BATAS_UNIT)
                    .forEach(units::add);
        }
        LocalDate hariIni = realisasi.hariIni();
        BatasLapor.Penentu bl = batasLapor.penentu();
        List<UnitRealisasi> daftar = new ArrayList<>();
        List<LaporanRingkas> untukDisetujui = new ArrayList<>();
        List<LaporanRingkas> jatuhTempo = new ArrayList<>();
        List<BelumDilaporkan> belum = new ArrayList<>();
        Map<Long, Map<KodePeriode, PeriodeInfo>> periodeOrg = new HashMap<>();
        for (UnitInfo u : units) {
            if (!u.aktif()) {
                continue;
            }
            Map<KodePeriode, PeriodeInfo> periode = periodeOrg.computeIfAbsent(u.organisasiId(),
                    o -> periode(u, tahun));
            List<LaporanRingkas> tw = new ArrayList<>();
            boolean adaPk = false;
            Map<Integer, LaporanRealisasi> lap = null;
            for (int q = 1; q <= 4; q++) {
                PeriodeInfo p = periode.get(new KodePeriode(JenisPeriode.TRIWULAN, q));
                if (p == null || hariIni.isBefore(p.mulai())) {
                    continue;
                }
                Optional<PkBerlaku> pk = rencana.berlaku(u.id(), u.organisasiId(), tahun, q);
                if (pk.isEmpty()) {
                    continue;
                }
                adaPk = true;
                if (lap == null) {
                    lap = laporan.findByUnitIdAndTahunAnggaranId(u.id(), pk.get().tahunAnggaranId()).stream()
                            .collect(Collectors.toMap(LaporanRealisasi::getTriwulan, l -> l));
                }
                LaporanRealisasi l = lap.get(q);
                StatusLaporan status = l == null ? StatusLaporan.DRAFT : l.getStatus();
                LocalDate batas = bl.batas(u, p);
                Long telat = terlambatHari(status, l == null ? null : l.getDiajukanPada(), batas, hariIni);
                LaporanRingkas r = new LaporanRingkas(u.id(), u.kode(), u.nama(), tahun, q, status, batas,
                        telat != null, l == null ? null : l.getCatatan(), telat);
                tw.add(r);
                if (status == StatusLaporan.DIAJUKAN && realisasi.bolehPutuskan(u)
                        && !AksesService.penggunaSaatIni().getUsername().equals(l.getDiajukanOleh())) {
                    untukDisetujui.add(r);
                }
                if (status.dapatDiisi() && susun.mencakup(u.path())) {
                    jatuhTempo.add(r);
                    belum.addAll(belumDilaporkan(u, pk.get(), q, periode, hariIni, bl));
                }
            }
            daftar.add(new UnitRealisasi(u.id(), u.kode(), u.nama(), u.levelNama(), adaPk, tw));
        }
        return new Beranda(tahun, daftar, untukDisetujui, jatuhTempo, belum);
    }

    private List<BelumDilaporkan> belumDilaporkan(UnitInfo u, PkBerlaku pk, int triwulan,
            Map<KodePeriode, PeriodeInfo> periode, LocalDate hariIni, BatasLapor.Penentu bl) {
        List<BelumDilaporkan> out = new ArrayList<>();
        Map<Long, List<Realisasi>> ada = nilai.findByIkuAkarIdIn(pk.iku().stream().map(IkuRencana::akarId).toList())
                .stream().collect(Collectors.groupingBy(Realisasi::getIkuAkarId));
        for (IkuRencana iku : pk.iku()) {
            for (KodePeriode kp : RealisasiService.periodeDalamTriwulan(iku.periodePelaporan(), triwulan)) {
                PeriodeInfo p = periode.get(kp);
                boolean terisi = ada.getOrDefault(iku.akarId(), List.of()).stream()
                        .anyMatch(r -> r.getJenisPeriode() == kp.jenis() && r.getNomor() == kp.nomor());
                LocalDate batas = bl.batas(u, p);
                if (p != null && hariIni.isAfter(batas) && !terisi && skor.turunan(iku) == null) {
                    out.add(new BelumDilaporkan(u.id(), u.nama(), pk.tahun(), triwulan, iku.kode(), iku.nama(),
                            kp.kode(), batas));
                }
            }
        }
        return out;
    }
}
