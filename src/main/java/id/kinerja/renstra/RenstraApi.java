package id.kinerja.renstra;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What reports read from a Renstra (no access check: the caller has checked the unit's reach).
 * IKU are matched to the PK's by code.
 */
@Service
public class RenstraApi {

    private final RenstraRepository renstra;

    RenstraApi(RenstraRepository renstra) {
        this.renstra = renstra;
    }

    public record IkuRenstra(String kode, String nama, String satuan, BigDecimal targetAkhir, BigDecimal targetNasional,
            Map<Integer, RenstraIku.PerTahun> perTahun) {

        public BigDecimal targetTahun(int tahun) {
            RenstraIku.PerTahun p = perTahun.get(tahun);
            return p == null ? null : p.target();
        }
    }

    public record RenstraBaca(Long unitId, int tahunMulai, int tahunSelesai, Map<String, IkuRenstra> iku) {
    }

    /** The Renstra of the unit whose period covers the year. */
    @Transactional(readOnly = true)
    public Optional<RenstraBaca> untuk(Long unitId, int tahun) {
        return renstra.findByUnitIdOrderByTahunMulaiDesc(unitId).stream().filter(r -> r.mencakup(tahun)).findFirst()
                .map(r -> new RenstraBaca(r.getUnitId(), r.getTahunMulai(), r.getTahunSelesai(),
                        r.getIku().stream().map(i -> new IkuRenstra(i.getIkuKode(), i.getIkuNama(), i.getSatuan(),
                                i.getTargetAkhir(), i.getTargetNasional(), i.getPerTahun().stream().collect(
                                        Collectors.toMap(RenstraIku.PerTahun::tahun, Function.identity(), (a, b) -> a))))
                                .collect(Collectors.toMap(IkuRenstra::kode, Function.identity(), (a, b) -> a,
                                        LinkedHashMap::new))));
    }
}
