package id.kinerja.realisasi.kegiatan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.perencanaan.RencanaAksiBaca;
import id.kinerja.perencanaan.RencanaAksiBaca.KegiatanBaca;
import id.kinerja.perencanaan.RencanaAksiBaca.PkBerlaku;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.realisasi.PenjagaTriwulan;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Capaian kegiatan dan anggaran: per Rencana Aksi activity and quarter, done or % progress and the
 * budget realised against the planned one; Inisiatif Strategis progress. A quarter shows the
 * activities planned in it and the earlier ones not yet done.
 */
@Service
@NamedInterface("kegiatan")
public class CapaianKegiatanService {

    private final CapaianKegiatanRepository capaian;
    private final RencanaAksiBaca rencana;
    private final AksesService akses;
    private final PenjagaTriwulan penjaga;
    private final Clock clock;

    CapaianKegiatanService(CapaianKegiatanRepository capaian, RencanaAksiBaca rencana, AksesService akses,
            PenjagaTriwulan penjaga, Clock clock) {
        this.capaian = capaian;
        this.rencana = rencana;
        this.akses = akses;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** One quarter's entry of an activity (null fields when nothing was entered). */
    public record CapaianView(Long id, long version, int triwulan, boolean selesai, BigDecimal progres,
            BigDecimal realisasiAnggaran, String keluaran, String kendala, String diisiOleh) {
    }

    public record BarisKegiatan(Long kegiatanId, Long kegiatanAkarId, Long ikuId, int triwulanRencana, String nama,
            BigDecimal anggaranRencana, String buktiDukungRencana, boolean inisiatifStrategis, LocalDate mulai,
            LocalDate selesaiRencana, CapaianView capaian, BigDecimal progresSd, boolean selesaiSd,
            BigDecimal realisasiAnggaranSd, BigDecimal persenAnggaranSd, boolean dilanjutkan) {
    }

    public record KelompokIku(Long ikuId, String kode, String nama, List<BarisKegiatan> kegiatan) {
    }

    public record Ringkasan(BigDecimal anggaranRencanaSd, BigDecimal realisasiAnggaranSd, BigDecimal persenAnggaranSd,
            BigDecimal rataProgres, long selesai, long jumlah) {
    }

    public record Halaman(Long unitId, String unit, String unitKode, int tahun, int triwulan, Long pkId,
            int nomorVersi, boolean bolehIsi, String alasanTidakBoleh, List<KelompokIku> iku, Ringkasan ringkasan,
            List<BarisKegiatan> inisiatifStrategis) {
    }

    /**
     * Budget spent s.d. quarter n per unit (Σ of the activities' quarterly realisations), for many
     * units in one query (dashboards). No access check: the caller checked the subtree's root.
     */
    @Transactional(readOnly = true)
    public Map<Long, BigDecimal> realisasiAnggaranSd(Collection<Long> unitIds, Long tahunAnggaranId,
            int triwulan) {
        Map<Long, BigDecimal> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        for (CapaianKegiatan c : capaian.findByTahunAnggaranIdAndUnitIdIn(tahunAnggaranId, unitIds)) {
            if (c.getTriwulan() <= triwulan && c.getRealisasiAnggaran() != null) {
                out.merge(c.getUnitId(), c.getRealisasiAnggaran(), BigDecimal::add);
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Halaman halaman(Long unitId, int tahun, int triwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        periksaTriwulan(triwulan);
        PkBerlaku pk = pk(unitId, tahun, triwulan);
        List<KegiatanBaca> kegiatan = rencana.kegiatan(pk.pkId());
        Map<Long, Map<Integer, CapaianKegiatan>> semua = perKegiatan(unitId, pk.tahunAnggaranId());
        List<BarisKegiatan> baris = new ArrayList<>();
        for (KegiatanBaca k : kegiatan) {
            if (k.triwulan() > triwulan) {
                continue;
            }
            BarisKegiatan b = baris(k, semua.getOrDefault(k.akarId(), Map.of()), triwulan);
            // an earlier activity already done before this quarter is not shown again
            boolean selesaiSebelumnya = k.triwulan() < triwulan && b.capaian() == null && b.selesaiSd();
            if (!selesaiSebelumnya) {
                baris.add(b);
            }
        }
        // activities come ordered by SS and IKU code: groups keep that order
        Map<Long, KegiatanBaca> ikuPertama = new LinkedHashMap<>();
        kegiatan.forEach(k -> ikuPertama.putIfAbsent(k.ikuId(), k));
        Map<Long, List<BarisKegiatan>> perIku = baris.stream().collect(Collectors.groupingBy(BarisKegiatan::ikuId));
        List<KelompokIku> kelompok = ikuPertama.values().stream().filter(i -> perIku.containsKey(i.ikuId()))
                .map(i -> new KelompokIku(i.ikuId(), i.ikuKode(), i.ikuNama(), perIku.get(i.ikuId()))).toList();
        List<BarisKegiatan> sampai = kegiatan.stream().filter(k -> k.triwulan() <= triwulan)
                .map(k -> baris(k, semua.getOrDefault(k.akarId(), Map.of()), triwulan)).toList();
        BigDecimal rencanaSd = jumlah(sampai.stream().map(BarisKegiatan::anggaranRencana).toList());
        BigDecimal realisasiSd = jumlah(sampai.stream().map(BarisKegiatan::realisasiAnggaranSd).toList());
        BigDecimal rata = sampai.isEmpty() ? null
                : jumlah(sampai.stream().map(BarisKegiatan::progresSd).toList())
                        .divide(BigDecimal.valueOf(sampai.size()), 6, RoundingMode.HALF_UP);
        Ringkasan ringkasan = new Ringkasan(rencanaSd, realisasiSd,
                rencanaSd.signum() == 0 ? null : Scores.percent(realisasiSd, rencanaSd), rata,
                sampai.stream().filter(BarisKegiatan::selesaiSd).count(), sampai.size());
        String alasan = penjaga.alasanTidakBoleh(unitId, pk.tahunAnggaranId(), tahun, triwulan);
        boolean boleh = alasan == null && akses.boleh(Aksi.SUSUN, unitId);
        List<BarisKegiatan> is = sampai.stream().filter(BarisKegiatan::inisiatifStrategis).toList();
        return new Halaman(unitId, pk.unit(), pk.unitKode(), tahun, triwulan, pk.pkId(), pk.nomorVersi(), boleh,
                alasan, kelompok, ringkasan, is);
    }

    public record Masukan(Long kegiatanId, Long version, boolean selesai, BigDecimal progres,
            BigDecimal realisasiAnggaran, String keluaran, String kendala) {
    }

    /** Saves one activity's progress for the quarter; a stale version gives 409. */
    @Transactional
    public Long simpan(Long unitId, int tahun, int triwulan, Masukan m) {
        akses.periksa(Aksi.SUSUN, unitId);
        periksaTriwulan(triwulan);
        PkBerlaku pk = pk(unitId, tahun, triwulan);
        KegiatanBaca k = rencana.kegiatan(pk.pkId()).stream().filter(x -> x.id().equals(m.kegiatanId()))
                .findFirst().orElseThrow(() -> new NotFoundException("Kegiatan", m.kegiatanId()));
        if (k.triwulan() > triwulan) {
            throw new BusinessRuleException("triwulan", "capaianKegiatan.belumDirencanakan", k.triwulan());
        }
        penjaga.periksa(unitId, pk.tahunAnggaranId(), tahun, triwulan);
        List<BusinessRuleException> salah = new ArrayList<>();
        BigDecimal progres = m.selesai() ? CapaianKegiatan.SERATUS : m.progres();
        if (progres == null) {
            salah.add(new BusinessRuleException("progres", "capaianKegiatan.progres.wajib"));
        } else if (progres.signum() < 0 || progres.compareTo(CapaianKegiatan.SERATUS) > 0) {
            salah.add(new BusinessRuleException("progres", "capaianKegiatan.progres.rentang"));
        }
        if (m.realisasiAnggaran() != null && m.realisasiAnggaran().signum() < 0) {
            salah.add(new BusinessRuleException("realisasiAnggaran", "capaianKegiatan.anggaran.negatif"));
        }
        panjang(salah, "keluaran", m.keluaran(), 1000);
        panjang(salah, "kendala", m.kendala(), 2000);
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        CapaianKegiatan c = capaian.findByUnitIdAndTahunAnggaranId(unitId, pk.tahunAnggaranId()).stream()
                .filter(x -> x.getKegiatanAkarId().equals(k.akarId()) && x.getTriwulan() == triwulan).findFirst()
                .orElse(null);
        if (c == null) {
            if (m.version() != null && m.version() > 0) {
                throw new ObjectOptimisticLockingFailureException(CapaianKegiatan.class, k.akarId());
            }
            c = new CapaianKegiatan(unitId, pk.tahunAnggaranId(), k.akarId(), triwulan);
        } else if (m.version() == null || m.version() != c.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(CapaianKegiatan.class, c.getId());
        }
        c.isi(k.id(), m.selesai(), progres, m.realisasiAnggaran(), kosongJadiNull(m.keluaran()),
                kosongJadiNull(m.kendala()), AksesService.penggunaSaatIni().getUsername(), clock.instant());
        return capaian.saveAndFlush(c).getId();
    }

    /**
     * Every entry of the unit's year per activity lineage and quarter, for prints (the caller has
     * checked the unit's reach).
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Integer, CapaianView>> capaianTahun(Long unitId, Long tahunAnggaranId) {
        Map<Long, Map<Integer, CapaianView>> hasil = new HashMap<>();
        perKegiatan(unitId, tahunAnggaranId).forEach((akar, m) -> {
            Map<Integer, CapaianView> v = new HashMap<>();
            m.forEach((tw, c) -> v.put(tw, view(c)));
            hasil.put(akar, v);
        });
        return hasil;
    }

    private Map<Long, Map<Integer, CapaianKegiatan>> perKegiatan(Long unitId, Long tahunAnggaranId) {
        Map<Long, Map<Integer, CapaianKegiatan>> m = new HashMap<>();
        for (CapaianKegiatan c : capaian.findByUnitIdAndTahunAnggaranId(unitId, tahunAnggaranId)) {
            m.computeIfAbsent(c.getKegiatanAkarId(), x -> new HashMap<>()).put(c.getTriwulan(), c);
        }
        return m;
    }

    private BarisKegiatan baris(KegiatanBaca k, Map<Integer, CapaianKegiatan> entri, int triwulan) {
        CapaianKegiatan ini = entri.get(triwulan);
        CapaianKegiatan terakhir = entri.entrySet().stream().filter(e -> e.getKey() <= triwulan)
                .max(Map.Entry.comparingByKey()).map(Map.Entry::getValue).orElse(null);
        BigDecimal realisasiSd = jumlah(entri.entrySet().stream().filter(e -> e.getKey() <= triwulan)
                .map(e -> e.getValue().getRealisasiAnggaran()).toList());
        BigDecimal progresSd = terakhir == null ? BigDecimal.ZERO : terakhir.getProgres();
        boolean selesaiSd = terakhir != null && terakhir.isSelesai();
        BigDecimal persen = k.anggaran() == null || k.anggaran().signum() == 0 ? null
                : Scores.percent(realisasiSd, k.anggaran());
        return new BarisKegiatan(k.id(), k.akarId(), k.ikuId(), k.triwulan(), k.nama(), k.anggaran(), k.buktiDukung(),
                k.inisiatifStrategis(), k.mulai(), k.selesai(), ini == null ? null : view(ini), progresSd, selesaiSd,
                realisasiSd, persen, k.triwulan() < triwulan);
    }

    private static CapaianView view(CapaianKegiatan c) {
        return new CapaianView(c.getId(), c.getVersion(), c.getTriwulan(), c.isSelesai(), c.getProgres(),
                c.getRealisasiAnggaran(), c.getKeluaran(), c.getKendala(), c.getDiisiOleh());
    }

    private PkBerlaku pk(Long unitId, int tahun, int triwulan) {
        return rencana.pkBerlaku(unitId, tahun, triwulan)
                .orElseThrow(() -> new NotFoundException("Perjanjian Kinerja", unitId + "/" + tahun));
    }

    private static void periksaTriwulan(int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            throw new NotFoundException("Triwulan", triwulan);
        }
    }

    private static void panjang(List<BusinessRuleException> salah, String field, String teks, int maks) {
        if (teks != null && teks.length() > maks) {
            salah.add(new BusinessRuleException(field, "isian.terlaluPanjang", maks));
        }
    }

    private static String kosongJadiNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static BigDecimal jumlah(List<BigDecimal> nilai) {
        return nilai.stream().filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static final Comparator<BarisKegiatan> URUTAN = Comparator.comparingInt(BarisKegiatan::triwulanRencana);
}
