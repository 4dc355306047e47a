package id.kinerja.penilaian;

import id.kinerja.akses.AksesService;
import id.kinerja.penilaian.AturanKeberatan.Langkah;
import id.kinerja.penilaian.PenilaianService.Penilaian;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.waktu.Waktu;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Employee objections to the year's individual results (Kemenlu §G.8): the employee files once,
 * within 14 days of receiving the result; the evaluator answers in writing (accepting lifts the
 * review's NP lock); a rejected objection goes to the evaluator's superior, whose decision is final.
 * Readable by whoever may read the results ({@link PenilaianService#penilaian}).
 */
@Service
public class KeberatanService {

    private final PenilaianService penilaian;
    private final KeberatanNckpRepository keberatan;
    private final NilaiPerilakuRepository nilaiPerilaku;
    private final ReviuNckpRepository reviu;
    private final PemberitahuanKeberatan pemberitahuan;
    private final Clock clock;

    KeberatanService(PenilaianService penilaian, KeberatanNckpRepository keberatan,
            NilaiPerilakuRepository nilaiPerilaku, ReviuNckpRepository reviu, PemberitahuanKeberatan pemberitahuan,
            Clock clock) {
        this.penilaian = penilaian;
        this.keberatan = keberatan;
        this.nilaiPerilaku = nilaiPerilaku;
        this.reviu = reviu;
        this.pemberitahuan = pemberitahuan;
        this.clock = clock;
    }

    /** The objection as the page shows it. */
    public record Keberatan(StatusKeberatan status, boolean atasNp, boolean atasNckp, boolean atasNckpFinal,
            String alasan, String diajukanOleh, OffsetDateTime diajukanPada, OffsetDateTime hasilDiterimaPada,
            LocalDate batasTanggapan, boolean tanggapanTerlambat, String tanggapan, String ditanggapiOleh,
            OffsetDateTime ditanggapiPada, String keputusan, String diputusOleh, OffsetDateTime diputusPada,
            boolean penilaianUlang, long version) {
    }

    /**
     * The position-year's objection state for the current user.
     *
     * @param hasilDiterima  when the employee received the result (null: nothing to object to yet)
     * @param batasPengajuan last day to file
     * @param terbuka        the filing window is open now
     * @param npTerbuka      an accepted objection has lifted the review's NP lock
     */
    public record KeberatanTampil(Keberatan keberatan, Langkah langkah, OffsetDateTime hasilDiterima,
            LocalDate batasPengajuan, boolean terbuka, boolean adaFinal, boolean npTerbuka) {
    }

    /** For a page already read with {@link PenilaianService#penilaian} (access checked there). */
    @Transactional(readOnly = true)
    public KeberatanTampil tampil(Penilaian p) {
        Long unitId = p.unit().id();
        Optional<KeberatanNckp> k = keberatan.findByUnitIdAndTahun(unitId, p.tahun());
        OffsetDateTime diterima = hasilDiterima(unitId, p.tahun());
        LocalDate hariIni = Waktu.hariIni(clock);
        LocalDate mulai = diterima == null ? null : diterima.atZoneSameInstant(Waktu.WIB).toLocalDate();
        Langkah langkah = AturanKeberatan.langkah(k.map(KeberatanNckp::getStatus).orElse(null), p.saya(),
                p.sayaPenilai(), p.sayaAtasanPenilai());
        return new KeberatanTampil(k.map(x -> lihat(x, hariIni)).orElse(null), langkah, diterima,
                mulai == null ? null : AturanKeberatan.batas(mulai), !AturanKeberatan.lewat(mulai, hariIni),
                p.reviu() != null, npTerbuka(k.orElse(null), p.reviu() == null ? null : p.reviu().direviuPada()));
    }

    /** The employee files the one objection of the position-year. */
    @Transactional
    public void ajukan(Long unitId, int tahun, boolean atasNp, boolean atasNckp, boolean atasNckpFinal,
            String alasan, Long version) {
        Penilaian p = penilaian.penilaian(unitId, tahun);
        Optional<KeberatanNckp> ada = keberatan.findByUnitIdAndTahun(unitId, tahun);
        if (!p.saya() || p.sayaPenilai() || p.sayaAtasanPenilai()) {
            throw new AccessDeniedException("Hanya pegawai yang dinilai mengajukan keberatan");
        }
        if (ada.isPresent()) {
            throw new BusinessRuleException("alasan", "penilaian.keberatan.sudahPernah");
        }
        if (version != null) {
            throw new ObjectOptimisticLockingFailureException(KeberatanNckp.class, unitId);
        }
        OffsetDateTime diterima = hasilDiterima(unitId, tahun);
        if (diterima == null) {
            throw new BusinessRuleException("alasan", "penilaian.keberatan.belumAdaHasil");
        }
        LocalDate mulai = diterima.atZoneSameInstant(Waktu.WIB).toLocalDate();
        if (AturanKeberatan.lewat(mulai, Waktu.hariIni(clock))) {
            throw new BusinessRuleException("alasan", "penilaian.keberatan.lewatBatas", AturanKeberatan.BATAS_HARI);
        }
        if (p.penilai() == null) {
            throw new BusinessRuleException("alasan", "penilaian.keberatan.tanpaPenilai");
        }
        KeberatanNckp baru;
        try {
            baru = keberatan.saveAndFlush(new KeberatanNckp(unitId, tahun, atasNp, atasNckp, atasNckpFinal,
                    p.reviu() != null, alasan, diterima, p.penilai().username(), saya(), OffsetDateTime.now(clock)));
        } catch (DataIntegrityViolationException e) {
            // filed at the same moment in another tab: the unique (unit, year) keeps the one right
            throw new ObjectOptimisticLockingFailureException(KeberatanNckp.class, unitId);
        }
        pemberitahuan.diajukan(baru, p.unit().nama());
    }

    /** The evaluator's written answer: accept, or reject and forward to the evaluator's superior. */
    @Transactional
    public void tanggapi(Long unitId, int tahun, Boolean terima, String tanggapan, Long version) {
        Penilaian p = penilaian.penilaian(unitId, tahun);
        KeberatanNckp k = milik(unitId, tahun, version);
        if (AturanKeberatan.langkah(k.getStatus(), p.saya(), p.sayaPenilai(), p.sayaAtasanPenilai())
                != Langkah.TANGGAPI) {
            if (k.getStatus() != StatusKeberatan.DIAJUKAN && p.sayaPenilai()) {
                throw new BusinessRuleException("tanggapan", "penilaian.keberatan.sudahDitanggapi");
            }
            throw new AccessDeniedException("Hanya pejabat penilai menanggapi keberatan");
        }
        if (terima == null) {
            throw new BusinessRuleException("terima", "penilaian.keberatan.pilihWajib");
        }
        k.tanggapi(terima, tanggapan, p.atasanPenilai() == null ? null : p.atasanPenilai().username(), saya(),
                OffsetDateTime.now(clock));
        keberatan.saveAndFlush(k);
        pemberitahuan.ditanggapi(k, p.unit().nama());
    }

    /** The final decision of the evaluator's superior, another person than the evaluator and the employee. */
    @Transactional
    public void putuskan(Long unitId, int tahun, Boolean terima, boolean penilaianUlang, String keputusan,
            Long version) {
        Penilaian p = penilaian.penilaian(unitId, tahun);
        KeberatanNckp k = milik(unitId, tahun, version);
        if (AturanKeberatan.langkah(k.getStatus(), p.saya(), p.sayaPenilai(), p.sayaAtasanPenilai())
                != Langkah.PUTUSKAN) {
            if (k.getStatus().selesai() && p.sayaAtasanPenilai() && !p.sayaPenilai()) {
                throw new BusinessRuleException("keputusan", "penilaian.keberatan.sudahDiputus");
            }
            throw new AccessDeniedException("Hanya atasan pejabat penilai memutus keberatan");
        }
        if (terima == null) {
            throw new BusinessRuleException("terima", "penilaian.keberatan.pilihWajib");
        }
        k.putuskan(terima, penilaianUlang, keputusan, saya(), OffsetDateTime.now(clock));
        keberatan.saveAndFlush(k);
        pemberitahuan.diputus(k, p.unit().nama());
    }

    /** Whether an accepted objection lets the evaluator change the year's NP despite the review. */
    static boolean npTerbuka(KeberatanNckp k, OffsetDateTime direviuPada) {
        return k != null && AturanKeberatan.npTerbuka(k.getStatus(), k.isPenilaianUlang(), k.diterimaPada(),
                direviuPada);
    }

    private KeberatanNckp milik(Long unitId, int tahun, Long version) {
        KeberatanNckp k = keberatan.findByUnitIdAndTahun(unitId, tahun)
                .orElseThrow(() -> new id.kinerja.platform.galat.NotFoundException("Keberatan", unitId));
        if (version == null || version != k.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(KeberatanNckp.class, unitId);
        }
        return k;
    }

    /** The later of the year's last review and last NP entry (see {@link AturanKeberatan#hasilDiterima}). */
    private OffsetDateTime hasilDiterima(Long unitId, int tahun) {
        OffsetDateTime np = nilaiPerilaku.findByUnitIdInAndTahun(List.of(unitId), tahun).stream()
                .map(NilaiPerilaku::getDinilaiPada).filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(null);
        OffsetDateTime rv = reviu.findByUnitIdAndTahun(unitId, tahun).map(ReviuNckp::getDireviuPada).orElse(null);
        return AturanKeberatan.hasilDiterima(rv, np);
    }

    private Keberatan lihat(KeberatanNckp k, LocalDate hariIni) {
        LocalDate diajukan = k.getDiajukanPada().atZoneSameInstant(Waktu.WIB).toLocalDate();
        LocalDate selesai = k.getDitanggapiPada() == null ? hariIni
                : k.getDitanggapiPada().atZoneSameInstant(Waktu.WIB).toLocalDate();
        return new Keberatan(k.getStatus(), k.isAtasNp(), k.isAtasNckp(), k.isAtasNckpFinal(), k.getAlasan(),
                k.getDiajukanOleh(), k.getDiajukanPada(), k.getHasilDiterimaPada(), AturanKeberatan.batas(diajukan),
                AturanKeberatan.lewat(diajukan, selesai), k.getTanggapan(), k.getDitanggapiOleh(), k.getDitanggapiPada(),
                k.getKeputusan(), k.getDiputusOleh(), k.getDiputusPada(), k.isPenilaianUlang(), k.getVersion());
    }

    private static String saya() {
        return AksesService.penggunaSaatIni().getUsername();
    }
}
