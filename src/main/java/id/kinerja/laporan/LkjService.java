package id.kinerja.laporan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.Peran;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.organisasi.OrganisasiQuery;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import id.kinerja.platform.web.TeksMasuk;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LKj use cases: draft from the data, edit the narrative, submit, sign (freeze and archive), and
 * serve the PDF and Word files at their stable URLs. A planner who drafted or submitted a report
 * never signs it (PemisahanTugas, document kind {@value #JENIS}).
 */
@Service
public class LkjService {

    static final String JENIS = "LKJ";
    static final int TAHUN_MIN = 2000;
    static final int TAHUN_MAKS = 2100;

    private final LkjRepository lkj;
    private final LkjBagianRepository bagian;
    private final LkjArsipRepository arsip;
    private final LkjPenyusun penyusun;
    private final NaskahPdf pdf;
    private final NaskahDocx docx;
    private final AksesService akses;
    private final PemisahanTugas tugas;
    private final OrganisasiQuery organisasi;
    private final Clock clock;

    LkjService(LkjRepository lkj, LkjBagianRepository bagian, LkjArsipRepository arsip, LkjPenyusun penyusun,
            NaskahPdf pdf, NaskahDocx docx, AksesService akses, PemisahanTugas tugas, OrganisasiQuery organisasi,
            Clock clock) {
        this.lkj = lkj;
        this.bagian = bagian;
        this.arsip = arsip;
        this.penyusun = penyusun;
        this.pdf = pdf;
        this.docx = docx;
        this.akses = akses;
        this.tugas = tugas;
        this.organisasi = organisasi;
        this.clock = clock;
    }

    public enum Format {
        PDF, DOCX
    }

    public record Berkas(byte[] isi, String nama, boolean arsip, String sha256) {
    }

    /** A narrative section as the editor shows it. */
    public record Bagian(String kunci, String judul, String teks, Long version, boolean ditulis, String diisiOleh) {
    }

    public record Halaman(Long unitId, String unitKode, String unit, int tahun, PeriodeLkj periode, StatusLkj status,
            Long version, boolean bolehSusun, boolean bolehTandatangani, boolean ikutMenyusun, String diajukanOleh,
            String ditandatanganiOleh, String sha256Pdf, Naskah naskah, Map<String, Bagian> bagian) {
    }

    /** The unit by code among the user's reach (codes are unique within one organisation). */
    public UnitInfo unit(String unitKode) {
        if (unitKode == null || unitKode.length() > 40) {
            throw new NotFoundException("Unit", unitKode);
        }
        List<UnitInfo> semua = organisasi.unitDenganKode(unitKode);
        if (semua.isEmpty()) {
            throw new NotFoundException("Unit", unitKode);
        }
        return semua.stream().filter(u -> akses.boleh(Aksi.LIHAT, u.id())).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Di luar jangkauan"));
    }

    static PeriodeLkj periode(String teks) {
        return PeriodeLkj.dari(teks).orElseThrow(() -> new NotFoundException("Periode LKj", teks));
    }

    private static void periksaTahun(int tahun) {
        if (tahun < TAHUN_MIN || tahun > TAHUN_MAKS) {
            throw new NotFoundException("Tahun", tahun);
        }
    }

    @Transactional(readOnly = true)
    public Halaman halaman(String unitKode, int tahun, String periodeTeks) {
        UnitInfo u = unit(unitKode);
        periksaTahun(tahun);
        PeriodeLkj p = periode(periodeTeks);
        Lkj l = lkj.findByUnitIdAndTahunAndPeriode(u.id(), tahun, p).orElse(null);
        Map<String, LkjBagian> tersimpan = tersimpan(l);
        Naskah n = susun(u, tahun, p, l, tersimpan);
        Map<String, Bagian> sections = new LinkedHashMap<>();
        String judul = null;
        for (Naskah.Blok b : n.blok()) {
            if (b instanceof Naskah.Judul j) {
                judul = j.teks();
            } else if (b instanceof Naskah.Paragraf par && par.kunci() != null) {
                LkjBagian s = tersimpan.get(par.kunci());
                sections.put(par.kunci(), new Bagian(par.kunci(), judul, par.teks(), s == null ? null : s.getVersion(),
                        s != null, s == null ? null : s.getDiisiOleh()));
            }
        }
        StatusLkj status = l == null ? StatusLkj.DRAF : l.getStatus();
        boolean ikut = l != null && tugas.ikutMenyusun(JENIS, l.getId());
        String hash = l == null ? null : arsip.daftar(u.id(), tahun).stream()
                .filter(a -> a.lkjId().equals(l.getId())).map(LkjArsipRepository.Baris::sha256Pdf).findFirst().orElse(null);
        return new Halaman(u.id(), u.kode(), u.nama(), tahun, p, status, l == null ? null : l.getVersion(),
                status == StatusLkj.DRAF && akses.boleh(Aksi.SUSUN, u.id()),
                status == StatusLkj.DIAJUKAN && pimpinan(u) && !ikut, ikut,
                l == null ? null : l.getDiajukanOleh(), l == null ? null : l.getDitandatanganiOleh(), hash, n, sections);
    }

    /** Saves one narrative section of the draft; a stale version is refused (409). */
    @Transactional
    public void simpanBagian(String unitKode, int tahun, String periodeTeks, String kunci, String teks, Long version) {
        UnitInfo u = unit(unitKode);
        akses.periksa(Aksi.SUSUN, u.id());
        periksaTahun(tahun);
        PeriodeLkj p = periode(periodeTeks);
        String bersih = teks == null ? "" : TeksMasuk.bersihkan(teks).strip();
        if (bersih.isEmpty()) {
            throw new BusinessRuleException("teks", "lkj.teks.wajib");
        }
        if (bersih.length() > LkjBagian.MAKS_TEKS) {
            throw new BusinessRuleException("teks", "lkj.teks.terlaluPanjang", LkjBagian.MAKS_TEKS);
        }
        if (kunci == null || kunci.length() > 80) {
            throw new NotFoundException("Bagian LKj", kunci);
        }
        Lkj l = kunciAtauBuat(u, tahun, p);
        l.periksaBolehDiubah();
        Map<String, LkjBagian> tersimpan = tersimpan(l);
        Set<String> boleh = susun(u, tahun, p, l, tersimpan).blok().stream()
                .filter(b -> b instanceof Naskah.Paragraf par && par.kunci() != null)
                .map(b -> ((Naskah.Paragraf) b).kunci()).collect(Collectors.toSet());
        if (!boleh.contains(kunci)) {
            throw new NotFoundException("Bagian LKj", kunci);
        }
        String oleh = AksesService.penggunaSaatIni().getUsername();
        LkjBagian ada = tersimpan.get(kunci);
        if (ada == null) {
            if (version != null) {
                throw new ObjectOptimisticLockingFailureException(LkjBagian.class, kunci);
            }
            bagian.save(new LkjBagian(l, kunci, bersih, oleh));
        } else {
            if (version == null || ada.getVersion() != version) {
                throw new ObjectOptimisticLockingFailureException(LkjBagian.class, ada.getId());
            }
            if (!ada.getTeks().equals(bersih)) {
                ada.ubah(bersih, oleh);
            }
        }
        tugas.catat(JENIS, l.getId(), PemisahanTugas.Peran.SUSUN);
    }

    @Transactional
    public void ajukan(String unitKode, int tahun, String periodeTeks, Long version) {
        UnitInfo u = unit(unitKode);
        akses.periksa(Aksi.SUSUN, u.id());
        periksaTahun(tahun);
        PeriodeLkj p = periode(periodeTeks);
        Lkj l = kunciAtauBuat(u, tahun, p);
        periksaVersi(l, version);
        // the report must be draftable from the data (a PK in force) before it goes up
        susun(u, tahun, p, l, tersimpan(l));
        l.ajukan(AksesService.penggunaSaatIni().getUsername(), clock.instant());
        tugas.catat(JENIS, l.getId(), PemisahanTugas.Peran.AJUKAN);
    }

    @Transactional
    public void kembalikan(String unitKode, int tahun, String periodeTeks, Long version) {
        Lkj l = untukKeputusan(unitKode, tahun, periodeTeks, version);
        l.kembalikan();
    }

    /** The head signs: the report is frozen and its PDF and Word files archived with their SHA-256. */
    @Transactional
    public String tandatangani(String unitKode, int tahun, String periodeTeks, Long version) {
        Lkj l = untukKeputusan(unitKode, tahun, periodeTeks, version);
        l.tandatangani(AksesService.penggunaSaatIni().getUsername(), clock.instant());
        UnitInfo u = unit(unitKode);
        Naskah n = susun(u, tahun, l.getPeriode(), l, tersimpan(l));
        LkjArsip a = arsip.save(new LkjArsip(l, pdf.render(n), docx.render(n), Waktu.hariIni(clock)));
        return a.getSha256Pdf();
    }

    private Lkj untukKeputusan(String unitKode, int tahun, String periodeTeks, Long version) {
        UnitInfo u = unit(unitKode);
        akses.periksa(Aksi.SETUJUI, u.id());
        if (!pimpinan(u)) {
            // a unit's performance manager may approve plans, but the LKj is signed in the head's name
            throw new AccessDeniedException("LKj ditandatangani atau dikembalikan oleh pimpinan unit");
        }
        periksaTahun(tahun);
        PeriodeLkj p = periode(periodeTeks);
        Lkj l = lkj.findForUpdateByUnitIdAndTahunAndPeriode(u.id(), tahun, p)
                .orElseThrow(() -> new BusinessRuleException("status", "lkj.belumDiajukan"));
        periksaVersi(l, version);
        tugas.periksaBolehMemutuskan(JENIS, l.getId());
        return l;
    }

    /** The head of the unit or of a unit above it (Pimpinan), or a super admin. */
    private boolean pimpinan(UnitInfo u) {
        AksesService.Cakupan c = akses.cakupan(Aksi.SETUJUI);
        return c.semua() || c.penugasan().stream()
                .anyMatch(t -> t.peran() == Peran.PIMPINAN && u.path().startsWith(t.unitPath()));
    }

    /** The stable URL's file: the signed copy once signed, the current draft before. */
    @Transactional(readOnly = true)
    public Berkas berkas(String unitKode, int tahun, String periodeTeks, Format format) {
        UnitInfo u = unit(unitKode);
        periksaTahun(tahun);
        PeriodeLkj p = periode(periodeTeks);
        String nama = "LKj-" + u.kode() + "-" + tahun + "-" + p.name() + (format == Format.PDF ? ".pdf" : ".docx");
        Lkj l = lkj.findByUnitIdAndTahunAndPeriode(u.id(), tahun, p).orElse(null);
        if (l != null && l.getStatus() == StatusLkj.DITANDATANGANI) {
            LkjArsip a = arsip.findByLkjId(l.getId()).orElseThrow(() -> new NotFoundException("Arsip LKj", l.getId()));
            return format == Format.PDF ? new Berkas(a.getPdf(), nama, true, a.getSha256Pdf())
                    : new Berkas(a.getDocx(), nama, true, a.getSha256Docx());
        }
        Naskah n = susun(u, tahun, p, l, tersimpan(l));
        return new Berkas(format == Format.PDF ? pdf.render(n) : docx.render(n), nama, false, null);
    }

    /** A report of the data alone, without workflow (benchmarks; the caller's reach is checked). */
    @Transactional(readOnly = true)
    public Naskah naskah(String unitKode, int tahun, String periodeTeks) {
        UnitInfo u = unit(unitKode);
        periksaTahun(tahun);
        PeriodeLkj p = periode(periodeTeks);
        Lkj l = lkj.findByUnitIdAndTahunAndPeriode(u.id(), tahun, p).orElse(null);
        return susun(u, tahun, p, l, tersimpan(l));
    }

    byte[] pdf(Naskah n) {
        return pdf.render(n);
    }

    byte[] docx(Naskah n) {
        return docx.render(n);
    }

    private Naskah susun(UnitInfo u, int tahun, PeriodeLkj p, Lkj l, Map<String, LkjBagian> tersimpan) {
        Map<String, String> teks = new HashMap<>();
        tersimpan.forEach((k, v) -> teks.put(k, v.getTeks()));
        StatusLkj status = l == null ? StatusLkj.DRAF : l.getStatus();
        LocalDate tanggal = l != null && l.getDitandatanganiPada() != null
                ? l.getDitandatanganiPada().atZone(Waktu.WIB).toLocalDate() : Waktu.hariIni(clock);
        return penyusun.susun(new LkjPenyusun.Konteks(u, tahun, p, status, tanggal, teks));
    }

    private Map<String, LkjBagian> tersimpan(Lkj l) {
        if (l == null || l.getId() == null) {
            return Map.of();
        }
        return bagian.findByLkjId(l.getId()).stream()
                .collect(Collectors.toMap(LkjBagian::getKunci, b -> b, (a, b) -> a));
    }

    private Lkj kunciAtauBuat(UnitInfo u, int tahun, PeriodeLkj p) {
        return lkj.findForUpdateByUnitIdAndTahunAndPeriode(u.id(), tahun, p)
                .orElseGet(() -> lkj.saveAndFlush(new Lkj(u.id(), tahun, p)));
    }

    private static void periksaVersi(Lkj l, Long version) {
        if (l.getId() != null && version != null && !Objects.equals(l.getVersion(), version)) {
            throw new ObjectOptimisticLockingFailureException(Lkj.class, l.getId());
        }
    }
}
