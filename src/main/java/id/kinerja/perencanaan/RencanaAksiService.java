package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.scoring.PeriodConsolidator;
import id.kinerja.scoring.Perspective;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rencana Aksi: activities per IKU and quarter with budget and expected evidence (Inisiatif
 * Strategis flagged, at most 2 per SS, only in the internal-process and learning-growth
 * perspectives), the PK's budget lines, and the two action-plan matrices (Kemenlu: cumulative
 * targets s.d. TW I-IV; Marves Tabel 5: B03/B06/B09/B12 with % output, activities, budget, % budget).
 */
@Service
public class RencanaAksiService {

    static final int MAKS_IS_PER_SS = 2;

    private final PerencanaanService perencanaan;
    private final IkuRepository ikus;
    private final TargetPeriodeRepository targets;
    private final KegiatanRenaksiRepository kegiatan;
    private final PkAnggaranRepository anggaran;

    RencanaAksiService(PerencanaanService perencanaan, IkuRepository ikus, TargetPeriodeRepository targets,
            KegiatanRenaksiRepository kegiatan, PkAnggaranRepository anggaran) {
        this.perencanaan = perencanaan;
        this.ikus = ikus;
        this.targets = targets;
        this.kegiatan = kegiatan;
        this.anggaran = anggaran;
    }

    public record KegiatanParameters(int triwulan, String nama, BigDecimal anggaran, String buktiDukung,
            boolean inisiatifStrategis, LocalDate mulai, LocalDate selesai) {
    }

    /** Access first: handlers call this before they parse any of the request's input. */
    @Transactional(readOnly = true)
    public void periksaBolehSusun(Long pkId) {
        perencanaan.periksaBolehSusun(pkId);
    }

    @Transactional
    public Long tambahKegiatan(Long pkId, long version, Long ikuId, KegiatanParameters p) {
        PerjanjianKinerja pk = perencanaan.muatUntukDiubah(pkId, version);
        Iku iku = ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
        periksaKegiatan(pk, iku, p, null);
        KegiatanRenaksi k = iku.tambahKegiatan(p.triwulan(), p.nama(), p.anggaran(),
                p.buktiDukung(), p.inisiatifStrategis(), p.inisiatifStrategis() ? p.mulai() : null,
                p.inisiatifStrategis() ? p.selesai() : null);
        kegiatan.flush();
        return k.getId();
    }

    /** The activity's rules; {@code kecuali} is the activity being edited (not counted against the IS limit). */
    private void periksaKegiatan(PerjanjianKinerja pk, Iku iku, KegiatanParameters p, Long kecuali) {
        Long pkId = pk.getId();
        if (p.triwulan() < 1 || p.triwulan() > 4) {
            throw new BusinessRuleException("triwulan", "renaksi.triwulan.rentang");
        }
        periksaJumlah(p.anggaran());
        if (p.inisiatifStrategis()) {
            Perspective perspektif = iku.getSs().getPerspektif();
            if (perspektif != Perspective.INTERNAL_PROCESS && perspektif != Perspective.LEARNING_GROWTH) {
                throw new BusinessRuleException("inisiatifStrategis", "renaksi.is.perspektif", iku.getSs().getKode());
            }
            long sudah = kegiatan.findByPkId(pkId).stream().filter(KegiatanRenaksi::isInisiatifStrategis)
                    .filter(k -> k.getIku().getSs().getId().equals(iku.getSs().getId()))
                    .filter(k -> kecuali == null || !k.getId().equals(kecuali)).count();
            if (sudah >= MAKS_IS_PER_SS) {
                throw new BusinessRuleException("inisiatifStrategis", "renaksi.is.maks", MAKS_IS_PER_SS,
                        iku.getSs().getKode());
            }
            if (p.mulai() == null || p.selesai() == null) {
                throw new BusinessRuleException("mulai", "renaksi.is.tanggalWajib");
            }
            if (p.mulai().isAfter(p.selesai())) {
                throw new BusinessRuleException("selesai", "renaksi.is.tanggalUrutan");
            }
            int th = pk.getTahunAnggaran().getTahun();
            if (p.mulai().getYear() != th || p.selesai().getYear() != th) {
                throw new BusinessRuleException("mulai", "renaksi.is.tahun", th);
            }
        }
    }

    /** The activity as its edit form shows it. */
    @Transactional(readOnly = true)
    public KegiatanView kegiatanUntukDiubah(Long pkId, Long kegiatanId) {
        perencanaan.periksaBolehSusun(pkId);
        return view(kegiatanMilik(pkId, kegiatanId));
    }

    /** The IKU (code and name) an activity belongs to, for the edit form's heading. */
    @Transactional(readOnly = true)
    public Butir ikuKegiatan(Long pkId, Long kegiatanId) {
        KegiatanRenaksi k = kegiatanMilik(pkId, kegiatanId);
        return new Butir(k.getIku().getKode(), k.getIku().getNama());
    }

    private KegiatanRenaksi kegiatanMilik(Long pkId, Long kegiatanId) {
        return kegiatan.findById(kegiatanId).filter(x -> x.getIku().getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("Kegiatan", kegiatanId));
    }

    /**
     * Corrects an activity under the PK's version (a stale form is a 409) with the same rules as
     * adding one; the change is audited.
     */
    @Transactional
    public void ubahKegiatan(Long pkId, long version, Long kegiatanId, KegiatanParameters p) {
        PerjanjianKinerja pk = perencanaan.muatUntukDiubah(pkId, version);
        KegiatanRenaksi k = kegiatanMilik(pkId, kegiatanId);
        periksaKegiatan(pk, k.getIku(), p, kegiatanId);
        k.ubah(p.triwulan(), p.nama(), p.anggaran(), p.buktiDukung(), p.inisiatifStrategis(), p.mulai(), p.selesai());
        kegiatan.flush();
    }

    /** Budgets are never negative and fit the column (numeric 18,2: sixteen digits of rupiah). */
    private static void periksaJumlah(BigDecimal jumlah) {
        if (jumlah == null) {
            return;
        }
        if (jumlah.signum() < 0) {
            throw new BusinessRuleException("anggaran", "renaksi.anggaran.tidakNegatif");
        }
        if (jumlah.precision() - jumlah.scale() > 16) {
            throw new BusinessRuleException("anggaran", "renaksi.anggaran.terlaluBesar");
        }
    }

    /** The PK's current version (for a confirmation page opened without one). */
    @Transactional(readOnly = true)
    public long versiPk(Long pkId) {
        return perencanaan.versi(pkId);
    }

    /** A kegiatan or budget line as a confirmation page names it. */
    public record Butir(String nama, String rincian) {
    }

    @Transactional(readOnly = true)
    public Butir kegiatan(Long pkId, Long kegiatanId) {
        perencanaan.muatUntukPratinjauUbah(pkId);
        KegiatanRenaksi k = kegiatan.findById(kegiatanId)
                .filter(x -> x.getIku().getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("Kegiatan", kegiatanId));
        return new Butir(k.getNama(), k.getIku().getKode() + " · TW " + k.getTriwulan()
                + (k.getAnggaran() == null ? "" : " · Rp\u00a0" + Scores.format(k.getAnggaran())));
    }

    @Transactional(readOnly = true)
    public Butir anggaran(Long pkId, Long anggaranId) {
        perencanaan.muatUntukPratinjauUbah(pkId);
        PkAnggaran a = anggaran.findById(anggaranId).filter(x -> x.getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("Anggaran", anggaranId));
        return new Butir(a.getProgram(), "Rp\u00a0" + Scores.format(a.getAnggaran()));
    }

    @Transactional
    public void hapusKegiatan(Long pkId, long version, Long kegiatanId) {
        perencanaan.muatUntukDiubah(pkId, version);
        KegiatanRenaksi k = kegiatan.findById(kegiatanId)
                .filter(x -> x.getIku().getSs().getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("Kegiatan", kegiatanId));
        k.getIku().hapusKegiatan(k);
        kegiatan.flush();
    }

    @Transactional
    public Long tambahAnggaran(Long pkId, long version, String program, String kegiatanPk,
            String rincianOutput, BigDecimal jumlah) {
        PerjanjianKinerja pk = perencanaan.muatUntukDiubah(pkId, version);
        if (jumlah == null) {
            throw new BusinessRuleException("anggaran", "renaksi.anggaran.wajib");
        }
        periksaJumlah(jumlah);
        PkAnggaran a = pk.tambahAnggaran(program, kegiatanPk, rincianOutput, jumlah);
        anggaran.flush();
        return a.getId();
    }

    @Transactional
    public void hapusAnggaran(Long pkId, long version, Long anggaranId) {
        PerjanjianKinerja pk = perencanaan.muatUntukDiubah(pkId, version);
        PkAnggaran a = anggaran.findById(anggaranId).filter(x -> x.getPk().getId().equals(pkId))
                .orElseThrow(() -> new NotFoundException("Anggaran", anggaranId));
        pk.hapusAnggaran(a);
        anggaran.flush();
    }

    // ---------------------------------------------------------------------------------------
    // views and matrices

    public record KegiatanView(Long id, int triwulan, String nama, BigDecimal anggaran, String buktiDukung,
            boolean inisiatifStrategis, LocalDate mulai, LocalDate selesai) {
    }

    /** One quarter of one IKU: the cumulative target, % of the annual target, activities and budget. */
    public record Triwulan(int nomor, BigDecimal targetSd, BigDecimal persenOutput, List<KegiatanView> kegiatan,
            BigDecimal anggaran, BigDecimal persenAnggaranSd) {
    }

    public record BarisIku(String ssKode, String ssNama, Long ikuId, String kode, String nama, String satuan,
            BigDecimal targetTahunan, String penanggungJawab, BigDecimal pagu, List<Triwulan> triwulan) {
    }

    public record AnggaranView(Long id, String program, String kegiatan, String rincianOutput, BigDecimal anggaran) {
    }

    public record Halaman(PerencanaanService.PkView pk, List<BarisIku> matriks, List<AnggaranView> anggaran,
            BigDecimal totalAnggaran) {
    }

    @Transactional(readOnly = true)
    public Halaman halaman(Long pkId) {
        PerencanaanService.PkView pk = perencanaan.pkById(pkId);
        Map<Long, List<KegiatanRenaksi>> perIku = kegiatan.findByPkId(pkId).stream()
                .collect(Collectors.groupingBy(k -> k.getIku().getId()));
        Map<Long, Iku> ikuById = ikus.findByPkId(pkId).stream()
                .collect(Collectors.toMap(Iku::getId, i -> i));
        List<BarisIku> baris = new ArrayList<>();
        for (PerencanaanService.SsView ss : pk.sasaran()) {
            for (PerencanaanService.IkuView i : ss.iku()) {
                Iku iku = ikuById.get(i.id());
                List<KegiatanRenaksi> daftar = perIku.getOrDefault(i.id(), List.of());
                BigDecimal pagu = daftar.stream().map(KegiatanRenaksi::getAnggaran).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                List<Triwulan> tw = new ArrayList<>();
                BigDecimal kumulatif = BigDecimal.ZERO;
                for (int n = 1; n <= 4; n++) {
                    final int q = n;
                    List<KegiatanView> kq = daftar.stream().filter(k -> k.getTriwulan() == q).map(this::view)
                            .toList();
                    BigDecimal aq = kq.stream().map(KegiatanView::anggaran).filter(Objects::nonNull)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    kumulatif = kumulatif.add(aq);
                    BigDecimal sd = targetSampai(iku, i.trajektori(), n);
                    BigDecimal persen = sd == null || i.target() == null || i.target().signum() == 0 ? null
                            : Scores.percent(sd, i.target());
                    tw.add(new Triwulan(n, sd, persen, kq, aq,
                            pagu.signum() == 0 ? null : Scores.percent(kumulatif, pagu)));
                }
                baris.add(new BarisIku(ss.kode(), ss.nama(), i.id(), i.kode(), i.nama(), i.satuan(), i.target(),
                        i.manual().penanggungJawab(), pagu, tw));
            }
        }
        List<AnggaranView> ang = anggaran.findByPkIdOrderById(pkId).stream()
                .map(a -> new AnggaranView(a.getId(), a.getProgram(), a.getKegiatan(), a.getRincianOutput(),
                        a.getAnggaran()))
                .toList();
        BigDecimal total = ang.stream().map(AnggaranView::anggaran).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Halaman(pk, baris, ang, total);
    }

    /** Target "s.d. TW n": the trajectory consolidated up to the last period ending in quarter n. */
    static BigDecimal targetSampai(Iku iku, List<BigDecimal> trajektori, int triwulan) {
        if (iku.getPeriodePelaporan() == JenisPeriode.TAHUN) {
            return triwulan == 4 ? iku.getTarget() : null;
        }
        int periode = triwulan * 3 / iku.getPeriodePelaporan().bulanPerPeriode();
        if (periode == 0 || trajektori.stream().limit(periode).allMatch(Objects::isNull)) {
            return null;
        }
        return PeriodConsolidator.consolidate(iku.getKonsolidasiPeriode(), trajektori, periode);
    }

    private KegiatanView view(KegiatanRenaksi k) {
        return new KegiatanView(k.getId(), k.getTriwulan(), k.getNama(), k.getAnggaran(), k.getBuktiDukung(),
                k.isInisiatifStrategis(), k.getMulai(), k.getSelesai());
    }
}
