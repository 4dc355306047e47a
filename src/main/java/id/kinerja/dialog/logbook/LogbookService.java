package id.kinerja.dialog.logbook;

import id.kinerja.akses.AksesService;
import id.kinerja.akses.Aksi;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.perencanaan.RencanaAksiBaca;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.waktu.Waktu;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Kemenkes logbook of an individual position (a unit of kind JABATAN, or any unit): entries are
 * written by whoever drafts for the unit; entries marked "perlu diskusi" wait for the next dialog
 * with the superior (a head or manager above), who answers them.
 */
@Service
public class LogbookService {

    static final int TAUTAN_MAKS = 500;
    static final int RINCIAN_MAKS = 2000;

    private final LogbookHarianRepository logbook;
    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final RencanaAksiBaca renaksi;
    private final Clock clock;

    LogbookService(LogbookHarianRepository logbook, AksesService akses, OrganisasiQuery organisasi,
            RencanaAksiBaca renaksi, Clock clock) {
        this.logbook = logbook;
        this.akses = akses;
        this.organisasi = organisasi;
        this.renaksi = renaksi;
        this.clock = clock;
    }

    public record Entri(Long id, long version, LocalDate tanggal, String kegiatan, String rincian, String tautan,
            LogbookHarian.Kategori kategori, String penulis, String jawaban, String dijawabOleh) {
    }

    public record Kegiatan(Long id, String label) {
    }

    public record Halaman(Long unitId, String unit, String unitKode, String organisasi, YearMonth bulan,
            List<Entri> entri, List<Entri> menungguDiskusi, List<Kegiatan> kegiatan, boolean bolehTulis,
            boolean bolehJawab, String pejabatNama, String pejabatJabatan, String pejabatNip) {
    }

    @Transactional(readOnly = true)
    public Halaman halaman(Long unitId, YearMonth bulan) {
        akses.periksa(Aksi.LIHAT, unitId);
        if (bulan.getYear() < 2000 || bulan.getYear() > 2100) {
            throw new NotFoundException("Bulan", bulan);
        }
        UnitInfo unit = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        List<Kegiatan> kegiatan = kegiatan(unitId, bulan);
        Map<Long, String> label = kegiatan.stream().collect(Collectors.toMap(Kegiatan::id, Kegiatan::label, (a, b) -> a));
        Function<LogbookHarian, Entri> view = l -> new Entri(l.getId(), l.getVersion(), l.getTanggal(),
                l.getKegiatanId() == null ? null : label.getOrDefault(l.getKegiatanId(), "#" + l.getKegiatanId()),
                l.getRincian(), l.getTautan(), l.getKategori(), l.getPenulis(), l.getJawaban(), l.getDijawabOleh());
        var pihak = renaksi.pkBerlaku(unitId, bulan.getYear(), (bulan.getMonthValue() + 2) / 3);
        return new Halaman(unitId, unit.nama(), unit.kode(), unit.organisasi(), bulan,
                logbook.findTop500ByUnitIdAndTanggalBetweenOrderByTanggalAscIdAsc(unitId, bulan.atDay(1),
                        bulan.atEndOfMonth()).stream().map(view).toList(),
                logbook.findTop200ByUnitIdAndKategoriAndJawabanIsNullOrderByTanggalAscIdAsc(unitId,
                        LogbookHarian.Kategori.PERLU_DISKUSI).stream().map(view).toList(),
                kegiatan, akses.boleh(Aksi.SUSUN, unitId), bolehJawab(unit),
                pihak.map(RencanaAksiBaca.PkBerlaku::pihakPertamaNama).orElse(null),
                pihak.map(RencanaAksiBaca.PkBerlaku::pihakPertamaJabatan).orElse(unit.nama()),
                pihak.map(RencanaAksiBaca.PkBerlaku::pihakPertamaNip).orElse(null));
    }

    /** Rencana Aksi activities of the PK in force in the month's quarter. */
    private List<Kegiatan> kegiatan(Long unitId, YearMonth bulan) {
        int tw = (bulan.getMonthValue() + 2) / 3;
        return renaksi.pkBerlaku(unitId, bulan.getYear(), tw)
                .map(pk -> renaksi.kegiatan(pk.pkId()).stream().filter(k -> k.triwulan() == tw)
                        .map(k -> new Kegiatan(k.id(), k.ikuKode() + " — " + k.nama())).toList())
                .orElse(List.of());
    }

    @Transactional
    public Long tulis(Long unitId, LocalDate tanggal, Long kegiatanId, String rincian, String tautan,
            LogbookHarian.Kategori kategori) {
        akses.periksa(Aksi.SUSUN, unitId);
        List<BusinessRuleException> galat = new ArrayList<>();
        LocalDate hariIni = Waktu.hariIni(clock);
        if (tanggal == null) {
            galat.add(new BusinessRuleException("tanggal", "logbook.tanggal.wajib"));
        } else if (tanggal.isAfter(hariIni) || tanggal.isBefore(hariIni.minusYears(1))) {
            galat.add(new BusinessRuleException("tanggal", "logbook.tanggal.tidakSah"));
        }
        String r = rincian == null ? "" : rincian.trim();
        if (r.isEmpty()) {
            galat.add(new BusinessRuleException("rincian", "dialog.isian.wajib"));
        } else if (r.length() > RINCIAN_MAKS) {
            galat.add(new BusinessRuleException("rincian", "dialog.teks.terlaluPanjang", "rincian", RINCIAN_MAKS));
        }
        String t = tautan == null || tautan.isBlank() ? null : tautan.trim();
        if (t != null && !tautanSah(t)) {
            galat.add(new BusinessRuleException("tautan", "logbook.tautan.tidakSah", TAUTAN_MAKS));
        }
        if (kategori == null) {
            galat.add(new BusinessRuleException("kategori", "logbook.kategori.wajib"));
        }
        if (kegiatanId != null && tanggal != null
                && kegiatan(unitId, YearMonth.from(tanggal)).stream().noneMatch(k -> k.id().equals(kegiatanId))) {
            galat.add(new BusinessRuleException("kegiatanId", "logbook.kegiatan.bukanRenaksi"));
        }
        if (!galat.isEmpty()) {
            throw galat.size() == 1 ? galat.get(0) : BusinessRuleException.semua(galat);
        }
        return logbook.saveAndFlush(new LogbookHarian(unitId, AksesService.penggunaSaatIni().getUsername(), tanggal,
                kegiatanId, r, t, kategori)).getId();
    }

    /** The stored answer of an entry (to show a refused answer again next to it), after the reader's access check. */
    public record JawabanTersimpan(Long unitId, long version, String jawaban, String dijawabOleh) {
    }

    @Transactional(readOnly = true)
    public JawabanTersimpan jawabanTersimpan(Long entriId) {
        LogbookHarian l = logbook.findById(entriId).orElseThrow(() -> new NotFoundException("Logbook", entriId));
        akses.periksa(Aksi.LIHAT, l.getUnitId());
        return new JawabanTersimpan(l.getUnitId(), l.getVersion(), l.getJawaban(), l.getDijawabOleh());
    }

    /** The superior answers an entry queued for discussion; returns the unit id. */
    @Transactional
    public Long jawab(Long entriId, long version, String jawaban) {
        LogbookHarian l = logbook.findById(entriId).orElseThrow(() -> new NotFoundException("Logbook", entriId));
        akses.periksa(Aksi.LIHAT, l.getUnitId());
        UnitInfo unit = organisasi.unit(l.getUnitId()).orElseThrow();
        if (!bolehJawab(unit) || l.getPenulis().equals(AksesService.penggunaSaatIni().getUsername())) {
            throw new AccessDeniedException("Bukan atasan");
        }
        if (l.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(LogbookHarian.class, entriId);
        }
        String j = jawaban == null ? "" : jawaban.trim();
        if (j.isEmpty()) {
            throw new BusinessRuleException("jawaban", "dialog.isian.wajib");
        }
        if (j.length() > RINCIAN_MAKS) {
            throw new BusinessRuleException("jawaban", "dialog.teks.terlaluPanjang", "jawaban", RINCIAN_MAKS);
        }
        l.jawab(j, AksesService.penggunaSaatIni().getUsername(), clock.instant());
        logbook.flush();
        return l.getUnitId();
    }

    /** The superior: a head or manager of the unit above (approves what this unit submits). */
    private boolean bolehJawab(UnitInfo unit) {
        return unit.indukId() != null ? akses.boleh(Aksi.SETUJUI, unit.indukId()) : akses.boleh(Aksi.SETUJUI, unit.id());
    }

    /** Only absolute http(s) links of bounded length: the entry points to a document, nothing else. */
    static boolean tautanSah(String t) {
        if (t.length() > TAUTAN_MAKS) {
            return false;
        }
        try {
            URI u = new URI(t);
            return ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme()))
                    && u.getHost() != null && !u.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
