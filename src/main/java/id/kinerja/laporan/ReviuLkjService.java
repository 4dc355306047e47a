package id.kinerja.laporan;

import id.kinerja.akses.Aksi;
import id.kinerja.akses.AksesService;
import id.kinerja.akses.PemisahanTugas;
import id.kinerja.organisasi.OrganisasiQuery.UnitInfo;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.web.TeksMasuk;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inspectorate's review (reviu) of a signed annual LKj, due by 10 February (reporting calendar
 * REVIU_LKJ). "Reviewed" = a review record on the signed annual report by a user holding VALIDASI
 * on the unit (the validators — the inspectorate's reviewers hold that role — or the central PKO)
 * who neither drafted, submitted nor signed it. One record per report; the frozen report itself is
 * not touched.
 */
@Service
public class ReviuLkjService {

    private final LkjService lkjService;
    private final LkjRepository lkj;
    private final LkjReviuRepository reviu;
    private final AksesService akses;
    private final PemisahanTugas tugas;
    private final Clock clock;

    ReviuLkjService(LkjService lkjService, LkjRepository lkj, LkjReviuRepository reviu, AksesService akses,
            PemisahanTugas tugas, Clock clock) {
        this.lkjService = lkjService;
        this.lkj = lkj;
        this.reviu = reviu;
        this.akses = akses;
        this.tugas = tugas;
        this.clock = clock;
    }

    /** What the annual LKj page shows: the review if any, and whether the user may record one. */
    public record Tampilan(String catatan, String oleh, String pada, boolean bolehReviu) {
    }

    private static final java.time.format.DateTimeFormatter WAKTU = java.time.format.DateTimeFormatter
            .ofPattern("d MMMM yyyy HH:mm 'WIB'", java.util.Locale.forLanguageTag("id-ID"));

    @Transactional(readOnly = true)
    public Tampilan tampilan(String unitKode, int tahun, String periodeTeks) {
        UnitInfo u = lkjService.unit(unitKode);
        PeriodeLkj p = LkjService.periode(periodeTeks);
        if (!p.tahunan()) {
            return null;
        }
        Lkj l = lkj.findByUnitIdAndTahunAndPeriode(u.id(), tahun, p).orElse(null);
        if (l == null || l.getStatus() != StatusLkj.DITANDATANGANI) {
            return null;
        }
        LkjReviu r = reviu.findByLkjId(l.getId()).orElse(null);
        if (r != null) {
            return new Tampilan(r.getCatatan(), r.getDireviuOleh(),
                    WAKTU.format(r.getDireviuPada().atZone(id.kinerja.platform.waktu.Waktu.WIB)), false);
        }
        return new Tampilan(null, null, null, akses.boleh(Aksi.VALIDASI, u.id()) && alasanTidakBoleh(l) == null);
    }

    /** Records the review of the unit's signed annual LKj of the year. */
    @Transactional
    public void catat(String unitKode, int tahun, String catatan) {
        UnitInfo u = lkjService.unit(unitKode);
        akses.periksa(Aksi.VALIDASI, u.id());
        String bersih = catatan == null ? "" : TeksMasuk.bersihkan(catatan).strip();
        List<BusinessRuleException> salah = new ArrayList<>();
        if (bersih.isEmpty()) {
            salah.add(new BusinessRuleException("catatan", "lkj.reviu.catatan.wajib"));
        } else if (bersih.length() > LkjReviu.MAKS_CATATAN) {
            salah.add(new BusinessRuleException("catatan", "lkj.reviu.catatan.terlaluPanjang", LkjReviu.MAKS_CATATAN));
        }
        if (!salah.isEmpty()) {
            throw BusinessRuleException.semua(salah);
        }
        Lkj l = lkj.findForUpdateByUnitIdAndTahunAndPeriode(u.id(), tahun, PeriodeLkj.TAHUN)
                .filter(x -> x.getStatus() == StatusLkj.DITANDATANGANI)
                .orElseThrow(() -> new BusinessRuleException("status", "lkj.reviu.belumDitandatangani"));
        String alasan = alasanTidakBoleh(l);
        if (alasan != null) {
            throw new BusinessRuleException("status", alasan);
        }
        reviu.save(new LkjReviu(l, bersih, AksesService.penggunaSaatIni().getUsername(), clock.instant()));
    }

    private String alasanTidakBoleh(Lkj l) {
        if (reviu.findByLkjId(l.getId()).isPresent()) {
            return "lkj.reviu.sudahAda";
        }
        String saya = AksesService.penggunaSaatIni().getUsername();
        if (saya.equals(l.getDitandatanganiOleh()) || tugas.ikutMenyusun(LkjService.JENIS, l.getId())) {
            return "tugas.terpisah";
        }
        return null;
    }
}
