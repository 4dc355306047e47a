package id.kinerja.laporan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.organisasi.TahunBerjalan;
import id.kinerja.perencanaan.RencanaKinerjaApi;
import id.kinerja.perencanaan.RencanaKinerjaApi.PkBerlaku;
import id.kinerja.platform.galat.NotFoundException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reports start page: units within reach, and per unit the year's LKj with their state. */
@Service
public class LaporanIndeks {

    static final int MAKS_UNIT = 300;

    private final AksesService akses;
    private final OrganisasiQuery organisasi;
    private final LkjRepository lkj;
    private final TahunBerjalan tahunBerjalan;
    private final RencanaKinerjaApi rencana;

    LaporanIndeks(AksesService akses, OrganisasiQuery organisasi, LkjRepository lkj, TahunBerjalan tahunBerjalan,
            RencanaKinerjaApi rencana) {
        this.akses = akses;
        this.organisasi = organisasi;
        this.lkj = lkj;
        this.tahunBerjalan = tahunBerjalan;
        this.rencana = rencana;
    }

    public record UnitBaris(Long id, String kode, String nama, int kedalaman, boolean pemilikPeta) {
    }

    public record Daftar(int tahun, List<UnitBaris> unit, boolean terpotong) {
    }

    /** {@code adaPk}: an approved PK is in force by the period's quarter (else there is no LKj to open). */
    public record PeriodeBaris(PeriodeLkj periode, StatusLkj status, boolean adaPk) {
    }

    public record UnitHalaman(Long unitId, String unitKode, String unit, int tahun, List<PeriodeBaris> periode) {
    }

    @Transactional(readOnly = true)
    public Daftar daftar() {
        AksesService.Cakupan c = akses.cakupan(Aksi.LIHAT);
        Map<Long, UnitInfo> semua = new LinkedHashMap<>();
        if (c.semua()) {
            organisasi.subtree("").stream().limit(MAKS_UNIT + 1L).forEach(u -> semua.put(u.id(), u));
        } else {
            for (AksesService.Penugasan p : c.penugasan()) {
                for (UnitInfo u : organisasi.subtree(p.unitPath())) {
                    if (semua.size() > MAKS_UNIT) {
                        break;
                    }
                    if (akses.boleh(Aksi.LIHAT, u.id())) {
                        semua.put(u.id(), u);
                    }
                }
            }
        }
        List<UnitBaris> baris = new ArrayList<>();
        semua.values().stream().filter(UnitInfo::aktif).limit(MAKS_UNIT)
                .forEach(u -> baris.add(new UnitBaris(u.id(), u.kode(), u.nama(), u.kedalaman(), u.pemilikPeta())));
        return new Daftar(tahunBerjalan.tahunBawaan(), baris, semua.size() > MAKS_UNIT);
    }

    @Transactional(readOnly = true)
    public UnitHalaman unit(Long unitId, Integer tahun) {
        akses.periksa(Aksi.LIHAT, unitId);
        UnitInfo u = organisasi.unit(unitId).orElseThrow(() -> new NotFoundException("Unit", unitId));
        int th = tahun == null ? tahunBerjalan.tahunBawaan() : tahun;
        if (th < LkjService.TAHUN_MIN || th > LkjService.TAHUN_MAKS) {
            throw new NotFoundException("Tahun", th);
        }
        Map<PeriodeLkj, StatusLkj> ada = new LinkedHashMap<>();
        lkj.findByUnitIdAndTahun(unitId, th).forEach(l -> ada.put(l.getPeriode(), l.getStatus()));
        List<PkBerlaku> versi = rencana.semuaVersi(List.of(u.id()), u.organisasiId(), th)
                .getOrDefault(u.id(), List.of());
        List<PeriodeBaris> periode = new ArrayList<>();
        for (PeriodeLkj p : PeriodeLkj.values()) {
            periode.add(new PeriodeBaris(p, ada.getOrDefault(p, StatusLkj.DRAF),
                    RencanaKinerjaApi.pilih(versi, p.triwulan()).isPresent()));
        }
        return new UnitHalaman(u.id(), u.kode(), u.nama(), th, periode);
    }
}
