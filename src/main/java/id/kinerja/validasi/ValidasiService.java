package id.kinerja.validasi;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.KinerjaUser;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.akses.Peran;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.bukti.BuktiService;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.realisasi.KonflikRealisasiException;
import id.kinerja.realisasi.RealisasiService;
import id.kinerja.realisasi.SkorService;
import id.kinerja.realisasi.StatusValidasi;
import id.kinerja.realisasi.ValidasiRealisasiApi;
import id.kinerja.realisasi.ValidasiRealisasiApi.NilaiTriwulan;
import id.kinerja.realisasi.ValidasiRealisasiApi.Triwulan;
import id.kinerja.rulebook.RulebookService;
import id.kinerja.rulebook.RulebookVersi;
import id.kinerja.scoring.Scores;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The validation forum of a unit's quarter (Marves §2.3.2 butir 3, Kemenlu BAB VI C.2): a
 * Validator assigned to the unit, or the central PKO, judges every submitted value valid or tidak
 * valid (with a note; tidak valid sends it back to the unit), may record a corrected value with a
 * reason, and locks the quarter once every due value is valid — which makes its score final and
 * writes the Berita Acara Validasi. Only the central PKO re-opens a locked quarter, with a reason.
 * Whoever entered, submitted or approved a value never judges it.
 */
@Service
public class ValidasiService {

    static final int CATATAN_MAKS = 1000;
    static final int TEMPAT_MAKS = 100;
    /** The rulebook setting (top-level key of the definition) of the Marves DKO rule. */
    static final String SETELAN_DKO = "validationRequiresDko";
    /** The berita acara is an official record archived as written: its texts are Indonesian whoever locks. */
    static final Locale DOKUMEN = Locale.forLanguageTag("id");

    private final ValidasiRealisasiApi realisasi;
    private final RealisasiService realisasiService;
    private final SkorService skor;
    private final VerdikValidasiRepository verdik;
    private final BeritaAcaraValidasiRepository beritaAcara;
    private final AksesService akses;
    private final PemisahanTugas pemisahan;
    private final AuditService audit;
    private final RulebookService rulebook;
    private final ObjectProvider<PemeriksaDko> dko;
    private final ObjectProvider<BuktiService> bukti;
    private final Clock clock;
    private final MessageSource pesan;

    ValidasiService(ValidasiRealisasiApi realisasi, RealisasiService realisasiService, SkorService skor,
            VerdikValidasiRepository verdik, BeritaAcaraValidasiRepository beritaAcara, AksesService akses,
            PemisahanTugas pemisahan, AuditService audit, RulebookService rulebook, ObjectProvider<PemeriksaDko> dko,
            ObjectProvider<BuktiService> bukti, Clock clock, MessageSource pesan) {
        this.realisasi = realisasi;
        this.realisasiService = realisasiService;
        this.skor = skor;
        this.verdik = verdik;
        this.beritaAcara = beritaAcara;
        this.akses = akses;
        this.pemisahan = pemisahan;
        this.audit = audit;
        this.rulebook = rulebook;
        this.dko = dko;
        this.bukti = bukti;
        this.clock = clock;
        this.pesan = pesan;
    }

    // ---------------------------------------------------------------------------------------
    // views

    /** One verdict in a value's history; {@code berlaku} false = void (the value changed) or superseded. */
    public record VerdikView(StatusValidasi status, String catatan, String nilaiDinilai, String nilaiSemula,
            boolean koreksi, String oleh, String namaOleh, Instant pada, boolean berlaku) {
    }

    public record BuktiRingkas(long id, String nama, String url, boolean berkas, String sha256) {
    }

    /** One due value on the forum page. */
    public record NilaiView(NilaiTriwulan nilai, List<VerdikView> riwayat, List<BuktiRingkas> bukti,
            boolean bolehDinilai, String alasanTidakBoleh) {

        public VerdikView terakhir() {
            return riwayat.isEmpty() ? null : riwayat.get(riwayat.size() - 1);
        }
    }

    public record BeritaAcaraView(Long id, String nomor, LocalDate tanggal, String tempat, String unitKode,
            String unit, int tahun, int triwulan, String jenisSkor, BigDecimal skor, String predikat,
            String dikunciOleh, Instant dikunciPada, String dibukaOleh, Instant dibukaPada, String alasanBuka,
            List<BarisBa> iku, List<TtdBa> validator, TtdBa wakilUnit) {

        public BigDecimal skorTampil() {
            return skor == null ? null : Scores.display(skor);
        }

        public boolean berlaku() {
            return dibukaOleh == null;
        }
    }

    public record BarisBa(String kode, String nama, String satuan, BigDecimal target, BigDecimal realisasi,
            BigDecimal capaian, String verdik) {
    }

    public record TtdBa(String jabatan, String nama) {
    }

    public record Forum(UnitInfo unit, int tahun, int triwulan, ValidasiRealisasiApi.LaporanTriwulan laporan,
            List<NilaiView> nilai, boolean bolehValidasi, boolean bolehKunci, List<String> alasanBelumKunci,
            boolean bolehBuka, List<BeritaAcaraView> beritaAcara, SkorService.HasilSkor skor) {

        public long jumlahValid() {
            return nilai.stream().filter(n -> n.nilai().status() == StatusValidasi.VALID).count();
        }
    }

    // ---------------------------------------------------------------------------------------
    // reading

    @Transactional(readOnly = true)
    public Forum forum(Long unitId, int tahun, int triwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        Triwulan tw = triwulanAtau404(unitId, tahun, triwulan);
        boolean bolehValidasi = akses.boleh(Aksi.VALIDASI, unitId);
        String saya = AksesService.penggunaSaatIni().getUsername();
        List<Long> ids = tw.nilai().stream().map(NilaiTriwulan::realisasiId).filter(Objects::nonNull).toList();
        Map<Long, List<VerdikValidasi>> perNilai = verdik.findByRealisasiIdInOrderByPadaAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(VerdikValidasi::getRealisasiId));
        Map<Long, BuktiService.PanelBukti> panel = ids.isEmpty() || bukti.getIfAvailable() == null ? Map.of()
                : bukti.getObject().panelSemua("REALISASI", ids);
        List<NilaiView> nilai = new ArrayList<>();
        for (NilaiTriwulan n : tw.nilai()) {
            List<VerdikValidasi> r = n.realisasiId() == null ? List.of() : perNilai.getOrDefault(n.realisasiId(), List.of());
            List<VerdikView> riwayat = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) {
                VerdikValidasi v = r.get(i);
                riwayat.add(new VerdikView(v.getStatus(), v.getCatatan(), v.getNilaiDinilai(), v.getNilaiSemula(),
                        v.isKoreksi(), v.getOleh(), v.getNamaOleh(), v.getPada(),
                        i == r.size() - 1 && v.berlakuUntuk(n.version()) && n.status() != null));
            }
            String alasan = alasanTidakBolehMenilai(tw, n, saya);
            List<BuktiRingkas> b = n.realisasiId() == null || !panel.containsKey(n.realisasiId()) ? List.of()
                    : panel.get(n.realisasiId()).daftar().stream()
                            .map(x -> new BuktiRingkas(x.id(), x.nama(), x.url(), x.berkas(), x.sha256())).toList();
            nilai.add(new NilaiView(n, riwayat, b, bolehValidasi && alasan == null, alasan));
        }
        List<String> belum = alasanBelumKunci(tw);
        List<BeritaAcaraView> ba = beritaAcara.findByUnitIdAndTahunAnggaranIdAndTriwulanOrderByUrutDesc(unitId,
                tw.tahunAnggaranId(), triwulan).stream().map(this::view).toList();
        SkorService.HasilSkor hasil = skor.sampaiDengan(unitId, tahun, triwulan);
        return new Forum(tw.unit(), tahun, triwulan, tw.laporan(), nilai, bolehValidasi,
                bolehValidasi && belum.isEmpty() && !tw.laporan().terkunci(), belum,
                tw.laporan().terkunci() && bolehBuka(tw.unit()), ba, hasil);
    }

    /** Null when the current user may judge the value now, else the message key saying why not. */
    private static String alasanTidakBolehMenilai(Triwulan tw, NilaiTriwulan n, String saya) {
        if (n.realisasiId() == null) {
            return "validasi.alasan.belumDiisi";
        }
        if (tw.laporan().terkunci()) {
            return "validasi.alasan.terkunci";
        }
        if (!tw.laporan().diajukan()) {
            return "validasi.alasan.belumDiajukan";
        }
        if (saya.equals(n.diisiOleh()) || saya.equals(tw.laporan().diajukanOleh())
                || saya.equals(tw.laporan().diputuskanOleh())) {
            return "tugas.terpisah";
        }
        return null;
    }

    /** What still stands between the quarter and its lock (message keys with no arguments). */
    private List<String> alasanBelumKunci(Triwulan tw) {
        List<String> out = new ArrayList<>();
        if (tw.laporan().terkunci()) {
            return out;
        }
        if (!tw.laporan().diajukan()) {
            out.add("validasi.kunci.belumDiajukan");
        }
        if (!Waktu.hariIni(clock)
                .isAfter(LocalDate.of(tw.tahun(), tw.triwulan() * 3, 1).plusMonths(1).minusDays(1))) {
            out.add("validasi.kunci.belumBerakhir");
        }
        if (tw.nilai().isEmpty()) {
            out.add("validasi.kunci.tanpaNilai");
        }
        if (tw.nilai().stream().anyMatch(n -> n.realisasiId() == null)) {
            out.add("validasi.kunci.adaKosong");
        }
        if (tw.nilai().stream().anyMatch(n -> n.realisasiId() != null && n.status() != StatusValidasi.VALID)) {
            out.add("validasi.kunci.belumValid");
        }
        for (int q = 1; q < tw.triwulan(); q++) {
            var sebelum = realisasi.triwulan(tw.unit().id(), tw.tahun(), q);
            if (sebelum.isPresent() && !sebelum.get().laporan().terkunci()) {
                out.add("validasi.kunci.sebelumnyaTerbuka");
                break;
            }
        }
        if (rulebook.setelan(tw.unit().rulebookKey(), new RulebookVersi.Periode(tw.tahun(), tw.triwulan()), SETELAN_DKO)) {
            PemeriksaDko p = dko.getIfAvailable();
            if (p != null && !p.dkoTercatat(tw.unit().id(), tw.tahun(), tw.triwulan())) {
                out.add("validasi.kunci.dkoBelum");
            }
        }
        return out;
    }

    private Triwulan triwulanAtau404(Long unitId, int tahun, int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            throw new NotFoundException("Triwulan", triwulan);
        }
        return realisasi.triwulan(unitId, tahun, triwulan)
                .orElseThrow(() -> new NotFoundException("Perjanjian Kinerja", unitId + "/" + tahun));
    }

    // ---------------------------------------------------------------------------------------
    // judging

    /** Valid / tidak valid on the value as the validator saw it (its version); tidak valid needs a note. */
    @Transactional
    public void nilai(Long unitId, int tahun, int triwulan, Long realisasiId, StatusValidasi status, String catatan,
            long version) {
        akses.periksa(Aksi.VALIDASI, unitId);
        String c = catatan == null ? null : catatan.strip();
        if (status == null) {
            throw new BusinessRuleException("status", "validasi.status.wajib");
        }
        if (status == StatusValidasi.TIDAK_VALID && (c == null || c.isEmpty())) {
            throw new BusinessRuleException("catatan", "validasi.catatan.wajib");
        }
        if (c != null && c.length() > CATATAN_MAKS) {
            throw new BusinessRuleException("catatan", "validasi.catatan.terlaluPanjang", CATATAN_MAKS);
        }
        Triwulan tw = satu(unitId, tahun, triwulan, realisasiId);
        NilaiTriwulan n = tw.nilai().get(0);
        periksaBolehMenilai(tw, n);
        long versiBaru = realisasi.tetapkan(realisasiId, status, version);
        KinerjaUser saya = AksesService.penggunaSaatIni();
        VerdikValidasi v = verdik.saveAndFlush(new VerdikValidasi(realisasiId, unitId, tw.tahunAnggaranId(), triwulan,
                n.ikuKode(), n.periode(), status, c == null || c.isEmpty() ? null : c, n.teks(), null, versiBaru,
                saya.getUsername(), saya.getNama(), clock.instant()));
        audit.catat(AuditAksi.VALIDASI, "Realisasi", realisasiId, unitId,
                n.status() == null ? Map.of() : Map.of("statusValidasi", n.status().name()),
                Map.of("statusValidasi", status.name(), "nilai", n.teks(), "verdik", v.getId()),
                c == null ? n.ikuKode() + " " + n.periode() : c);
    }

    /** The validator records a corrected value with a reason: the value becomes valid as corrected. */
    @Transactional
    public void koreksi(Long unitId, int tahun, int triwulan, Long realisasiId, RealisasiService.Masukan masukan,
            String alasanKoreksi, long version) {
        akses.periksa(Aksi.VALIDASI, unitId);
        String alasan = alasanKoreksi == null ? "" : alasanKoreksi.strip();
        if (alasan.isEmpty()) {
            throw new BusinessRuleException("alasanKoreksi", "validasi.koreksi.alasanWajib");
        }
        if (alasan.length() > CATATAN_MAKS) {
            throw new BusinessRuleException("alasanKoreksi", "validasi.catatan.terlaluPanjang", CATATAN_MAKS);
        }
        Triwulan tw = satu(unitId, tahun, triwulan, realisasiId);
        NilaiTriwulan n = tw.nilai().get(0);
        periksaBolehMenilai(tw, n);
        long versiBaru = realisasi.koreksi(realisasiId, tahun, masukan, version);
        String baru = realisasi.teks(realisasiId);
        KinerjaUser saya = AksesService.penggunaSaatIni();
        VerdikValidasi v = verdik.saveAndFlush(new VerdikValidasi(realisasiId, unitId, tw.tahunAnggaranId(), triwulan,
                n.ikuKode(), n.periode(), StatusValidasi.VALID, alasan, baru, n.teks(), versiBaru, saya.getUsername(),
                saya.getNama(), clock.instant()));
        audit.catat(AuditAksi.VALIDASI, "Realisasi", realisasiId, unitId, Map.of("nilai", n.teks()),
                Map.of("nilai", baru, "statusValidasi", StatusValidasi.VALID.name(), "verdik", v.getId()), alasan);
    }

    private Triwulan satu(Long unitId, int tahun, int triwulan, Long realisasiId) {
        if (triwulan < 1 || triwulan > 4 || realisasiId == null) {
            throw new NotFoundException("Realisasi", realisasiId);
        }
        return realisasi.satu(unitId, tahun, triwulan, realisasiId)
                .orElseThrow(() -> new NotFoundException("Realisasi", realisasiId));
    }

    private void periksaBolehMenilai(Triwulan tw, NilaiTriwulan n) {
        if (tw.laporan().terkunci()) {
            throw new KonflikRealisasiException("realisasi.konflik.terkunci", tw.triwulan());
        }
        if (!tw.laporan().diajukan()) {
            throw new BusinessRuleException("status", "validasi.alasan.belumDiajukan");
        }
        Set<String> pelaku = new LinkedHashSet<>();
        for (String s : new String[] {n.diisiOleh(), tw.laporan().diajukanOleh(), tw.laporan().diputuskanOleh()}) {
            if (s != null) {
                pelaku.add(s);
            }
        }
        pemisahan.periksaBukanPelaku(pelaku);
    }

    // ---------------------------------------------------------------------------------------
    // locking

    /** Why the quarter cannot be locked yet (message keys); empty when it can. Throws nothing. */
    @Transactional(readOnly = true)
    public List<String> alasanBelumBisaDikunci(Long unitId, int tahun, int triwulan) {
        return realisasi.triwulan(unitId, tahun, triwulan)
                .map(tw -> tw.laporan().terkunci() ? List.of("realisasi.konflik.terkunci") : alasanBelumKunci(tw))
                .orElse(List.of("validasi.triwulan.tidakAda"));
    }

    /** Locks the quarter (every due value valid) and writes its Berita Acara Validasi; returns its id. */
    @Transactional
    public Long kunci(Long unitId, int tahun, int triwulan, String tempat) {
        akses.periksa(Aksi.VALIDASI, unitId);
        String t = tempat == null ? "" : tempat.strip();
        if (t.isEmpty()) {
            throw new BusinessRuleException("tempat", "validasi.tempat.wajib");
        }
        if (t.length() > TEMPAT_MAKS) {
            throw new BusinessRuleException("tempat", "validasi.tempat.terlaluPanjang", TEMPAT_MAKS);
        }
        Triwulan tw = triwulanAtau404(unitId, tahun, triwulan);
        if (tw.laporan().terkunci()) {
            throw new KonflikRealisasiException("realisasi.konflik.terkunci", triwulan);
        }
        List<String> belum = alasanBelumKunci(tw);
        if (!belum.isEmpty()) {
            throw BusinessRuleException.semua(belum.stream().map(k -> new BusinessRuleException("kunci", k)).toList());
        }
        Set<String> pelaku = new LinkedHashSet<>();
        tw.nilai().forEach(n -> pelaku.add(n.diisiOleh()));
        if (tw.laporan().diajukanOleh() != null) {
            pelaku.add(tw.laporan().diajukanOleh());
        }
        if (tw.laporan().diputuskanOleh() != null) {
            pelaku.add(tw.laporan().diputuskanOleh());
        }
        pemisahan.periksaBukanPelaku(pelaku);
        realisasi.kunci(unitId, tw.tahunAnggaranId(), triwulan);
        SkorService.HasilSkor hasil = skor.sampaiDengan(unitId, tahun, triwulan);
        // the verdicts in force: one line per IKU, the validators who gave them sign
        List<Long> ids = tw.nilai().stream().map(NilaiTriwulan::realisasiId).toList();
        Map<Long, VerdikValidasi> terakhir = new LinkedHashMap<>();
        verdik.findByRealisasiIdInOrderByPadaAscIdAsc(ids).forEach(v -> terakhir.put(v.getRealisasiId(), v));
        Map<String, List<String>> verdikIku = new LinkedHashMap<>();
        Map<String, String> validator = new LinkedHashMap<>();
        for (NilaiTriwulan n : tw.nilai()) {
            VerdikValidasi v = terakhir.get(n.realisasiId());
            String teks = dokumen(v != null && v.isKoreksi() ? "validasi.ba.verdik.dikoreksi" : "validasi.ba.verdik.valid",
                    n.periode());
            verdikIku.computeIfAbsent(n.ikuKode(), k -> new ArrayList<>()).add(teks);
            if (v != null) {
                validator.putIfAbsent(v.getOleh(), v.getNamaOleh());
            }
        }
        List<BeritaAcaraValidasi.Baris> baris = new ArrayList<>();
        for (SkorService.IkuSkor i : hasil.indikator()) {
            String v = verdikIku.containsKey(i.kode()) ? String.join("; ", verdikIku.get(i.kode()))
                    : i.turunan() != null ? dokumen("validasi.ba.verdik.turunan") : "-";
            baris.add(new BeritaAcaraValidasi.Baris(i.kode(), i.nama(), i.satuan(), i.target(), i.realisasi(),
                    i.capaian(), v.length() > 300 ? v.substring(0, 299) : v));
        }
        List<BeritaAcaraValidasi.Ttd> ttd = new ArrayList<>();
        validator.forEach((u, nama) -> ttd.add(new BeritaAcaraValidasi.Ttd("VALIDATOR",
                dokumen("validasi.ba.ttd.validator"), nama)));
        ttd.add(new BeritaAcaraValidasi.Ttd("UNIT", dokumen("validasi.ba.ttd.pimpinan", tw.unit().nama()), null));
        int urut = beritaAcara.findByUnitIdAndTahunAnggaranIdAndTriwulanOrderByUrutDesc(unitId, tw.tahunAnggaranId(),
                triwulan).stream().mapToInt(BeritaAcaraValidasi::getUrut).max().orElse(0) + 1;
        Instant kini = clock.instant();
        BeritaAcaraValidasi ba = beritaAcara.saveAndFlush(new BeritaAcaraValidasi(unitId, tw.tahunAnggaranId(), tahun,
                triwulan, urut, tw.unit().kode(), tw.unit().nama(), Waktu.hariIni(clock), t,
                hasil.scoreType() == null ? null : hasil.scoreType().name(), hasil.score(), hasil.predikat(),
                AksesService.penggunaSaatIni().getUsername(), kini, baris, ttd));
        audit.catat(AuditAksi.VALIDASI, "LaporanRealisasi", unitId + "/" + tahun + "/TW" + triwulan, unitId,
                Map.of("terkunci", false), Map.of("terkunci", true, "beritaAcara", ba.getNomor(),
                        "skor", String.valueOf(hasil.score())), "Kunci TW" + triwulan + " " + tahun);
        return ba.getId();
    }

    /** The central PKO (or a super admin) re-opens a locked quarter with a reason; the berita acara stays. */
    @Transactional
    public void buka(Long unitId, int tahun, int triwulan, String alasan) {
        akses.periksa(Aksi.LIHAT, unitId);
        Triwulan tw = triwulanAtau404(unitId, tahun, triwulan);
        if (!bolehBuka(tw.unit())) {
            throw new AccessDeniedException("Hanya PKO pusat");
        }
        String a = alasan == null ? "" : alasan.strip();
        if (a.isEmpty()) {
            throw new BusinessRuleException("alasan", "validasi.buka.alasanWajib");
        }
        if (a.length() > CATATAN_MAKS) {
            throw new BusinessRuleException("alasan", "validasi.catatan.terlaluPanjang", CATATAN_MAKS);
        }
        if (!tw.laporan().terkunci()) {
            throw new BusinessRuleException("alasan", "validasi.buka.belumTerkunci");
        }
        for (int q = triwulan + 1; q <= 4; q++) {
            var sesudah = realisasi.triwulan(unitId, tahun, q);
            if (sesudah.isPresent() && sesudah.get().laporan().terkunci()) {
                throw new BusinessRuleException("alasan", "validasi.buka.sesudahnyaTerkunci", q);
            }
        }
        realisasi.bukaKunci(unitId, tw.tahunAnggaranId(), triwulan);
        List<BeritaAcaraValidasi> semua = beritaAcara.findByUnitIdAndTahunAnggaranIdAndTriwulanOrderByUrutDesc(unitId,
                tw.tahunAnggaranId(), triwulan);
        String nomor = null;
        if (!semua.isEmpty() && semua.get(0).berlaku()) {
            semua.get(0).buka(AksesService.penggunaSaatIni().getUsername(), clock.instant(), a);
            nomor = semua.get(0).getNomor();
            beritaAcara.flush();
        }
        audit.catat(AuditAksi.BUKA_KEMBALI, "LaporanRealisasi", unitId + "/" + tahun + "/TW" + triwulan, unitId,
                nomor == null ? Map.of("terkunci", true) : Map.of("terkunci", true, "beritaAcara", nomor),
                Map.of("terkunci", false), a);
    }

    /** The central PKO over the unit (PKO_PUSAT covers its subtree) or a super admin. */
    boolean bolehBuka(UnitInfo unit) {
        AksesService.Cakupan c = akses.cakupan(Aksi.VALIDASI);
        return c.semua() || c.penugasan().stream()
                .anyMatch(p -> p.peran() == Peran.PKO_PUSAT && unit.path().startsWith(p.unitPath()));
    }

    // ---------------------------------------------------------------------------------------
    // berita acara

    /** The berita acara in force (or the latest) of a quarter; 404 when the quarter was never locked. */
    @Transactional(readOnly = true)
    public BeritaAcaraView beritaAcara(Long unitId, int tahun, int triwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        if (triwulan < 1 || triwulan > 4) {
            throw new NotFoundException("Triwulan", triwulan);
        }
        return beritaAcara.findFirstByUnitIdAndTahunAndTriwulanOrderByUrutDesc(unitId, tahun, triwulan)
                .map(this::view)
                .orElseThrow(() -> new NotFoundException("Berita acara", unitId + "/" + tahun + "/TW" + triwulan));
    }

    /** One berita acara by id, within the unit named in the path. */
    @Transactional(readOnly = true)
    public BeritaAcaraView beritaAcaraNomor(Long unitId, Long id) {
        akses.periksa(Aksi.LIHAT, unitId);
        return beritaAcara.findByIdAndUnitId(id, unitId).map(this::view)
                .orElseThrow(() -> new NotFoundException("Berita acara", id));
    }

    private String dokumen(String kunci, Object... argumen) {
        return pesan.getMessage(kunci, argumen, DOKUMEN);
    }

    private BeritaAcaraView view(BeritaAcaraValidasi b) {
        List<TtdBa> val = b.getTtd().stream().filter(t -> "VALIDATOR".equals(t.peran))
                .map(t -> new TtdBa(t.jabatan, t.nama)).toList();
        TtdBa wakil = b.getTtd().stream().filter(t -> "UNIT".equals(t.peran)).map(t -> new TtdBa(t.jabatan, t.nama))
                .findFirst().orElse(new TtdBa(dokumen("validasi.ba.ttd.pimpinan", b.getUnitNama()), null));
        return new BeritaAcaraView(b.getId(), b.getNomor(), b.getTanggal(), b.getTempat(), b.getUnitKode(),
                b.getUnitNama(), b.getTahun(), b.getTriwulan(), b.getJenisSkor(), b.getSkor(), b.getPredikat(),
                b.getDikunciOleh(), b.getDikunciPada(), b.getDibukaOleh(), b.getDibukaPada(), b.getAlasanBuka(),
                b.getIku().stream().map(x -> new BarisBa(x.kode, x.nama, x.satuan, x.target, x.realisasi, x.capaian,
                        x.verdik)).toList(), val, wakil);
    }

    // ---------------------------------------------------------------------------------------
    // Tabel 7: the validators' notes per IKU of the quarter, for the print

    @Transactional(readOnly = true)
    public Map<String, List<String>> catatanValidator(Long unitId, int tahun, int triwulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        Triwulan tw = triwulanAtau404(unitId, tahun, triwulan);
        List<Long> ids = tw.nilai().stream().map(NilaiTriwulan::realisasiId).filter(Objects::nonNull).toList();
        Map<Long, Long> versi = tw.nilai().stream().filter(n -> n.realisasiId() != null)
                .collect(Collectors.toMap(NilaiTriwulan::realisasiId, NilaiTriwulan::version));
        Map<String, List<String>> out = new LinkedHashMap<>();
        Locale bahasa = LocaleContextHolder.getLocale();
        String tidakBerlaku = " " + pesan.getMessage("validasi.catatan.tidakBerlaku", null, bahasa);
        for (VerdikValidasi v : verdik.findByRealisasiIdInOrderByPadaAscIdAsc(ids)) {
            String s = v.getPeriode() + " "
                    + pesan.getMessage("validasi.catatan.status." + v.getStatus().name(), null, bahasa)
                    + (v.getCatatan() == null ? "" : ": " + v.getCatatan())
                    + (v.berlakuUntuk(versi.getOrDefault(v.getRealisasiId(), -1L)) ? "" : tidakBerlaku)
                    + " — " + v.getNamaOleh();
            out.computeIfAbsent(v.getIkuKode(), k -> new ArrayList<>()).add(s);
        }
        return out;
    }

    RealisasiService realisasiService() {
        return realisasiService;
    }
}
