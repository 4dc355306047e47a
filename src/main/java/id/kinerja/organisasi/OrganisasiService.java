package id.kinerja.organisasi;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations (ministries), their level names, and their fiscal years with periods. */
@Service
public class OrganisasiService {

    /** Realisasi is due this many days after a period ends (Marves: the 5th day). */
    static final int HARI_BATAS_LAPOR = 5;

    private final OrganisasiRepository organisasi;
    private final UnitLevelRepository levels;
    private final UnitRepository units;
    private final TahunAnggaranRepository tahun;
    private final PeriodeRepository periode;
    private final AksesService akses;

    OrganisasiService(OrganisasiRepository organisasi, UnitLevelRepository levels, UnitRepository units,
            TahunAnggaranRepository tahun, PeriodeRepository periode, AksesService akses) {
        this.organisasi = organisasi;
        this.levels = levels;
        this.units = units;
        this.tahun = tahun;
        this.periode = periode;
        this.akses = akses;
    }

    public record LevelBaru(String kode, String nama, boolean pemilikPeta) {
    }

    public record OrganisasiBaru(String kode, String nama, String singkatan, String rulebookKey, String kota,
            List<LevelBaru> level, String namaUnitAkar, String kodeUnitAkar, String jabatanKepala) {
    }

    /** A new ministry with its level names and its root unit. Super admin only. */
    @Transactional
    public OrganisasiView buat(OrganisasiBaru baru) {
        if (!akses.superAdmin()) {
            throw new AccessDeniedException("Hanya super admin yang dapat menambah organisasi");
        }
        return buatTanpaPemeriksaan(baru);
    }

    /** For the first start (demo seed, bootstrap) when nobody is signed in yet. */
    @Transactional
    public OrganisasiView buatTanpaPemeriksaan(OrganisasiBaru baru) {
        if (organisasi.findByKode(baru.kode()).isPresent()) {
            throw new BusinessRuleException("kode", "organisasi.kode.duplikat", baru.kode());
        }
        if (baru.level().isEmpty()) {
            throw new BusinessRuleException("level", "organisasi.level.wajib");
        }
        Organisasi org = organisasi.save(new Organisasi(baru.kode(), baru.nama(), baru.singkatan(),
                baru.rulebookKey(), baru.kota()));
        List<UnitLevel> dibuat = new ArrayList<>();
        for (int i = 0; i < baru.level().size(); i++) {
            LevelBaru l = baru.level().get(i);
            dibuat.add(levels.save(new UnitLevel(org, i, l.kode(), l.nama(), l.pemilikPeta())));
        }
        Unit akar = new Unit(org, null, dibuat.get(0), baru.kodeUnitAkar(), baru.namaUnitAkar(),
                JenisUnit.UNIT_KERJA, dibuat.get(0).isPemilikPeta(), baru.jabatanKepala(), 0);
        units.saveAndFlush(akar);
        akar.tetapkanPath();
        units.flush();
        return view(org);
    }

    @Transactional(readOnly = true)
    public List<OrganisasiView> semua() {
        return organisasi.findAll(Sort.by("nama")).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public OrganisasiView lihat(Long id) {
        return view(organisasi.findById(id).orElseThrow(() -> new NotFoundException("Organisasi", id)));
    }

    private OrganisasiView view(Organisasi o) {
        Long akar = units.findRoots(o.getId()).stream().findFirst().map(Unit::getId).orElse(null);
        List<String> namaLevel = levels.findByOrganisasiIdOrderByKedalaman(o.getId()).stream()
                .map(UnitLevel::getNama).toList();
        return new OrganisasiView(o.getId(), o.getKode(), o.getNama(), o.getSingkatan(), o.getRulebookKey(),
                o.getKota(), akar, namaLevel);
    }

    /** Organisations whose root unit the current user may manage (central PKO, super admin). */
    @Transactional(readOnly = true)
    public List<OrganisasiView> dapatDikelola() {
        AksesService.Cakupan cakupan = akses.cakupan(Aksi.KELOLA_ORGANISASI);
        return organisasi.findAll(Sort.by("nama")).stream()
                .filter(o -> units.findRoots(o.getId()).stream().anyMatch(r -> cakupan.mencakup(r.getPath())))
                .map(this::view).toList();
    }

    public record HalamanTahun(OrganisasiView organisasi, List<TahunAnggaranView> tahun) {
    }

    @Transactional(readOnly = true)
    public HalamanTahun halamanTahun(Long organisasiId) {
        return new HalamanTahun(lihat(organisasiId), tahunAnggaran(organisasiId));
    }

    /** Fiscal years of the organisations whose root the user may manage. */
    @Transactional(readOnly = true)
    public List<TahunAnggaranView> tahunAnggaran(Long organisasiId) {
        periksaKelolaOrganisasi(organisasiId);
        return tahun.findByOrganisasiIdOrderByTahunDesc(organisasiId).stream().map(this::view).toList();
    }

    /** Opens a fiscal year and generates all its periods: 12 months, 4 quarters, 2 semesters, the year. */
    @Transactional
    public TahunAnggaranView bukaTahun(Long organisasiId, int th) {
        periksaKelolaOrganisasi(organisasiId);
        return bukaTahunTanpaPemeriksaan(organisasiId, th);
    }

    @Transactional
    public TahunAnggaranView bukaTahunTanpaPemeriksaan(Long organisasiId, int th) {
        Organisasi org = organisasi.findById(organisasiId)
                .orElseThrow(() -> new NotFoundException("Organisasi", organisasiId));
        if (th < 2000 || th > 2100) {
            throw new BusinessRuleException("tahun", "tahun.tidakSah");
        }
        if (tahun.findByOrganisasiIdAndTahun(organisasiId, th).isPresent()) {
            throw new BusinessRuleException("tahun", "tahun.duplikat", String.valueOf(th));
        }
        TahunAnggaran ta = tahun.save(new TahunAnggaran(org, th, StatusTahun.PERENCANAAN));
        for (JenisPeriode jenis : JenisPeriode.values()) {
            for (int n = 1; n <= jenis.jumlahPerTahun(); n++) {
                LocalDate mulai = LocalDate.of(th, (n - 1) * jenis.bulanPerPeriode() + 1, 1);
                LocalDate selesai = mulai.plusMonths(jenis.bulanPerPeriode()).minusDays(1);
                periode.save(new Periode(ta, jenis, n, mulai, selesai, selesai.plusDays(HARI_BATAS_LAPOR)));
            }
        }
        periode.flush();
        return view(ta);
    }

    @Transactional
    public TahunAnggaranView ubahStatusTahun(Long id, long version, StatusTahun status) {
        TahunAnggaran ta = tahun.findById(id).orElseThrow(() -> new NotFoundException("Tahun anggaran", id));
        periksaKelolaOrganisasi(ta.getOrganisasi().getId());
        if (ta.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(TahunAnggaran.class, id);
        }
        ta.ubahStatus(status);
        tahun.flush();
        return view(ta);
    }

    private TahunAnggaranView view(TahunAnggaran ta) {
        var p = periode.findByTahunAnggaranIdOrderByJenisAscNomorAsc(ta.getId()).stream()
                .map(x -> new TahunAnggaranView.PeriodeView(x.getId(), x.getJenis(), x.getNomor(), x.getKode(),
                        x.getMulai(), x.getSelesai(), x.getBatasLapor()))
                .toList();
        return new TahunAnggaranView(ta.getId(), ta.getOrganisasi().getId(), ta.getOrganisasi().getSingkatan(),
                ta.getTahun(), ta.getStatus(), ta.getVersion(), p);
    }

    /** Fiscal years are the central PKO's: manage rights on the organisation's root unit. */
    private void periksaKelolaOrganisasi(Long organisasiId) {
        Long akar = units.findRoots(organisasiId).stream().findFirst().map(Unit::getId)
                .orElseThrow(() -> new NotFoundException("Organisasi", organisasiId));
        akses.periksa(Aksi.KELOLA_ORGANISASI, akar);
    }
}
