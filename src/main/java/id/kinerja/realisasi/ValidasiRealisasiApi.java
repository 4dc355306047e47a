package id.kinerja.realisasi;

import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.IkuRencana;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.platform.galat.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the validation forum (module validasi) needs of the realisations: a quarter's due values
 * with their verdicts, setting a verdict or a validator's correction, locking and re-opening the
 * quarter, and cheap counts for the inbox. No access checks here: the forum checks (VALIDASI).
 */
@Service
public class ValidasiRealisasiApi {

    private final OrganisasiQuery organisasi;
    private final RencanaKinerjaApi rencana;
    private final RealisasiRepository realisasi;
    private final LaporanRealisasiRepository laporan;
    private final RealisasiService service;
    private final SkorService skor;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ValidasiRealisasiApi(OrganisasiQuery organisasi, RencanaKinerjaApi rencana, RealisasiRepository realisasi,
            LaporanRealisasiRepository laporan, RealisasiService service, SkorService skor, JdbcTemplate jdbc,
            Clock clock) {
        this.organisasi = organisasi;
        this.rencana = rencana;
        this.realisasi = realisasi;
        this.laporan = laporan;
        this.service = service;
        this.skor = skor;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One due value of the quarter (realisasiId null: not entered). */
    public record NilaiTriwulan(Long realisasiId, Long unitId, Long ikuId, String ikuKode, String ikuNama,
            String satuan, String periode, BigDecimal target, JenisNilai jenis, BigDecimal nilai, String teks,
            StatusValidasi status, String diisiOleh, Instant diisiPada, long version) {
    }

    public record LaporanTriwulan(StatusLaporan status, String diajukanOleh, String diputuskanOleh, boolean terkunci,
            String dikunciOleh, Instant dikunciPada) {

        /** Submitted (waiting for approval or approved): the forum may judge its values. */
        public boolean diajukan() {
            return status == StatusLaporan.DIAJUKAN || status == StatusLaporan.DISETUJUI;
        }
    }

    public record Triwulan(UnitInfo unit, int tahun, int triwulan, Long tahunAnggaranId, LaporanTriwulan laporan,
            List<NilaiTriwulan> nilai) {
    }

    /** The PK in force in the quarter, or empty when the unit has none. */
    @Transactional(readOnly = true)
    public Optional<Triwulan> triwulan(Long unitId, int tahun, int triwulan) {
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        Optional<PkBerlaku> pk = rencana.berlaku(unitId, unit.organisasiId(), tahun, triwulan);
        if (pk.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, Map<KodePeriode, Realisasi>> tersimpan = realisasi.findByIkuAkarIdIn(
                        pk.get().iku().stream().map(IkuRencana::akarId).toList()).stream()
                .collect(Collectors.groupingBy(Realisasi::getIkuAkarId,
                        Collectors.toMap(r -> new KodePeriode(r.getJenisPeriode(), r.getNomor()), Function.identity())));
        List<NilaiTriwulan> out = new ArrayList<>();
        for (IkuRencana iku : pk.get().iku()) {
            if (skor.turunan(iku) != null) {
                continue; // flowing up from below: judged at its source unit
            }
            for (KodePeriode kp : RealisasiService.periodeDalamTriwulan(iku.periodePelaporan(), triwulan)) {
                Realisasi r = tersimpan.getOrDefault(iku.akarId(), Map.of()).get(kp);
                BigDecimal target = iku.periodePelaporan() == JenisPeriode.TAHUN ? iku.target()
                        : iku.trajektori().size() >= kp.nomor() ? iku.trajektori().get(kp.nomor() - 1) : null;
                out.add(r == null
                        ? new NilaiTriwulan(null, unitId, iku.id(), iku.kode(), iku.nama(), iku.satuan(), kp.kode(),
                                target, null, null, null, null, null, null, 0)
                        : new NilaiTriwulan(r.getId(), unitId, iku.id(), iku.kode(), iku.nama(), iku.satuan(),
                                kp.kode(), target, r.getJenisNilai(), r.getNilai(), teks(r), r.getStatusValidasi(),
                                r.getDiisiOleh(), r.getDiisiPada(), r.getVersion()));
            }
        }
        return Optional.of(new Triwulan(unit, tahun, triwulan, pk.get().tahunAnggaranId(),
                laporanView(unitId, pk.get().tahunAnggaranId(), triwulan), out));
    }

    /**
     * One stored value with its quarter's report, without scoring the quarter (a verdict judges one
     * value); empty when the value is not the unit's or not in that quarter.
     */
    @Transactional(readOnly = true)
    public Optional<Triwulan> satu(Long unitId, int tahun, int triwulan, Long realisasiId) {
        Realisasi r = realisasi.findById(realisasiId).orElse(null);
        if (r == null || !r.getUnitId().equals(unitId)
                || new KodePeriode(r.getJenisPeriode(), r.getNomor()).triwulan() != triwulan) {
            return Optional.empty();
        }
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        Optional<PkBerlaku> pk = rencana.berlaku(unitId, unit.organisasiId(), tahun, triwulan)
                .filter(p -> p.tahunAnggaranId().equals(r.getTahunAnggaranId()));
        if (pk.isEmpty()) {
            return Optional.empty();
        }
        IkuRencana iku = pk.get().iku().stream().filter(i -> i.akarId().equals(r.getIkuAkarId())).findFirst()
                .orElse(null);
        if (iku == null) {
            return Optional.empty();
        }
        KodePeriode kp = new KodePeriode(r.getJenisPeriode(), r.getNomor());
        NilaiTriwulan n = new NilaiTriwulan(r.getId(), unitId, iku.id(), iku.kode(), iku.nama(), iku.satuan(),
                kp.kode(), null, r.getJenisNilai(), r.getNilai(), teks(r), r.getStatusValidasi(), r.getDiisiOleh(),
                r.getDiisiPada(), r.getVersion());
        return Optional.of(new Triwulan(unit, tahun, triwulan, r.getTahunAnggaranId(),
                laporanView(unitId, r.getTahunAnggaranId(), triwulan), List.of(n)));
    }

    private LaporanTriwulan laporanView(Long unitId, Long tahunAnggaranId, int triwulan) {
        LaporanRealisasi l = laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, tahunAnggaranId, triwulan)
                .orElse(null);
        return l == null ? new LaporanTriwulan(StatusLaporan.DRAFT, null, null, false, null, null)
                : new LaporanTriwulan(l.getStatus(), l.getDiajukanOleh(), l.getDiputuskanOleh(), l.isTerkunci(),
                        l.getDikunciOleh(), l.getDikunciPada());
    }

    /** The value as the forum shows and records it. */
    static String teks(Realisasi r) {
        return switch (r.getJenisNilai()) {
            case NA -> "n/a (" + r.getAlasan() + ")";
            case LABEL -> r.getLabel();
            case RASIO -> polos(r.getPembilang()) + " / " + polos(r.getPenyebut())
                    + (r.getNilai() == null ? "" : " = " + polos(r.getNilai()));
            case ANGKA -> polos(r.getNilai());
        };
    }

    private static String polos(BigDecimal v) {
        if (v == null) {
            return "-";
        }
        BigDecimal d = v.stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString().replace('.', ',');
    }

    /** Sets the verdict on the value in the state the validator saw; returns the row's new version. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long tetapkan(Long realisasiId, StatusValidasi status, long version) {
        Realisasi r = realisasi.findById(realisasiId).orElseThrow(() -> new NotFoundException("Realisasi", realisasiId));
        if (r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Realisasi.class, realisasiId);
        }
        r.tetapkanValidasi(status);
        realisasi.saveAndFlush(r);
        return r.getVersion();
    }

    /** The validator records a corrected value (read like any entry); valid as corrected. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long koreksi(Long realisasiId, int tahun, RealisasiService.Masukan masukan, long version) {
        Realisasi r = realisasi.findById(realisasiId).orElseThrow(() -> new NotFoundException("Realisasi", realisasiId));
        if (r.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Realisasi.class, realisasiId);
        }
        UnitInfo unit = service.unit(r.getUnitId());
        int tw = new KodePeriode(r.getJenisPeriode(), r.getNomor()).triwulan();
        IkuRencana iku = service.pk(unit, tahun, tw).iku().stream().filter(i -> i.akarId().equals(r.getIkuAkarId()))
                .findFirst().orElseThrow(() -> new NotFoundException("IKU", r.getIkuId()));
        NilaiMasukan nilai = service.baca(iku, masukan, "");
        r.koreksiValidator(nilai, AksesService.penggunaSaatIni().getUsername(), clock.instant());
        realisasi.saveAndFlush(r);
        return r.getVersion();
    }

    /** The display text of a stored value (after a correction). */
    @Transactional(readOnly = true)
    public String teks(Long realisasiId) {
        return realisasi.findById(realisasiId).map(ValidasiRealisasiApi::teks).orElse("-");
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void kunci(Long unitId, Long tahunAnggaranId, int triwulan) {
        LaporanRealisasi l = laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, tahunAnggaranId, triwulan)
                .orElseThrow(() -> new NotFoundException("Laporan realisasi", unitId + "/TW" + triwulan));
        l.kunci(AksesService.penggunaSaatIni().getUsername(), clock.instant());
        laporan.saveAndFlush(l);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void bukaKunci(Long unitId, Long tahunAnggaranId, int triwulan) {
        LaporanRealisasi l = laporan.findByUnitIdAndTahunAnggaranIdAndTriwulan(unitId, tahunAnggaranId, triwulan)
                .orElseThrow(() -> new NotFoundException("Laporan realisasi", unitId + "/TW" + triwulan));
        l.bukaKunci();
        laporan.saveAndFlush(l);
    }

    // ---------------------------------------------------------------------------------------
    // inbox counts: one query each, scoped by the reach given (from AksesService.cakupan)

    private static final String TRIWULAN_NILAI = "(case r.jenis_periode when 'BULAN' then (r.nomor + 2) / 3 "
            + "when 'TRIWULAN' then r.nomor when 'SEMESTER' then r.nomor * 2 else 4 end)";

    /** Values of submitted, unlocked quarters without a verdict. */
    @Transactional(readOnly = true)
    public long jumlahMenungguValidasi(AksesService.Cakupan cakupan) {
        return hitung("""
                select count(*) from realisasi r
                join laporan_realisasi l on l.unit_id = r.unit_id and l.tahun_anggaran_id = r.tahun_anggaran_id
                     and l.triwulan = %s
                where l.status in ('DIAJUKAN', 'DISETUJUI') and not l.terkunci and r.status_validasi is null
                """.formatted(TRIWULAN_NILAI), cakupan);
    }

    /** Values the validator judged tidak valid, in unlocked quarters: for the unit to correct. */
    @Transactional(readOnly = true)
    public long jumlahDikembalikan(AksesService.Cakupan cakupan) {
        return hitung("""
                select count(*) from realisasi r
                join laporan_realisasi l on l.unit_id = r.unit_id and l.tahun_anggaran_id = r.tahun_anggaran_id
                     and l.triwulan = %s
                where not l.terkunci and r.status_validasi = 'TIDAK_VALID'
                """.formatted(TRIWULAN_NILAI), cakupan);
    }

    /** Submitted, unlocked quarters whose every stored value is valid (the lock re-checks everything). */
    @Transactional(readOnly = true)
    public long jumlahSiapDikunci(AksesService.Cakupan cakupan) {
        return hitung("""
                select count(*) from laporan_realisasi l
                where l.status in ('DIAJUKAN', 'DISETUJUI') and not l.terkunci
                  and exists (select 1 from realisasi r where r.unit_id = l.unit_id
                      and r.tahun_anggaran_id = l.tahun_anggaran_id and %1$s = l.triwulan)
                  and not exists (select 1 from realisasi r where r.unit_id = l.unit_id
                      and r.tahun_anggaran_id = l.tahun_anggaran_id and %1$s = l.triwulan
                      and (r.status_validasi is null or r.status_validasi <> 'VALID'))
                """.formatted(TRIWULAN_NILAI), cakupan);
    }

    private long hitung(String sql, AksesService.Cakupan cakupan) {
        // the reach as unit ids via OrganisasiQuery: this module's SQL names only its own tables
        OrganisasiQuery.Jangkauan jangkauan = organisasi.dalam(cakupan);
        if (jangkauan.kosong()) {
            return 0;
        }
        // every count joins or reads the quarter's report l
        Long n = jdbc.queryForObject(sql + " and " + jangkauan.sql("l.unit_id"), Long.class,
                jangkauan.args().toArray());
        return n == null ? 0 : n;
    }
}
