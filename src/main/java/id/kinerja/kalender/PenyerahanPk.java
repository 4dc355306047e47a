package id.kinerja.kalender;

import id.kinerja.perencanaan.PenetapanPkBaca;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A PK counts as handed in when its first version was approved (ditetapkan). */
@Component
class PenyerahanPk implements PenyerahanDokumen {

    private final PenetapanPkBaca pk;

    PenyerahanPk(PenetapanPkBaca pk) {
        this.pk = pk;
    }

    @Override
    public JenisDokumen jenis() {
        return JenisDokumen.PK;
    }

    @Override
    public Map<Long, Instant> diserahkan(Collection<Long> unitIds, int tahun, String periode) {
        return pk.ditetapkanPertama(unitIds, tahun);
    }
}
