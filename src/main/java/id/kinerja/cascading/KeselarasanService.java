package id.kinerja.cascading;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.organisasi.Unit;
import id.kinerja.organisasi.UnitNotFoundException;
import id.kinerja.organisasi.UnitRepository;
import id.kinerja.perencanaan.Iku;
import id.kinerja.perencanaan.IkuRepository;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Alignment between units on the same level and the crosscutting chart of an IKU: which units of
 * this ministry, and which other ministries (by name), contribute and with what role.
 */
@Service
public class KeselarasanService {

    private final KeselarasanRepository keselarasan;
    private final KontributorCrosscuttingRepository kontributor;
    private final IkuRepository ikus;
    private final UnitRepository units;
    private final AksesService akses;

    KeselarasanService(KeselarasanRepository keselarasan, KontributorCrosscuttingRepository kontributor,
            IkuRepository ikus, UnitRepository units, AksesService akses) {
        this.keselarasan = keselarasan;
        this.kontributor = kontributor;
        this.ikus = ikus;
        this.units = units;
        this.akses = akses;
    }

    public record Selaras(Long id, Keselarasan.Jenis jenis, boolean sebagaiPendukung, String unit, String kode,
            String nama, String keterangan) {
    }

    public record Kontributor(Long id, String pihak, boolean eksternal, String peran) {
    }

    public record Kandidat(Long id, String unit, String kode, String nama) {
    }

    public record Data(Long ikuId, List<Selaras> selaras, List<Kandidat> kandidat, List<Kontributor> kontributor,
            boolean bolehUbah) {
    }

    @Transactional(readOnly = true)
    public Data data(Long ikuId) {
        Iku iku = muat(ikuId);
        Unit unit = iku.getSs().getPk().getUnit();
        akses.periksa(Aksi.LIHAT, unit.getId());
        List<Selaras> selaras = keselarasan.findByIku(ikuId).stream().map(k -> {
            boolean sayaPendukung = k.getPendukung().getId().equals(ikuId);
            Iku lain = sayaPendukung ? k.getIku() : k.getPendukung();
            return new Selaras(k.getId(), k.getJenis(), sayaPendukung, lain.getSs().getPk().getUnit().getNama(),
                    lain.getKode(), lain.getNama(), k.getKeterangan());
        }).toList();
        // only IKU of units this user may open: the list must not reveal the rest of the tree
        AksesService.Cakupan lihat = akses.cakupan(Aksi.LIHAT);
        List<Kandidat> kandidat = ikus.findSelevel(unit.getOrganisasi().getId(), unit.getLevel().getKedalaman(),
                        unit.getId(), iku.getSs().getPk().getTahunAnggaran().getId()).stream()
                .filter(i -> lihat.mencakup(i.getSs().getPk().getUnit().getPath()))
                .limit(300)
                .map(i -> new Kandidat(i.getId(), i.getSs().getPk().getUnit().getNama(), i.getKode(), i.getNama()))
                .toList();
        List<Kontributor> pihak = kontributor.findByIkuIdOrderById(ikuId).stream()
                .map(k -> new Kontributor(k.getId(), k.getUnit() != null ? k.getUnit().getNama() : k.getNamaEksternal(),
                        k.getUnit() == null, k.getPeran()))
                .toList();
        return new Data(ikuId, selaras, kandidat, pihak,
                akses.boleh(Aksi.SUSUN, unit.getId()) && iku.getSs().getPk().getStatus().dapatDiubah());
    }

    /** A same-level IKU of another unit supports (or chains into) this one. */
    @Transactional
    public void selaraskan(Long ikuId, Long pendukungId, Keselarasan.Jenis jenis, String keterangan) {
        Iku iku = muatUntukDiubah(ikuId);
        Unit unit = iku.getSs().getPk().getUnit();
        if (pendukungId == null || jenis == null) {
            throw new BusinessRuleException("pendukungId", "selaras.wajib");
        }
        Iku pendukung = muat(pendukungId);
        Unit unitPendukung = pendukung.getSs().getPk().getUnit();
        // the answer (and its message) must not name a unit this user may not open
        akses.periksa(Aksi.LIHAT, unitPendukung.getId());
        String ujung = iku.getKode() + " (" + unit.getNama() + ") ← " + pendukung.getKode() + " ("
                + unitPendukung.getNama() + ")";
        if (!unitPendukung.getOrganisasi().getId().equals(unit.getOrganisasi().getId())
                || unitPendukung.getLevel().getKedalaman() != unit.getLevel().getKedalaman()
                || unitPendukung.getId().equals(unit.getId())) {
            throw new BusinessRuleException("pendukungId", "selaras.bukanSelevel", ujung);
        }
        if (keselarasan.existsByIkuIdAndPendukungId(ikuId, pendukungId)) {
            throw new BusinessRuleException("pendukungId", "cascading.duplikat", ujung);
        }
        batasPanjang("keterangan", "selaras.keterangan", keterangan, 500);
        keselarasan.saveAndFlush(new Keselarasan(iku, pendukung, jenis, blank(keterangan)));
    }

    @Transactional
    public void hapusSelaras(Long ikuId, Long id) {
        Keselarasan k = keselarasan.findById(id).filter(x -> x.getIku().getId().equals(ikuId))
                .orElseThrow(() -> new NotFoundException("Keselarasan", id));
        muatUntukDiubah(k.getIku().getId());
        keselarasan.delete(k);
        keselarasan.flush();
    }

    /** A contributor: a unit of this ministry (by id) or another ministry/agency (by name). */
    @Transactional
    public void tambahKontributor(Long ikuId, Long unitId, String namaEksternal, String peran) {
        Iku iku = muatUntukDiubah(ikuId);
        if (peran == null || peran.isBlank()) {
            throw new BusinessRuleException("peran", "crosscutting.peran.wajib");
        }
        Unit unit = null;
        if (unitId != null) {
            Long organisasiId = iku.getSs().getPk().getUnit().getOrganisasi().getId();
            // a unit of another ministry is named, not picked: its id is answered as unknown
            unit = units.findById(unitId).filter(u -> u.getOrganisasi().getId().equals(organisasiId))
                    .orElseThrow(() -> new UnitNotFoundException(unitId));
            // the page lists contributors' names: an id outside the user's reach must not reveal one
            akses.periksa(Aksi.LIHAT, unitId);
        } else if (namaEksternal == null || namaEksternal.isBlank()) {
            throw new BusinessRuleException("namaEksternal", "crosscutting.pihak.wajib");
        }
        batasPanjang("peran", "crosscutting.peran", peran, 500);
        batasPanjang("namaEksternal", "crosscutting.namaEksternal", namaEksternal, 300);
        kontributor.saveAndFlush(new KontributorCrosscutting(iku, unit, unit == null ? namaEksternal.trim() : null,
                peran.trim()));
    }

    @Transactional
    public void hapusKontributor(Long ikuId, Long id) {
        KontributorCrosscutting k = kontributor.findById(id).filter(x -> x.getIku().getId().equals(ikuId))
                .orElseThrow(() -> new NotFoundException("Kontributor", id));
        muatUntukDiubah(k.getIku().getId());
        kontributor.delete(k);
        kontributor.flush();
    }

    /** The IKU whose links change: the user drafts its unit's plan, and the PK is still a draft. */
    private Iku muatUntukDiubah(Long ikuId) {
        Iku iku = muat(ikuId);
        akses.periksa(Aksi.SUSUN, iku.getSs().getPk().getUnit().getId());
        if (!iku.getSs().getPk().getStatus().dapatDiubah()) {
            throw new BusinessRuleException("pk", "pk.tidakDapatDiubah");
        }
        return iku;
    }

    private Iku muat(Long ikuId) {
        return ikus.findById(ikuId).orElseThrow(() -> new NotFoundException("IKU", ikuId));
    }

    /** "Peran paling banyak 500 karakter.": the message names the field by its label. */
    private static void batasPanjang(String field, String label, String nilai, int maks) {
        if (nilai != null && nilai.trim().length() > maks) {
            throw new BusinessRuleException(field, "bidang.terlaluPanjang", new DefaultMessageSourceResolvable(label),
                    String.valueOf(maks));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
