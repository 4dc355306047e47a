package id.kinerja.rulebook;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.rulebook.RulebookVersi.Periode;
import id.kinerja.scoring.Rulebook;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import id.kinerja.organisasi.OrganisasiQuery;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rulebooks as versioned data. Every score asks for the version in force in its quarter; a change
 * takes effect from a chosen quarter that has not passed yet, so closed quarters are never
 * silently rescored. Changes are audited (the entity listener records before/after).
 */
@Service
public class RulebookService {

    private static final ZoneId WIB = Waktu.WIB;

    private final RulebookVersiRepository versi;
    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** Parsed definitions by row id and version: parsing JSON per score would dominate a dashboard. */
    private final Map<String, Rulebook> cache = new ConcurrentHashMap<>();

    RulebookService(RulebookVersiRepository versi, AksesService akses, OrganisasiQuery organisasi, JdbcTemplate jdbc,
            Clock clock) {
        this.versi = versi;
        this.akses = akses;
        this.organisasi = organisasi;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record VersiView(Long id, Periode berlaku, String keterangan, String dibuatOleh,
            LocalDateTime dibuatPada, boolean berlakuSekarang) {
    }

    public record RulebookRingkas(String kode, String nama, Periode berlakuSejak, int jumlahVersi) {
    }

    public record RulebookDetail(String kode, String nama, Rulebook aktif, Periode periodeSekarang,
            List<VersiView> versi, boolean bolehUbah, long versionAktif, long token) {
    }

    /** The levels the editor offers: those of the organisations using the rulebook (code and name). */
    @Transactional(readOnly = true)
    public List<OrganisasiQuery.LevelInfo> level(String kode) {
        return organisasi.levelDenganRulebook(kode);
    }

    /**
     * What an editor saw of a rulebook: grows with every new or changed version row (rows are never
     * deleted), so a form carrying it detects a save made by someone else in between.
     */
    @Transactional(readOnly = true)
    public long token(String kode) {
        return versi.findByKodeOrderByBerlakuTahunDescBerlakuTriwulanDesc(kode).stream()
                .mapToLong(v -> v.getVersion() + 1).sum();
    }

    public Periode periodeSekarang() {
        return Periode.dari(Waktu.hariIni(clock));
    }

    @Transactional(readOnly = true)
    public Rulebook berlaku(String kode, Periode periode) {
        RulebookVersi v = versi.findBerlaku(kode, periode.tahun(), periode.triwulan())
                .orElseThrow(() -> new RulebookNotFoundException(kode));
        return cache.computeIfAbsent(v.getId() + ":" + v.getVersion(), k -> RulebookJson.baca(v.getDefinisi()));
    }

    @Transactional(readOnly = true)
    public Rulebook berlakuSekarang(String kode) {
        return berlaku(kode, periodeSekarang());
    }

    @Transactional(readOnly = true)
    public List<String> kode() {
        return versi.findKode();
    }

    @Transactional(readOnly = true)
    public List<RulebookRingkas> daftar() {
        Periode now = periodeSekarang();
        return versi.findKode().stream().map(k -> {
            var semua = versi.findByKodeOrderByBerlakuTahunDescBerlakuTriwulanDesc(k);
            RulebookVersi aktif = versi.findBerlaku(k, now.tahun(), now.triwulan()).orElse(semua.get(0));
            return new RulebookRingkas(k, aktif.getNama(), aktif.berlaku(), semua.size());
        }).toList();
    }

    @Transactional(readOnly = true)
    public RulebookDetail detail(String kode) {
        Periode now = periodeSekarang();
        RulebookVersi aktif = versi.findBerlaku(kode, now.tahun(), now.triwulan())
                .orElseThrow(() -> new RulebookNotFoundException(kode));
        List<VersiView> semua = versi.findByKodeOrderByBerlakuTahunDescBerlakuTriwulanDesc(kode).stream()
                .map(v -> new VersiView(v.getId(), v.berlaku(), v.getKeterangan(), v.getDibuatOleh(),
                        v.getDibuatPada().atZone(WIB).toLocalDateTime(), v.getId().equals(aktif.getId())))
                .toList();
        return new RulebookDetail(kode, aktif.getNama(), berlaku(kode, now), now, semua, bolehUbah(kode),
                aktif.getVersion(), token(kode));
    }

    /**
     * Saves a new version in force from {@code mulai}. A quarter that has already begun but not
     * ended may still be corrected; earlier quarters keep their rules.
     */
    @Transactional
    public void simpan(String kode, Periode mulai, Rulebook baru, String keterangan) {
        simpan(kode, mulai, baru, keterangan, null);
    }

    /** As above, refused with {@link RulebookKonflikException} when {@code tokenDilihat} is stale. */
    @Transactional
    public void simpan(String kode, Periode mulai, Rulebook baru, String keterangan, Long tokenDilihat) {
        if (!bolehUbah(kode)) {
            throw new AccessDeniedException("Hanya PKO pusat organisasi pengguna rulebook ini");
        }
        if (tokenDilihat != null && tokenDilihat != token(kode)) {
            throw new RulebookKonflikException(kode);
        }
        RulebookVersi dasar = versi.findByKodeOrderByBerlakuTahunDescBerlakuTriwulanDesc(kode).stream().findFirst()
                .orElseThrow(() -> new RulebookNotFoundException(kode));
        if (!baru.key().equals(kode)) {
            throw new BusinessRuleException("kode", "rulebook.kode.berbeda");
        }
        if (mulai.compareTo(periodeSekarang()) < 0) {
            throw new BusinessRuleException("berlakuTriwulan", "rulebook.berlaku.lampau", periodeSekarang().triwulan(),
                    periodeSekarang().tahun());
        }
        String json = RulebookJson.tulis(baru, dasar.getDefinisi());
        String oleh = AksesService.penggunaSaatIni().getUsername();
        versi.findByKodeAndBerlakuTahunAndBerlakuTriwulan(kode, mulai.tahun(), mulai.triwulan())
                .ifPresentOrElse(v -> v.ganti(json, keterangan, oleh, clock.instant()),
                        () -> versi.save(new RulebookVersi(kode, dasar.getNama(), mulai, json, keterangan, oleh)));
        versi.flush();
    }

    /**
     * A yes/no setting stored as a top-level key of the definition in force in a quarter (kept
     * outside the engine's value object, e.g. Marves "validationRequiresDko"); false when absent.
     */
    @Transactional(readOnly = true)
    public boolean setelan(String kode, Periode periode, String nama) {
        List<Boolean> v = jdbc.queryForList("""
                select coalesce((definisi ->> ?)::boolean, false) from rulebook_versi
                where kode = ? and (berlaku_tahun < ? or (berlaku_tahun = ? and berlaku_triwulan <= ?))
                order by berlaku_tahun desc, berlaku_triwulan desc limit 1""", Boolean.class, nama, kode,
                periode.tahun(), periode.tahun(), periode.triwulan());
        return !v.isEmpty() && Boolean.TRUE.equals(v.get(0));
    }

    /** Super admins, and the central PKO of an organisation that uses this rulebook. */
    public boolean bolehUbah(String kode) {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.KELOLA_RULEBOOK);
        if (cakupan.semua()) {
            return true;
        }
        return organisasi.pathAkarDenganRulebook(kode).stream().anyMatch(cakupan::mencakup);
    }
}
