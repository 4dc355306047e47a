package id.kinerja.realisasi.analisis;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaAksiBaca;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaAksiBaca.PkBerlaku;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.realisasi.PenjagaTriwulan;
import id.kinerja.realisasi.SkorSekali;
import id.kinerja.realisasi.SkorService;
import id.kinerja.scoring.Band;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analysis per IKU and quarter (Marves §2.3.1) with follow-ups that stay on the page until closed,
 * and the submission rule: a value whose capaian is red, or worse than the previous quarter, needs
 * its analysis. Capaian come from the one score service.
 */
@Service
public class AnalisisService {

    static final int MAKS_TEKS = 2000;
    static final int MAKS_NARASI = 4000;

    private final AnalisisIkuRepository analisis;
    private final TindakLanjutRepository tindakLanjut;
    private final RencanaAksiBaca rencana;
    private final SkorService skor;
    private final AksesService akses;
    private final PenjagaTriwulan penjaga;
    private final Clock clock;
    private final RencanaKinerjaApi rencanaKinerja;
    private final OrganisasiQuery organisasi;

    AnalisisService(AnalisisIkuRepository analisis, TindakLanjutRepository tindakLanjut, RencanaAksiBaca rencana,
            SkorService skor, AksesService akses, PenjagaTriwulan penjaga, Clock clock,
            RencanaKinerjaApi rencanaKinerja, OrganisasiQuery organisasi) {
        this.rencanaKinerja = rencanaKinerja;
        this.organisasi = organisasi;
        this.analisis = analisis;
        this.tindakLanjut = tindakLanjut;
        this.rencana = rencana;
        this.skor = skor;
        this.akses = akses;
        this.penjaga = penjaga;
        this.clock = clock;
    }

    /** Why an IKU's analysis is compulsory this quarter. */
    public enum AlasanWajib {
        MERAH, MENURUN
    }

    public record AnalisisWajib(Long ikuId, String kode, String nama, AlasanWajib alasan) {
    }

    public record AnalisisView(Long id, long version, AnalisisIku.Isi isi, String diisiOleh) {
    }

    public record TindakLanjutView(Long id, long version, int dibukaTriwulan, String rekomendasi,
            String penanggungJawab, int targetTriwulan, TindakLanjut.Status status, String catatanPenutupan,
            Integer ditutupTriwulan, boolean lewatTarget) {
    }

    public record BarisIku(Long ikuId, Long ikuAkarId, String kode, String nama, String satuan, BigDecimal target,
            BigDecimal realisasi, BigDecimal capaian, Band band, BigDecimal capaianSebelumnya, AlasanWajib wajib,
            boolean lengkap, AnalisisView analisis, List<TindakLanjutView> tindakLanjut) {
    }

    public record Halaman(Long unitId, String unit, int tahun, int triwulan, boolean bolehIsi, String alasanTidakBoleh,
            List<BarisIku> iku) {
    }

    @Transactional(readOnly = true)
    public Halaman halaman(Long unitId, int tahun, int triwulan) {
        return halaman(unitId, tahun, triwulan, new SkorSekali(skor));
    }

    /** As {@link #halaman(Long, int, int)}, with scores the caller's document already computed. */
    @Transactional(readOnly = true)
    public Halaman halaman(Long unitId, int tahun, int triwulan, SkorSekali skorSekali) {
        akses.periksa(Aksi.LIHAT, unitId);
        PkBerlaku pk = pk(unitId, tahun, triwulan);
        List<BarisIku> baris = baris(unitId, tahun, triwulan, pk, skorSekali);
        String alasan = penjaga.alasanTidakBoleh(unitId, pk.tahunAnggaranId(), tahun, triwulan);
        return new Halaman(unitId, pk.unit(), tahun, triwulan, alasan == null && akses.boleh(Aksi.SUSUN, unitId),
                alasan, baris);
    }

    /**
     * The IKU of the unit's quarter whose capaian s.d. that quarter is red, or lower than s.d. the
     * quarter before, and whose analysis does not yet explain it. Empty = the quarter may be
     * submitted as far as analysis goes. Only IKU with a period ending in the quarter and entered
     * by the unit itself (not flowing up from below) are asked for.
     */
    @Transactional(readOnly = true)
    public List<AnalisisWajib> nilaiTanpaAnalisisWajib(Long unitId, int tahun, int triwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        PkBerlaku pk = pk(unitId, tahun, triwulan);
        return baris(unitId, tahun, triwulan, pk, new SkorSekali(skor)).stream().filter(b -> b.wajib() != null && !b.lengkap())
                .map(b -> new AnalisisWajib(b.ikuId(), b.kode(), b.nama(), b.wajib())).toList();
    }

    private List<BarisIku> baris(Long unitId, int tahun, int triwulan, PkBerlaku pk, SkorSekali skor) {
        SkorService.HasilSkor kini = skor.sampaiDengan(unitId, tahun, triwulan);
        Map<Long, SkorService.IkuSkor> lalu = triwulan == 1 ? Map.of()
                : rencana.pkBerlaku(unitId, tahun, triwulan - 1).isEmpty() ? Map.of()
                : skor.sampaiDengan(unitId, tahun, triwulan - 1).indikator().stream()
                        .collect(Collectors.toMap(SkorService.IkuSkor::ikuAkarId, Function.identity(), (a, b) -> a));
        List<AnalisisIku> semua = analisis.findByUnitIdAndTahunAnggaranId(unitId, pk.tahunAnggaranId());
        Map<Long, AnalisisIku> ini = semua.stream().filter(a -> a.getTriwulan() == triwulan)
                .collect(Collectors.toMap(AnalisisIku::getIkuAkarId, Function.identity()));
        Map<Long, List<TindakLanjut>> tl = semua.isEmpty() ? Map.of()
                : tindakLanjut.findByAnalisisIdInOrderById(semua.stream().map(AnalisisIku::getId).toList()).stream()
                        .filter(t -> t.tampilDi(triwulan))
                        .collect(Collectors.groupingBy(TindakLanjut::getIkuAkarId));
        List<BarisIku> hasil = new ArrayList<>();
        for (SkorService.IkuSkor i : kini.indikator()) {
            SkorService.IkuSkor sebelum = lalu.get(i.ikuAkarId());
            BigDecimal capaianLalu = sebelum == null ? null : sebelum.capaian();
            AlasanWajib wajib = null;
            if (i.turunan() == null && adaPeriodeBerakhir(i.periodePelaporan(), triwulan) && i.capaian() != null) {
                if (i.band() == Band.MERAH) {
                    wajib = AlasanWajib.MERAH;
                } else if (capaianLalu != null && i.capaian().compareTo(capaianLalu) < 0) {
                    wajib = AlasanWajib.MENURUN;
                }
            }
            AnalisisIku a = ini.get(i.ikuAkarId());
            hasil.add(new BarisIku(i.ikuId(), i.ikuAkarId(), i.kode(), i.nama(), i.satuan(), i.target(),
                    i.realisasi(), i.capaian(), i.band(), capaianLalu, wajib, a != null && a.menjelaskanMasalah(),
                    a == null ? null : view(a),
                    tl.getOrDefault(i.ikuAkarId(), List.of()).stream().map(t -> view(t, triwulan)).toList()));
        }
        return hasil;
    }

    static boolean adaPeriodeBerakhir(JenisPeriode periode, int triwulan) {
        return switch (periode) {
            case BULAN, TRIWULAN -> true;
            case SEMESTER -> triwulan % 2 == 0;
            case TAHUN -> triwulan == 4;
        };
    }

    @Transactional
    public Long simpan(Long unitId, int tahun, int triwulan, Long ikuId, Long version, AnalisisIku.Isi isi) {
        akses.periksa(Aksi.SUSUN, unitId);
        PkBerlaku pk = pk(unitId, tahun, triwulan);
        Long akar = akarIku(unitId, tahun, triwulan, ikuId);
        penjaga.periksa(unitId, pk.tahunAnggaranId(), tahun, triwulan);
        AnalisisIku.Isi rapi = new AnalisisIku.Isi(rapikan(isi.isuPositif()), rapikan(isi.isuNegatif()),
                rapikan(isi.implikasi()), rapikan(isi.akarMasalah()), rapikan(isi.kendala()), rapikan(isi.narasi()));
        List<BusinessRuleException> salah = new ArrayList<>();
        panjang(salah, "isuPositif", rapi.isuPositif(), MAKS_TEKS);
        panjang(salah, "isuNegatif", rapi.isuNegatif(), MAKS_TEKS);
        panjang(salah, "implikasi", rapi.implikasi(), MAKS_TEKS);
        panjang(salah, "akarMasalah", rapi.akarMasalah(), MAKS_TEKS);
        panjang(salah, "kendala", rapi.kendala(), MAKS_TEKS);
        panjang(salah, "narasi", rapi.narasi(), MAKS_NARASI);
        if (rapi.isuPositif() == null && rapi.isuNegatif() == null && rapi.narasi() == null
                && rapi.kendala() == null) {
            salah.add(new BusinessRuleException("narasi", "analisis.kosong"));
        }
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        AnalisisIku a = cari(unitId, pk.tahunAnggaranId(), akar, triwulan);
        if (a == null) {
            if (version != null && version > 0) {
                throw new ObjectOptimisticLockingFailureException(AnalisisIku.class, akar);
            }
            a = new AnalisisIku(unitId, pk.tahunAnggaranId(), akar, triwulan);
        } else if (version == null || version != a.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(AnalisisIku.class, a.getId());
        }
        a.isi(ikuId, rapi, AksesService.penggunaSaatIni().getUsername(), clock.instant());
        return analisis.saveAndFlush(a).getId();
    }

    /** A follow-up of this quarter's analysis of the IKU (the analysis must be saved first). */
    @Transactional
    public Long tambahTindakLanjut(Long unitId, int tahun, int triwulan, Long ikuId, String rekomendasi,
            String penanggungJawab, Integer targetTriwulan) {
        akses.periksa(Aksi.SUSUN, unitId);
        PkBerlaku pk = pk(unitId, tahun, triwulan);
        Long akar = akarIku(unitId, tahun, triwulan, ikuId);
        penjaga.periksa(unitId, pk.tahunAnggaranId(), tahun, triwulan);
        List<BusinessRuleException> salah = new ArrayList<>();
        String rek = rapikan(rekomendasi);
        String pj = rapikan(penanggungJawab);
        if (rek == null) {
            salah.add(new BusinessRuleException("rekomendasi", "analisis.rekomendasi.wajib"));
        }
        panjang(salah, "rekomendasi", rek, MAKS_TEKS);
        if (pj == null) {
            salah.add(new BusinessRuleException("penanggungJawab", "analisis.penanggungJawab.wajib"));
        }
        panjang(salah, "penanggungJawab", pj, 200);
        if (targetTriwulan == null || targetTriwulan < triwulan || targetTriwulan > 4) {
            salah.add(new BusinessRuleException("targetTriwulan", "analisis.targetTriwulan.rentang", triwulan));
        }
        AnalisisIku a = cari(unitId, pk.tahunAnggaranId(), akar, triwulan);
        if (a == null) {
            salah.add(new BusinessRuleException("rekomendasi", "analisis.tindakLanjut.analisisDulu"));
        }
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        return tindakLanjut.saveAndFlush(new TindakLanjut(a, rek, pj, targetTriwulan)).getId();
    }

    /** Closes an open follow-up in this quarter with a note (stays visible in this quarter). */
    @Transactional
    public void tutupTindakLanjut(Long unitId, int tahun, int triwulan, Long tindakLanjutId, Long version,
            String catatan) {
        akses.periksa(Aksi.SUSUN, unitId);
        PkBerlaku pk = pk(unitId, tahun, triwulan);
        TindakLanjut t = tindakLanjut.findById(tindakLanjutId).filter(x -> x.getUnitId().equals(unitId))
                .filter(x -> analisis.findById(x.getAnalisisId())
                        .map(a -> a.getTahunAnggaranId().equals(pk.tahunAnggaranId())).orElse(false))
                .orElseThrow(() -> new NotFoundException("Tindak lanjut", tindakLanjutId));
        penjaga.periksa(unitId, pk.tahunAnggaranId(), tahun, triwulan);
        if (version == null || version != t.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(TindakLanjut.class, t.getId());
        }
        String c = rapikan(catatan);
        List<BusinessRuleException> salah = new ArrayList<>();
        if (c == null) {
            salah.add(new BusinessRuleException("catatan", "analisis.catatanPenutupan.wajib"));
        }
        panjang(salah, "catatan", c, MAKS_TEKS);
        if (t.getStatus() == TindakLanjut.Status.SELESAI) {
            salah.add(new BusinessRuleException("catatan", "analisis.tindakLanjut.sudahSelesai"));
        } else if (t.getDibukaTriwulan() > triwulan) {
            salah.add(new BusinessRuleException("catatan", "analisis.tindakLanjut.belumDibuka", t.getDibukaTriwulan()));
        }
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        t.tutup(triwulan, c, AksesService.penggunaSaatIni().getUsername(), clock.instant());
        tindakLanjut.saveAndFlush(t);
    }

    /**
     * Every analysis and follow-up of the unit's year by IKU lineage and quarter, for prints (the
     * caller has checked the unit's reach).
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Integer, AnalisisCetak>> untukCetak(Long unitId, Long tahunAnggaranId) {
        return untukCetak(analisis.findByUnitIdAndTahunAnggaranId(unitId, tahunAnggaranId));
    }

    /**
     * {@link #untukCetak} for many units at once (dashboards: two queries for a whole subtree), by
     * IKU lineage and quarter. No access check: the caller checked the subtree's root.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<Integer, AnalisisCetak>> untukBanyakUnit(Collection<Long> unitIds,
            Long tahunAnggaranId) {
        return unitIds.isEmpty() ? Map.of()
                : untukCetak(analisis.findByTahunAnggaranIdAndUnitIdIn(tahunAnggaranId, unitIds));
    }

    private Map<Long, Map<Integer, AnalisisCetak>> untukCetak(List<AnalisisIku> semua) {
        List<TindakLanjut> tl = semua.isEmpty() ? List.of()
                : tindakLanjut.findByAnalisisIdInOrderById(semua.stream().map(AnalisisIku::getId).toList());
        Map<Long, Map<Integer, AnalisisCetak>> hasil = new HashMap<>();
        for (AnalisisIku a : semua) {
            int q = a.getTriwulan();
            List<TindakLanjutView> daftar = tl.stream().filter(t -> t.getIkuAkarId().equals(a.getIkuAkarId()))
                    .filter(t -> t.tampilDi(q)).map(t -> view(t, q)).toList();
            hasil.computeIfAbsent(a.getIkuAkarId(), k -> new HashMap<>())
                    .put(q, new AnalisisCetak(view(a), daftar));
        }
        return hasil;
    }

    public record AnalisisCetak(AnalisisView analisis, List<TindakLanjutView> tindakLanjut) {
    }

    private AnalisisIku cari(Long unitId, Long tahunAnggaranId, Long akar, int triwulan) {
        return analisis.findByUnitIdAndTahunAnggaranId(unitId, tahunAnggaranId).stream()
                .filter(a -> a.getIkuAkarId().equals(akar) && a.getTriwulan() == triwulan).findFirst().orElse(null);
    }

    /** The lineage root of an IKU of the PK in force in the quarter (404 for any other IKU). */
    private Long akarIku(Long unitId, int tahun, int triwulan, Long ikuId) {
        Long organisasiId = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId))
                .organisasiId();
        return rencanaKinerja.berlaku(unitId, organisasiId, tahun, triwulan).stream()
                .flatMap(p -> p.iku().stream()).filter(i -> i.id().equals(ikuId))
                .map(RencanaKinerjaApi.IkuRencana::akarId).findFirst()
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
    }

    private PkBerlaku pk(Long unitId, int tahun, int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            throw new NotFoundException("Triwulan", triwulan);
        }
        return rencana.pkBerlaku(unitId, tahun, triwulan)
                .orElseThrow(() -> new NotFoundException("Perjanjian Kinerja", unitId + "/" + tahun));
    }

    private static AnalisisView view(AnalisisIku a) {
        return new AnalisisView(a.getId(), a.getVersion(), new AnalisisIku.Isi(a.getIsuPositif(), a.getIsuNegatif(),
                a.getImplikasi(), a.getAkarMasalah(), a.getKendala(), a.getNarasi()), a.getDiisiOleh());
    }

    private static TindakLanjutView view(TindakLanjut t, int triwulan) {
        return new TindakLanjutView(t.getId(), t.getVersion(), t.getDibukaTriwulan(), t.getRekomendasi(),
                t.getPenanggungJawab(), t.getTargetTriwulan(), t.getStatus(), t.getCatatanPenutupan(),
                t.getDitutupTriwulan(),
                t.getStatus() == TindakLanjut.Status.TERBUKA && t.getTargetTriwulan() < triwulan);
    }

    private static void panjang(List<BusinessRuleException> salah, String field, String teks, int maks) {
        if (teks != null && teks.length() > maks) {
            salah.add(new BusinessRuleException(field, "isian.terlaluPanjang", maks));
        }
    }

    private static String rapikan(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static final Comparator<TindakLanjutView> URUTAN = Comparator.comparing(TindakLanjutView::id);
}
