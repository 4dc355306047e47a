package id.kinerja.perencanaan;

import id.kinerja.organisasi.JenisPeriode;
import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.galat.NotFoundException;
import java.math.BigDecimal;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one door through which an approved change request (dialog module) opens a PK revision: the
 * existing revision mechanism ({@link PerencanaanService#ubahVersi} rules: only the latest approved
 * version, the rulebook's revision cut-off, earlier quarters frozen), pre-filled with the new
 * target. The revision stays a draft the unit reviews, submits and gets approved as usual. The
 * caller checks who may decide; this class checks nothing about the user.
 */
@Service
public class RevisiTargetApi {

    private final PerencanaanService perencanaan;
    private final PerjanjianKinerjaRepository pks;
    private final IkuRepository ikus;
    private final TargetPeriodeRepository targets;

    RevisiTargetApi(PerencanaanService perencanaan, PerjanjianKinerjaRepository pks, IkuRepository ikus,
            TargetPeriodeRepository targets) {
        this.perencanaan = perencanaan;
        this.pks = pks;
        this.ikus = ikus;
        this.targets = targets;
    }

    /** The IKU of a PK version, if it belongs to it: unit id, code and current target. */
    public record IkuDiPk(Long ikuId, Long pkId, Long unitId, String kode, String nama, String satuan,
            BigDecimal target) {
    }

    @Transactional(readOnly = true)
    public Optional<IkuDiPk> iku(Long pkId, Long ikuId) {
        return ikus.findById(ikuId).filter(i -> i.getSs().getPk().getId().equals(pkId))
                .map(i -> new IkuDiPk(i.getId(), pkId, i.getSs().getPk().getUnit().getId(), i.getKode(),
                        i.getNama(), i.getSatuan(), i.getTarget()));
    }

    /**
     * Opens a revision of {@code pkId} in force from {@code mulaiTriwulan}. With an IKU and a new
     * target, that IKU's target and its trajectory periods from that quarter on carry the new
     * value; periods before it keep the old ones. Returns the new version's id.
     */
    @Transactional
    public Long bukaRevisi(Long pkId, int mulaiTriwulan, String alasan, Long ikuId, BigDecimal targetBaru) {
        PerjanjianKinerja lama = pks.findById(pkId).orElseThrow(() -> new NotFoundException("PK", pkId));
        Long baruId = perencanaan.bukaVersi(pkId, lama.getVersion(), JenisPk.REVISI, mulaiTriwulan, alasan).id();
        if (ikuId == null || targetBaru == null) {
            return baruId;
        }
        Iku iku = ikus.findByPkId(baruId).stream()
                .filter(i -> i.getAsal() != null && i.getAsal().getId().equals(ikuId)).findFirst()
                .orElseThrow(() -> new NotFoundException("IKU", ikuId));
        IkuParameters p = iku.parameters();
        if (p.target() == null) {
            // a range target (stabilize) is not changed by one number
            throw new BusinessRuleException("targetBaru", "dialog.permintaan.targetRentang");
        }
        iku.terapkan(p.withTarget(targetBaru));
        JenisPeriode jenis = iku.getPeriodePelaporan();
        int bulanBeku = (mulaiTriwulan - 1) * 3;
        for (TargetPeriode t : targets.findByIkuIdOrderByNomor(iku.getId())) {
            // a period that ends after the frozen months takes the new target
            if (t.getJenisPeriode() == jenis && t.getNomor() * jenis.bulanPerPeriode() > bulanBeku) {
                t.ubah(targetBaru);
            }
        }
        targets.flush();
        ikus.flush();
        return baruId;
    }
}
