package id.kinerja.demo;

import java.util.Map;

/**
 * A later step of the demo seed (validation, dialogs, reports…), run after the plans and the
 * realisations, in {@link org.springframework.core.annotation.Order} order, inside the seed's
 * transaction and acting as the seeding super admin. {@code unitIds} maps unit codes to ids.
 */
interface LangkahDemo {

    void seed(Map<String, Long> unitIds);
}
