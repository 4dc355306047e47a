package id.kinerja.dialog;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Aksi;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.audit.AuditAksi;
import id.kinerja.audit.AuditService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaAksiBaca;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RevisiTargetApi;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.realisasi.analisis.TindakLanjutAnalisisBaca;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the Dialog Kinerja: record and edit a risalah, its follow-ups, requests that
 * change the plan (approval opens a PK revision through {@link RevisiTargetApi}), the schedule
 * from the rulebook and the dialogs that are due but missing.
 */
@Service
public class DialogService {

    /** Document kind under which segregation of duties tracks change requests. */
    static final String DOKUMEN_PERMINTAAN = "PERMINTAAN_PERUBAHAN";
    static final int TEKS_MAKS = 2000;
    static final int TEKS_PANJANG_MAKS = 4000;
    /** Column sizes of the audit note and of the PK's reason for a new version. */
    private static final int AUDIT_MAKS = 500;
    private static final int ALASAN_REVISI_MAKS = 1000;

    private final DialogKinerjaRepository dialogs;
    private final TindakLanjutDialogRepository tindakLanjut;
    private final PermintaanPerubahanRepository permintaan;
    private final AksesService akses;
    private final PemisahanTugas pemisahan;
    private final AuditService audit;
    private final OrganisasiQuery organisasi;
    private final RencanaKinerjaApi rencana;
    private final RencanaAksiBaca renaksi;
    private final RevisiTargetApi revisi;
    private final TindakLanjutAnalisisBaca tlAnalisis;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DialogService(DialogKinerjaRepository dialogs, TindakLanjutDialogRepository tindakLanjut,
            PermintaanPerubahanRepository permintaan, AksesService akses, PemisahanTugas pemisahan,
            AuditService audit, OrganisasiQuery organisasi, RencanaKinerjaApi rencana, RencanaAksiBaca renaksi,
            RevisiTargetApi revisi, TindakLanjutAnalisisBaca tlAnalisis, JdbcTemplate jdbc, Clock clock) {
        this.dialogs = dialogs;
        this.tindakLanjut = tindakLanjut;
        this.permintaan = permintaan;
        this.akses = akses;
        this.pemisahan = pemisahan;
        this.audit = audit;
        this.organisasi = organisasi;
        this.rencana = rencana;
        this.renaksi = renaksi;
        this.revisi = revisi;
        this.tlAnalisis = tlAnalisis;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    // ---------------------------------------------------------------------------------------
    // views

    /** How often the unit must hold a dialog (rulebook data); null interval = no schedule. */
    public record Jadwal(Integer intervalBulan, String forum) {
    }

    /** One period of the schedule: held (dialog ids), due now, or missed. */
    public record PeriodeJadwal(int nomor, LocalDate mulai, LocalDate selesai, List<Long> dialogIds,
            boolean berjalan, boolean terlewat) {
    }

    public record DialogRingkas(Long id, LocalDate tanggal, DialogKinerja.Tingkat tingkat, String agenda,
            DialogKinerja.StatusSelesai statusSelesai, long jumlahTindakLanjut) {
    }

    public record TindakLanjutView(Long id, long version, Long dialogId, LocalDate dialogTanggal, String uraian,
            String penanggungJawab, YearMonth batas, TindakLanjutDialog.Status status, String catatanPenutupan,
            String ditutupOleh, boolean terlambat) {
    }

    public record PermintaanView(Long id, long version, Long dialogId, PermintaanPerubahan.Jenis jenis,
            String ikuKode, BigDecimal targetLama, BigDecimal targetBaru, String uraian, String alasan,
            PermintaanPerubahan.Penerima penerima, PermintaanPerubahan.Status status, String diajukanOleh,
            String diputusOleh, String jawaban, Long pkRevisiId, Integer mulaiTriwulan, boolean bolehPutus) {
    }

    public record HalamanUnit(Long unitId, String unit, String unitKode, int tahun, Jadwal jadwal,
            List<PeriodeJadwal> periode, List<DialogRingkas> dialog, List<TindakLanjutView> tindakLanjutTerbuka,
            List<TindakLanjutAnalisisBaca.Terbuka> tindakLanjutAnalisis, List<PermintaanView> permintaan,
            boolean bolehCatat) {
    }

    public record IkuLingkup(Long akarId, String kode, String nama, String satuan, BigDecimal target,
            String ssKode, String ssNama, boolean dipilih) {
    }

    public record KegiatanLingkup(String ikuKode, String nama, BigDecimal anggaran, boolean inisiatifStrategis) {
    }

    public record DialogView(Long id, long version, Long unitId, String unit, String unitKode, String organisasi,
            String kota, int tahun, int triwulan, DialogKinerja.Risalah risalah, String dicatatOleh,
            Long pkId, Integer pkVersi, List<IkuLingkup> iku, List<KegiatanLingkup> rencanaAksi,
            List<TindakLanjutView> tindakLanjut, List<TindakLanjutView> tindakLanjutBawaan,
            List<TindakLanjutAnalisisBaca.Terbuka> tindakLanjutAnalisis, List<PermintaanView> permintaan,
            String pejabatNama, String pejabatJabatan, String pejabatNip, boolean bolehCatat) {
    }

    @Transactional(readOnly = true)
    public HalamanUnit halamanUnit(Long unitId, int tahun) {
        akses.periksa(Aksi.LIHAT, unitId);
        periksaTahun(tahun);
        UnitInfo unit = unit(unitId);
        Jadwal jadwal = jadwal(unit);
        List<DialogKinerja> semua = dialogs.findByUnitIdAndTahunOrderByTanggalDescIdDesc(unitId, tahun);
        Map<Long, Long> jumlahTl = new HashMap<>();
        jdbc.query("select dialog_id, count(*) from tindak_lanjut_dialog where unit_id = ? group by dialog_id",
                rs -> {
                    jumlahTl.put(rs.getLong(1), rs.getLong(2));
                }, unitId);
        List<DialogRingkas> ringkas = semua.stream().map(d -> new DialogRingkas(d.getId(), d.getTanggal(),
                d.getTingkat(), d.risalah().agenda(), d.risalah().statusSelesai(), jumlahTl.getOrDefault(d.getId(), 0L)))
                .toList();
        LocalDate hariIni = hariIni();
        return new HalamanUnit(unitId, unit.nama(), unit.kode(), tahun, jadwal, periode(jadwal, tahun, semua, hariIni),
                ringkas, tindakLanjutTerbuka(unitId),
                tlAnalisis.terbuka(unitId, tahun, tahun < hariIni.getYear() ? 5 : triwulan(hariIni)),
                permintaan.findByUnitIdOrderByIdDesc(unitId).stream().limit(100).map(this::view).toList(),
                akses.boleh(Aksi.SUSUN, unitId));
    }

    /** Open follow-ups of the unit's dialogs, the overdue ones first (the unit page fragment). */
    @Transactional(readOnly = true)
    public List<TindakLanjutView> tindakLanjutTerbuka(Long unitId) {
        akses.periksa(Aksi.LIHAT, unitId);
        LocalDate hariIni = hariIni();
        Map<Long, LocalDate> tanggal = new HashMap<>();
        List<TindakLanjutDialog> daftar = tindakLanjut
                .findByUnitIdAndStatusOrderByBatasTahunAscBatasBulanAscIdAsc(unitId, TindakLanjutDialog.Status.TERBUKA)
                .stream().limit(200).toList();
        dialogs.findAllById(daftar.stream().map(TindakLanjutDialog::getDialogId).collect(Collectors.toSet()))
                .forEach(d -> tanggal.put(d.getId(), d.getTanggal()));
        return daftar.stream().map(t -> view(t, tanggal.get(t.getDialogId()), hariIni)).toList();
    }

    @Transactional(readOnly = true)
    public DialogView dialog(Long dialogId) {
        DialogKinerja d = muat(dialogId);
        akses.periksa(Aksi.LIHAT, d.getUnitId());
        UnitInfo unit = unit(d.getUnitId());
        DialogKinerja.Risalah r = d.risalah();
        int tw = d.triwulan();
        Optional<RencanaKinerjaApi.PkBerlaku> pk = rencana.berlaku(d.getUnitId(), unit.organisasiId(), d.getTahun(), tw);
        Set<Long> dipilih = Set.copyOf(r.ikuAkarIds());
        List<IkuLingkup> iku = pk.map(p -> p.iku().stream().map(i -> new IkuLingkup(i.akarId(), i.kode(), i.nama(),
                i.satuan(), targetTriwulan(i, tw), i.ssKode(), i.ssNama(), dipilih.contains(i.akarId()))).toList())
                .orElse(List.of());
        List<KegiatanLingkup> kegiatan = pk.map(p -> renaksi.kegiatan(p.pkId()).stream()
                .filter(k -> k.triwulan() == tw && (dipilih.isEmpty() || dipilih.contains(k.ikuAkarId())))
                .map(k -> new KegiatanLingkup(k.ikuKode(), k.nama(), k.anggaran(), k.inisiatifStrategis())).toList())
                .orElse(List.of());
        LocalDate hariIni = hariIni();
        List<TindakLanjutView> milik = tindakLanjut.findByDialogIdOrderById(dialogId).stream()
                .map(t -> view(t, d.getTanggal(), hariIni)).toList();
        // carried in: still open follow-ups of the unit's earlier dialogs
        List<TindakLanjutView> bawaan = tindakLanjutTerbuka(d.getUnitId()).stream()
                .filter(t -> t.dialogTanggal() != null && (t.dialogTanggal().isBefore(d.getTanggal())
                        || t.dialogTanggal().isEqual(d.getTanggal()) && t.dialogId() < d.getId()))
                .toList();
        Optional<RencanaAksiBaca.PkBerlaku> pihak = renaksi.pkBerlaku(d.getUnitId(), d.getTahun(), tw);
        return new DialogView(d.getId(), d.getVersion(), d.getUnitId(), unit.nama(), unit.kode(), unit.organisasi(),
                pihak.map(RencanaAksiBaca.PkBerlaku::kota).orElse(null), d.getTahun(), tw, r, d.getDicatatOleh(),
                pk.map(RencanaKinerjaApi.PkBerlaku::pkId).orElse(null),
                pk.map(RencanaKinerjaApi.PkBerlaku::nomorVersi).orElse(null), iku, kegiatan, milik, bawaan,
                tlAnalisis.terbuka(d.getUnitId(), d.getTahun(), tw),
                permintaan.findByDialogIdOrderById(dialogId).stream().map(this::view).toList(),
                pihak.map(RencanaAksiBaca.PkBerlaku::pihakPertamaNama).orElse(null),
                pihak.map(RencanaAksiBaca.PkBerlaku::pihakPertamaJabatan).orElse(null),
                pihak.map(RencanaAksiBaca.PkBerlaku::pihakPertamaNip).orElse(null),
                akses.boleh(Aksi.SUSUN, d.getUnitId()));
    }

    /** The IKU a new risalah may name: those of the PK in force in the quarter of {@code tanggal}. */
    @Transactional(readOnly = true)
    public List<IkuLingkup> ikuUntuk(Long unitId, LocalDate tanggal) {
        akses.periksa(Aksi.LIHAT, unitId);
        UnitInfo unit = unit(unitId);
        int tw = triwulan(tanggal);
        return rencana.berlaku(unitId, unit.organisasiId(), tanggal.getYear(), tw)
                .map(p -> p.iku().stream().map(i -> new IkuLingkup(i.akarId(), i.kode(), i.nama(), i.satuan(),
                        targetTriwulan(i, tw), i.ssKode(), i.ssNama(), false)).toList())
                .orElse(List.of());
    }

    /** The IKU a target-change request may name: those of the latest approved version of the year. */
    @Transactional(readOnly = true)
    public List<IkuLingkup> ikuUntukPermintaan(Long unitId, int tahun) {
        akses.periksa(Aksi.LIHAT, unitId);
        UnitInfo unit = unit(unitId);
        return rencana.berlaku(unitId, unit.organisasiId(), tahun, 4)
                .map(p -> p.iku().stream().map(i -> new IkuLingkup(i.id(), i.kode(), i.nama(), i.satuan(),
                        i.target(), i.ssKode(), i.ssNama(), false)).toList())
                .orElse(List.of());
    }

    // ---------------------------------------------------------------------------------------
    // risalah

    @Transactional
    public Long catat(Long unitId, DialogKinerja.Risalah r) {
        akses.periksa(Aksi.SUSUN, unitId);
        periksa(r, unitId);
        DialogKinerja d = dialogs.saveAndFlush(new DialogKinerja(unitId, pengguna(), bersih(r)));
        return d.getId();
    }

    @Transactional
    public void ubah(Long dialogId, long version, DialogKinerja.Risalah r) {
        DialogKinerja d = muat(dialogId);
        akses.periksa(Aksi.SUSUN, d.getUnitId());
        versi(d.getVersion(), version, DialogKinerja.class, dialogId);
        periksa(r, d.getUnitId());
        d.terapkan(bersih(r));
        dialogs.flush();
    }

    private void periksa(DialogKinerja.Risalah r, Long unitId) {
        List<BusinessRuleException> galat = new ArrayList<>();
        if (r.tanggal() == null) {
            galat.add(new BusinessRuleException("tanggal", "dialog.tanggal.wajib"));
        } else if (r.tanggal().isAfter(hariIni())) {
            galat.add(new BusinessRuleException("tanggal", "dialog.tanggal.masaDepan"));
        } else if (Math.abs(r.tanggal().getYear() - hariIni().getYear()) > 1) {
            galat.add(new BusinessRuleException("tanggal", "dialog.tanggal.tahun"));
        }
        wajib(galat, "pemimpinNama", r.pemimpinNama(), 200);
        wajib(galat, "peserta", r.peserta(), TEKS_MAKS);
        wajib(galat, "agenda", r.agenda(), TEKS_MAKS);
        panjang(galat, "tempat", r.tempat(), 200);
        panjang(galat, "pemimpinJabatan", r.pemimpinJabatan(), 200);
        if (r.pemimpinNip() != null && !r.pemimpinNip().isBlank() && !r.pemimpinNip().trim().matches("\\d{18}")) {
            galat.add(new BusinessRuleException("pemimpinNip", "dialog.nip.tidakSah"));
        }
        panjang(galat, "progres", r.progres(), TEKS_PANJANG_MAKS);
        panjang(galat, "masalah", r.masalah(), TEKS_PANJANG_MAKS);
        panjang(galat, "penyebab", r.penyebab(), TEKS_PANJANG_MAKS);
        panjang(galat, "strategi", r.strategi(), TEKS_PANJANG_MAKS);
        panjang(galat, "keterangan", r.keterangan(), TEKS_MAKS);
        if (r.tingkat() == null || r.bentuk() == null || r.sifat() == null || r.statusSelesai() == null) {
            galat.add(new BusinessRuleException("tingkat", "dialog.pilihan.wajib"));
        }
        if (r.ikuAkarIds().size() > 100) {
            galat.add(new BusinessRuleException("ikuAkarIds", "dialog.iku.terlaluBanyak"));
        } else if (r.tanggal() != null && !r.ikuAkarIds().isEmpty()) {
            Set<Long> boleh = ikuUntuk(unitId, r.tanggal()).stream().map(IkuLingkup::akarId).collect(Collectors.toSet());
            if (!boleh.containsAll(r.ikuAkarIds())) {
                galat.add(new BusinessRuleException("ikuAkarIds", "dialog.iku.bukanPk"));
            }
        }
        if (!galat.isEmpty()) {
            throw galat.size() == 1 ? galat.get(0) : BusinessRuleException.semua(galat);
        }
    }

    private static DialogKinerja.Risalah bersih(DialogKinerja.Risalah r) {
        return new DialogKinerja.Risalah(r.tanggal(), r.tingkat(), r.bentuk(), r.sifat(), teks(r.tempat()),
                teks(r.pemimpinNama()), teks(r.pemimpinJabatan()), teks(r.pemimpinNip()), teks(r.peserta()),
                teks(r.agenda()), teks(r.progres()), teks(r.masalah()), teks(r.penyebab()), teks(r.strategi()),
                r.penyesuaianTarget(), r.statusSelesai(), teks(r.keterangan()), r.ikuAkarIds());
    }

    // ---------------------------------------------------------------------------------------
    // follow-ups

    @Transactional
    public Long tambahTindakLanjut(Long dialogId, String uraian, String penanggungJawab, YearMonth batas) {
        DialogKinerja d = muat(dialogId);
        akses.periksa(Aksi.SUSUN, d.getUnitId());
        List<BusinessRuleException> galat = new ArrayList<>();
        wajib(galat, "uraian", uraian, TEKS_MAKS);
        wajib(galat, "penanggungJawab", penanggungJawab, 200);
        if (batas == null) {
            galat.add(new BusinessRuleException("batas", "dialog.tl.batas.wajib"));
        } else if (batas.isBefore(YearMonth.from(d.getTanggal())) || batas.getYear() > d.getTahun() + 1) {
            galat.add(new BusinessRuleException("batas", "dialog.tl.batas.tidakSah"));
        }
        if (!galat.isEmpty()) {
            throw galat.size() == 1 ? galat.get(0) : BusinessRuleException.semua(galat);
        }
        return tindakLanjut.saveAndFlush(new TindakLanjutDialog(d, uraian.trim(), penanggungJawab.trim(), batas))
                .getId();
    }

    /** Closes a follow-up with a note; returns its dialog's id. */
    @Transactional
    public Long tutupTindakLanjut(Long tindakLanjutId, long version, String catatan) {
        TindakLanjutDialog t = tindakLanjut.findById(tindakLanjutId)
                .orElseThrow(() -> new NotFoundException("TindakLanjutDialog", tindakLanjutId));
        akses.periksa(Aksi.SUSUN, t.getUnitId());
        versi(t.getVersion(), version, TindakLanjutDialog.class, tindakLanjutId);
        List<BusinessRuleException> galat = new ArrayList<>();
        wajib(galat, "catatan", catatan, TEKS_MAKS);
        if (!galat.isEmpty()) {
            throw galat.get(0);
        }
        t.tutup(catatan.trim(), pengguna(), clock.instant());
        tindakLanjut.flush();
        return t.getDialogId();
    }

    // ---------------------------------------------------------------------------------------
    // change requests

    /** Files a request from a dialog, addressed per rulebook; the filer is recorded and never decides it. */
    @Transactional
    public Long ajukanPermintaan(Long dialogId, PermintaanPerubahan.Jenis jenis, Long ikuId, BigDecimal targetBaru,
            String uraian, String alasan) {
        DialogKinerja d = muat(dialogId);
        akses.periksa(Aksi.SUSUN, d.getUnitId());
        UnitInfo unit = unit(d.getUnitId());
        List<BusinessRuleException> galat = new ArrayList<>();
        if (jenis == null) {
            galat.add(new BusinessRuleException("jenis", "dialog.permintaan.jenis.wajib"));
        }
        wajib(galat, "uraian", uraian, TEKS_MAKS);
        wajib(galat, "alasan", alasan, TEKS_MAKS);
        // the latest approved version of the year: the one a revision is opened from
        Optional<RencanaKinerjaApi.PkBerlaku> pk = rencana.berlaku(d.getUnitId(), unit.organisasiId(), d.getTahun(), 4);
        if (pk.isEmpty()) {
            galat.add(new BusinessRuleException("jenis", "dialog.permintaan.tanpaPk"));
        }
        if (jenis == PermintaanPerubahan.Jenis.TARGET) {
            if (ikuId == null) {
                galat.add(new BusinessRuleException("ikuId", "dialog.permintaan.iku.wajib"));
            } else if (pk.isPresent() && revisi.iku(pk.get().pkId(), ikuId).isEmpty()) {
                galat.add(new BusinessRuleException("ikuId", "dialog.permintaan.iku.bukanPk"));
            }
            if (targetBaru == null) {
                galat.add(new BusinessRuleException("targetBaru", "dialog.permintaan.target.wajib"));
            } else if (targetBaru.signum() <= 0) {
                galat.add(new BusinessRuleException("targetBaru", "scoring.target.negative", ""));
            }
        } else {
            ikuId = null;
            targetBaru = null;
        }
        if (!galat.isEmpty()) {
            throw galat.size() == 1 ? galat.get(0) : BusinessRuleException.semua(galat);
        }
        PermintaanPerubahan p = permintaan.saveAndFlush(new PermintaanPerubahan(d, jenis, pk.get().pkId(), ikuId,
                targetBaru, uraian.trim(), alasan.trim(), penerima(unit), pengguna(), clock.instant()));
        pemisahan.catat(DOKUMEN_PERMINTAAN, p.getId(), PemisahanTugas.Peran.AJUKAN);
        audit.catat(AuditAksi.AJUKAN, "PermintaanPerubahan", p.getId(), p.getUnitId(), null,
                Map.of("status", PermintaanPerubahan.Status.DIAJUKAN.name(), "jenis", jenis.name()),
                abbreviate(alasan.trim(), AUDIT_MAKS));
        return p.getId();
    }

    /**
     * Approves a request: a PK revision opens, in force from the quarter after the dialog's (never
     * a quarter that has already ended), pre-filled with the new target. Returns the revision's id.
     */
    @Transactional
    public Long setujui(Long permintaanId, long version, String jawaban) {
        PermintaanPerubahan p = muatUntukKeputusan(permintaanId, version);
        DialogKinerja d = muat(p.getDialogId());
        LocalDate hariIni = hariIni();
        int mulai = d.getTahun() < hariIni.getYear() ? 5 : Math.max(d.triwulan() + 1, triwulan(hariIni));
        if (mulai > 4) {
            throw new BusinessRuleException("jawaban", "dialog.permintaan.tahunHabis");
        }
        String catatan = teks(jawaban) == null ? "" : jawaban.trim();
        if (catatan.length() > TEKS_MAKS) {
            throw new BusinessRuleException("jawaban", "dialog.teks.terlaluPanjang", "jawaban", TEKS_MAKS);
        }
        String alasanRevisi = abbreviate("Permintaan perubahan #" + p.getId() + " (Dialog Kinerja "
                + d.getTanggal() + "): " + p.getUraian() + " — " + p.getAlasan(), ALASAN_REVISI_MAKS);
        Long pkRevisi = revisi.bukaRevisi(p.getPkId(), mulai, alasanRevisi, p.getIkuId(), p.getTargetBaru());
        p.setujui(pengguna(), clock.instant(), catatan.isEmpty() ? "Disetujui" : catatan, pkRevisi, mulai);
        permintaan.flush();
        audit.catat(AuditAksi.SETUJUI, "PermintaanPerubahan", p.getId(), p.getUnitId(),
                Map.of("status", PermintaanPerubahan.Status.DIAJUKAN.name()),
                Map.of("status", PermintaanPerubahan.Status.DISETUJUI.name(), "pkRevisi", pkRevisi,
                        "mulaiTriwulan", mulai), abbreviate(catatan, AUDIT_MAKS));
        return pkRevisi;
    }

    @Transactional
    public void tolak(Long permintaanId, long version, String jawaban) {
        if (teks(jawaban) == null) {
            throw new BusinessRuleException("jawaban", "dialog.permintaan.jawaban.wajib");
        }
        if (jawaban.trim().length() > TEKS_MAKS) {
            throw new BusinessRuleException("jawaban", "dialog.teks.terlaluPanjang", "jawaban", TEKS_MAKS);
        }
        PermintaanPerubahan p = muatUntukKeputusan(permintaanId, version);
        p.tolak(pengguna(), clock.instant(), jawaban.trim());
        permintaan.flush();
        audit.catat(AuditAksi.KEMBALIKAN, "PermintaanPerubahan", p.getId(), p.getUnitId(),
                Map.of("status", PermintaanPerubahan.Status.DIAJUKAN.name()),
                Map.of("status", PermintaanPerubahan.Status.DITOLAK.name()), abbreviate(jawaban.trim(), AUDIT_MAKS));
    }

    /** The dialog a follow-up belongs to (to show a refused closing again), after the reader's access check. */
    @Transactional(readOnly = true)
    public Long dialogDariTindakLanjut(Long tindakLanjutId) {
        TindakLanjutDialog t = tindakLanjut.findById(tindakLanjutId)
                .orElseThrow(() -> new NotFoundException("TindakLanjutDialog", tindakLanjutId));
        akses.periksa(Aksi.LIHAT, t.getUnitId());
        return t.getDialogId();
    }

    /** The dialog a request belongs to (for redirects), after the reader's access check. */
    @Transactional(readOnly = true)
    public Long dialogDariPermintaan(Long permintaanId) {
        PermintaanPerubahan p = permintaan.findById(permintaanId)
                .orElseThrow(() -> new NotFoundException("PermintaanPerubahan", permintaanId));
        akses.periksa(Aksi.LIHAT, p.getUnitId());
        return p.getDialogId();
    }

    private PermintaanPerubahan muatUntukKeputusan(Long permintaanId, long version) {
        PermintaanPerubahan p = permintaan.findById(permintaanId)
                .orElseThrow(() -> new NotFoundException("PermintaanPerubahan", permintaanId));
        akses.periksa(Aksi.LIHAT, p.getUnitId());
        if (!bolehPutus(p)) {
            throw new AccessDeniedException("Bukan penerima permintaan ini");
        }
        versi(p.getVersion(), version, PermintaanPerubahan.class, permintaanId);
        pemisahan.periksaBolehMemutuskan(DOKUMEN_PERMINTAAN, p.getId());
        if (p.getStatus() != PermintaanPerubahan.Status.DIAJUKAN) {
            throw new BusinessRuleException("jawaban", "dialog.permintaan.sudahDiputus");
        }
        return p;
    }

    /** The rulebook's addressee: the central PKO, or the head / manager of the unit above. */
    private boolean bolehPutus(PermintaanPerubahan p) {
        if (p.getPenerima() == PermintaanPerubahan.Penerima.ATASAN) {
            Long induk = unit(p.getUnitId()).indukId();
            if (induk != null) {
                return akses.boleh(Aksi.SETUJUI, induk);
            }
        }
        // KELOLA_RULEBOOK is held by the central PKO only
        return akses.boleh(Aksi.KELOLA_RULEBOOK, p.getUnitId());
    }

    private PermintaanPerubahan.Penerima penerima(UnitInfo unit) {
        return jdbc.queryForList("select penerima from penerima_permintaan_perubahan where rulebook_kode = ?",
                String.class, unit.rulebookKey()).stream().findFirst().map(PermintaanPerubahan.Penerima::valueOf)
                .orElse(PermintaanPerubahan.Penerima.PKO_PUSAT);
    }

    // ---------------------------------------------------------------------------------------
    // schedule

    public Jadwal jadwal(UnitInfo unit) {
        return jdbc.query("""
                select interval_bulan, forum from jadwal_dialog where rulebook_kode = ? and level_kode in (?, '*')
                order by level_kode = '*' limit 1""", rs -> rs.next() ? new Jadwal(rs.getInt(1), rs.getString(2))
                : new Jadwal(null, null), unit.rulebookKey(), unit.levelKode());
    }

    /** The schedule's periods of a year, each held / running / missed (organisation-level dialogs count). */
    static List<PeriodeJadwal> periode(Jadwal jadwal, int tahun, List<DialogKinerja> semua, LocalDate hariIni) {
        if (jadwal.intervalBulan() == null) {
            return List.of();
        }
        int k = jadwal.intervalBulan();
        List<PeriodeJadwal> out = new ArrayList<>();
        for (int n = 1; n * k <= 12; n++) {
            LocalDate mulai = LocalDate.of(tahun, (n - 1) * k + 1, 1);
            LocalDate selesai = YearMonth.of(tahun, n * k).atEndOfMonth();
            if (mulai.isAfter(hariIni)) {
                break;
            }
            List<Long> ids = semua.stream().filter(d -> d.getTingkat() == DialogKinerja.Tingkat.ORGANISASI
                    && !d.getTanggal().isBefore(mulai) && !d.getTanggal().isAfter(selesai))
                    .map(DialogKinerja::getId).toList();
            boolean berjalan = !hariIni.isAfter(selesai);
            out.add(new PeriodeJadwal(n, mulai, selesai, ids, berjalan, !berjalan && ids.isEmpty()));
        }
        return out;
    }

    /** Marves rule support: an organisation-level dialog with a risalah held in that quarter. */
    @Transactional(readOnly = true)
    public boolean dkoTercatat(long unitId, int tahun, int triwulan) {
        if (triwulan < 1 || triwulan > 4) {
            return false;
        }
        LocalDate mulai = LocalDate.of(tahun, (triwulan - 1) * 3 + 1, 1);
        LocalDate selesai = YearMonth.of(tahun, triwulan * 3).atEndOfMonth();
        Integer n = jdbc.queryForObject("""
                select count(*) from dialog_kinerja where unit_id = ? and tingkat = 'ORGANISASI'
                and tanggal between ? and ?""", Integer.class, unitId, mulai, selesai);
        return n != null && n > 0;
    }

    // ---------------------------------------------------------------------------------------
    // helpers

    private PermintaanView view(PermintaanPerubahan p) {
        Optional<RevisiTargetApi.IkuDiPk> iku = p.getIkuId() == null ? Optional.empty()
                : revisi.iku(p.getPkId(), p.getIkuId());
        boolean bolehPutus = p.getStatus() == PermintaanPerubahan.Status.DIAJUKAN && bolehPutus(p)
                && !pemisahan.ikutMenyusun(DOKUMEN_PERMINTAAN, p.getId());
        return new PermintaanView(p.getId(), p.getVersion(), p.getDialogId(), p.getJenis(),
                iku.map(RevisiTargetApi.IkuDiPk::kode).orElse(null),
                iku.map(RevisiTargetApi.IkuDiPk::target).orElse(null), p.getTargetBaru(), p.getUraian(),
                p.getAlasan(), p.getPenerima(), p.getStatus(), p.getDiajukanOleh(), p.getDiputusOleh(),
                p.getJawaban(), p.getPkRevisiId(), p.getMulaiTriwulan(), bolehPutus);
    }

    private static TindakLanjutView view(TindakLanjutDialog t, LocalDate dialogTanggal, LocalDate hariIni) {
        return new TindakLanjutView(t.getId(), t.getVersion(), t.getDialogId(), dialogTanggal, t.getUraian(),
                t.getPenanggungJawab(), t.batas(), t.getStatus(), t.getCatatanPenutupan(), t.getDitutupOleh(),
                t.terlambat(hariIni));
    }

    private static BigDecimal targetTriwulan(RencanaKinerjaApi.IkuRencana i, int tw) {
        List<BigDecimal> traj = i.trajektori();
        if (traj != null && !traj.isEmpty()) {
            int per = 12 / traj.size();
            int n = (tw * 3 + per - 1) / per;
            if (n >= 1 && n <= traj.size() && traj.get(n - 1) != null) {
                return traj.get(n - 1);
            }
        }
        return i.target();
    }

    DialogKinerja muat(Long dialogId) {
        return dialogs.findById(dialogId).orElseThrow(() -> new NotFoundException("DialogKinerja", dialogId));
    }

    private UnitInfo unit(Long unitId) {
        return organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
    }

    private LocalDate hariIni() {
        return Waktu.hariIni(clock);
    }

    static int triwulan(LocalDate tanggal) {
        return (tanggal.getMonthValue() + 2) / 3;
    }

    private void periksaTahun(int tahun) {
        if (tahun < 2000 || tahun > 2100) {
            throw new NotFoundException("Tahun", tahun);
        }
    }

    private static void versi(long ada, long dikirim, Class<?> jenis, Long id) {
        if (ada != dikirim) {
            throw new ObjectOptimisticLockingFailureException(jenis, id);
        }
    }

    private static String pengguna() {
        return AksesService.penggunaSaatIni().getUsername();
    }

    static String teks(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String abbreviate(String s, int maks) {
        return s.length() <= maks ? s : s.substring(0, maks - 1) + "…";
    }

    static void wajib(List<BusinessRuleException> galat, String field, String nilai, int maks) {
        if (teks(nilai) == null) {
            galat.add(new BusinessRuleException(field, "dialog.isian.wajib"));
        } else {
            panjang(galat, field, nilai, maks);
        }
    }

    static void panjang(List<BusinessRuleException> galat, String field, String nilai, int maks) {
        if (nilai != null && nilai.trim().length() > maks) {
            galat.add(new BusinessRuleException(field, "dialog.teks.terlaluPanjang", field, maks));
        }
    }
}
