package id.kinerja.kalender;

import id.kinerja.perencanaan.PenetapanPkBaca;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Manual IKU is part of the PK (one record per IKU, printed at /perencanaan/pk/{id}/manual-iku):
 * it is handed in with the PK's first approval, whose submission check already demands the
 * manual's fields the scoring needs (validity, control or quality tier, polarisation, target).
 */
@Component
class PenyerahanManualIku implements PenyerahanDokumen {

    private final PenetapanPkBaca pk;

    PenyerahanManualIku(PenetapanPkBaca pk) {
        this.pk = pk;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.MANUAL_IKU;
    }

    @Override
    public Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode) {
        return pk.ditetapkanPertama(unitIds, tahun);
    }
}
