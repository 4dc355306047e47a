package id.kinerja.realisasi.cetak;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.perencanaan.RencanaAksiBaca;
import id.kinerja.perencanaan.RencanaAksiBaca.KegiatanBaca;
import id.kinerja.perencanaan.RencanaAksiBaca.PkBerlaku;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.realisasi.KodePeriode;
import id.kinerja.realisasi.PenjagaTriwulan;
import id.kinerja.realisasi.Realisasi;
import id.kinerja.realisasi.RealisasiRepository;
import id.kinerja.realisasi.SkorSekali;
import id.kinerja.realisasi.SkorService;
import id.kinerja.realisasi.analisis.AnalisisService;
import id.kinerja.realisasi.kegiatan.CapaianKegiatanService;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The realisation prints of a unit's quarter: Marves Tabel 6 "Matriks pelaksanaan rencana aksi"
 * (per IKU and quarter: target output, activities, budget, expected evidence; realised output,
 * activity and budget achievement, evidence files with SHA-256, obstacles, follow-ups) and Kemenlu's
 * "Matriks Realisasi Renaksi Triwulanan" (targets and realisations s.d. TW I–IV). Every target,
 * realisation and capaian comes from the one score service.
 */
@Service
public class CetakRealisasiService {

    private final AksesService akses;
    private final RencanaAksiBaca rencana;
    private final SkorService skor;
    private final CapaianKegiatanService kegiatan;
    private final AnalisisService analisis;
    private final RealisasiRepository realisasi;
    private final ObjectProvider<BuktiUntukCetak> bukti;
    private final PenjagaTriwulan penjaga;
    private final RencanaKinerjaApi rencanaKinerja;
    private final OrganisasiQuery organisasi;

    CetakRealisasiService(AksesService akses, RencanaAksiBaca rencana, SkorService skor,
            CapaianKegiatanService kegiatan, AnalisisService analisis, RealisasiRepository realisasi,
            ObjectProvider<BuktiUntukCetak> bukti, PenjagaTriwulan penjaga,
            RencanaKinerjaApi rencanaKinerja, OrganisasiQuery organisasi) {
        this.rencanaKinerja = rencanaKinerja;
        this.organisasi = organisasi;
        this.akses = akses;
        this.rencana = rencana;
        this.skor = skor;
        this.kegiatan = kegiatan;
        this.analisis = analisis;
        this.realisasi = realisasi;
        this.bukti = bukti;
        this.penjaga = penjaga;
    }

    public record KegiatanCetak(String nama, boolean inisiatifStrategis, BigDecimal anggaran, String buktiDukung,
            BigDecimal progres, BigDecimal realisasiAnggaran, String keluaran, String kendala) {
    }

    public record BuktiCetak(String periode, String nama, String sha256) {
    }

    /** One quarter of one IKU in Tabel 6. */
    public record TriwulanCetak(int nomor, String bulan, BigDecimal target, BigDecimal persenOutput,
            List<KegiatanCetak> kegiatan, BigDecimal anggaran, BigDecimal persenAnggaranSd, BigDecimal realisasi,
            BigDecimal capaian, BigDecimal persenKegiatan, BigDecimal realisasiAnggaran, List<BuktiCetak> bukti,
            List<String> kendala, List<String> tindakLanjut) {
    }

    public record IkuCetak(String ssKode, String ssNama, String kode, String nama, String satuan,
            BigDecimal targetTahunan, List<TriwulanCetak> triwulan, List<BigDecimal> targetSd,
            List<BigDecimal> realisasiSd, BigDecimal capaianSd) {
    }

    public record Dokumen(String unit, String unitKode, String kota, int tahun, int triwulan, String status,
            String jabatan, String nama, String nip, LocalDate tanggal, List<IkuCetak> iku, List<BuktiCetak> semuaBukti,
            List<String> kodeBukti) {

        /**
         * The rows in two parts: all but the last IKU, then the last IKU, printed together with the
         * signature so the signature never stands alone on a page.
         */
        public List<List<IkuCetak>> bagian() {
            int p = iku.size() > 1 ? iku.size() - 1 : 0;
            return List.of(iku.subList(0, p), iku.subList(p, iku.size()));
        }
    }

    @Transactional(readOnly = true)
    public Dokumen dokumen(Long unitId, int tahun, int triwulan) {
        return dokumen(unitId, tahun, triwulan, new SkorSekali(skor));
    }

    /** As {@link #dokumen(Long, int, int)}, with scores the caller's document already computed. */
    @Transactional(readOnly = true)
    public Dokumen dokumen(Long unitId, int tahun, int triwulan, SkorSekali skor) {
        akses.periksa(Aksi.LIHAT, unitId);
        if (triwulan < 1 || triwulan > 4) {
            throw new NotFoundException("Triwulan", triwulan);
        }
        PkBerlaku pk = rencana.pkBerlaku(unitId, tahun, triwulan)
                .orElseThrow(() -> new NotFoundException("Perjanjian Kinerja", unitId + "/" + tahun));
        List<SkorService.HasilSkor> perTw = new ArrayList<>();
        for (int q = 1; q <= triwulan; q++) {
            // quarters before a revision took effect are scored on their own PK version
            perTw.add(rencana.pkBerlaku(unitId, tahun, q).isPresent() ? skor.sampaiDengan(unitId, tahun, q) : null);
        }
        SkorService.HasilSkor kini = perTw.get(triwulan - 1);
        List<KegiatanBaca> semuaKegiatan = rencana.kegiatan(pk.pkId());
        Map<Long, Map<Integer, CapaianKegiatanService.CapaianView>> capaianKegiatan =
                kegiatan.capaianTahun(unitId, pk.tahunAnggaranId());
        Map<Long, Map<Integer, AnalisisService.AnalisisCetak>> analisisTahun =
                analisis.untukCetak(unitId, pk.tahunAnggaranId());
        List<Long> akar = kini.indikator().stream().map(SkorService.IkuSkor::ikuAkarId).toList();
        List<Realisasi> nilai = realisasi.findByIkuAkarIdIn(akar);
        BuktiUntukCetak sumberBukti = bukti.getIfAvailable();
        Map<Long, List<BuktiUntukCetak.Bukti>> buktiPerNilai = sumberBukti == null ? Map.of()
                : sumberBukti.untukRealisasi(nilai.stream().map(Realisasi::getId).toList());
        List<BuktiCetak> semuaBukti = new ArrayList<>();
        List<String> kodeBukti = new ArrayList<>();
        List<IkuCetak> iku = new ArrayList<>();
        Long organisasiId = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId))
                .organisasiId();
        Map<Long, BigDecimal> tahunan = new HashMap<>();
        rencanaKinerja.berlaku(unitId, organisasiId, tahun, triwulan).ifPresent(p -> p.iku().forEach(x -> {
            if (x.target() != null) {
                tahunan.put(x.akarId(), x.target());
            }
        }));
        for (SkorService.IkuSkor i : kini.indikator()) {
            BigDecimal annual = tahunan.get(i.ikuAkarId());
            List<KegiatanBaca> milik = semuaKegiatan.stream().filter(k -> k.ikuAkarId().equals(i.ikuAkarId())).toList();
            BigDecimal pagu = milik.stream().map(KegiatanBaca::anggaran).filter(Objects::nonNull)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal anggaranSd = BigDecimal.ZERO;
                List<TriwulanCetak> tw = new ArrayList<>();
            List<BigDecimal> targetSd = new ArrayList<>();
            List<BigDecimal> realisasiSd = new ArrayList<>();
            for (int q = 1; q <= 4; q++) {
                final int tq = q;
                SkorService.IkuSkor s = q <= triwulan && perTw.get(q - 1) != null
                        ? perTw.get(q - 1).indikator().stream().filter(x -> x.ikuAkarId().equals(i.ikuAkarId()))
                                .findFirst().orElse(null)
                        : null;
                targetSd.add(s == null ? null : s.target());
                realisasiSd.add(s == null ? null : s.realisasi());
                if (q > triwulan) {
                    continue;
                }
                List<KegiatanBaca> kq = milik.stream().filter(k -> k.triwulan() == tq).toList();
                List<KegiatanCetak> kc = kq.stream().map(k -> {
                    CapaianKegiatanService.CapaianView c = capaianKegiatan.getOrDefault(k.akarId(), Map.of()).get(tq);
                    return new KegiatanCetak(k.nama(), k.inisiatifStrategis(), k.anggaran(), k.buktiDukung(),
                            progresSampai(capaianKegiatan.getOrDefault(k.akarId(), Map.of()), tq),
                            c == null ? null : c.realisasiAnggaran(), c == null ? null : c.keluaran(),
                            c == null ? null : c.kendala());
                }).toList();
                BigDecimal anggaranQ = kq.stream().map(KegiatanBaca::anggaran).filter(Objects::nonNull)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                anggaranSd = anggaranSd.add(anggaranQ);
                // budget realised in the quarter over every activity of the IKU (carried ones included)
                BigDecimal realisasiAnggaranQ = milik.stream()
                        .map(k -> capaianKegiatan.getOrDefault(k.akarId(), Map.of()).get(tq))
                        .filter(Objects::nonNull).map(CapaianKegiatanService.CapaianView::realisasiAnggaran)
                        .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal persenKegiatan = kc.isEmpty() ? null : kc.stream().map(KegiatanCetak::progres)
                        .reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(kc.size()), 6, RoundingMode.HALF_UP);
                List<BuktiCetak> bq = new ArrayList<>();
                for (Realisasi r : nilai) {
                    KodePeriode kp = new KodePeriode(r.getJenisPeriode(), r.getNomor());
                    if (r.getIkuAkarId().equals(i.ikuAkarId()) && kp.triwulan() == tq) {
                        for (BuktiUntukCetak.Bukti b : buktiPerNilai.getOrDefault(r.getId(), List.of())) {
                            bq.add(new BuktiCetak(kp.kode(), b.nama(), b.sha256()));
                        }
                    }
                }
                bq.forEach(b -> kodeBukti.add(i.kode()));
                semuaBukti.addAll(bq);
                AnalisisService.AnalisisCetak a = analisisTahun.getOrDefault(i.ikuAkarId(), Map.of()).get(tq);
                List<String> kendala = new ArrayList<>();
                if (a != null && a.analisis().isi().kendala() != null) {
                    kendala.add(a.analisis().isi().kendala());
                }
                kc.stream().map(KegiatanCetak::kendala).filter(Objects::nonNull).forEach(kendala::add);
                List<String> tl = a == null ? List.of() : a.tindakLanjut().stream()
                        .map(t -> t.rekomendasi() + " (" + t.penanggungJawab() + ", TW " + t.targetTriwulan() + ")")
                        .toList();
                tw.add(new TriwulanCetak(q, String.format("B%02d", q * 3), s == null ? null : s.target(),
                        s == null || s.target() == null || annual == null || annual.signum() == 0 ? null
                                : Scores.percent(s.target(), annual),
                        kc, anggaranQ, pagu.signum() == 0 ? null : Scores.percent(anggaranSd, pagu),
                        s == null ? null : s.realisasi(), s == null ? null : s.capaian(), persenKegiatan,
                        realisasiAnggaranQ, bq, kendala, tl));
            }
            iku.add(new IkuCetak(i.ssKode(), i.ssNama(), i.kode(), i.nama(), i.satuan(), annual, tw,
                    targetSd, realisasiSd, i.capaian()));
        }
        return new Dokumen(pk.unit(), pk.unitKode(), pk.kota(), tahun, triwulan, kini.status().name(),
                pk.pihakPertamaJabatan(), pk.pihakPertamaNama(), pk.pihakPertamaNip(), penjaga.hariIni(), iku,
                semuaBukti, kodeBukti);
    }


    private static BigDecimal progresSampai(Map<Integer, CapaianKegiatanService.CapaianView> entri, int q) {
        return entri.entrySet().stream().filter(e -> e.getKey() <= q).max(Map.Entry.comparingByKey())
                .map(e -> e.getValue().progres()).orElse(BigDecimal.ZERO);
    }

    static <T> Map<Long, T> perId(List<T> l, Function<T, Long> id) {
        return l.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
