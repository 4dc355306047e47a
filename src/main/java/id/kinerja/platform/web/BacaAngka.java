package id.kinerja.platform.web;

import id.kinerja.platform.galat.BusinessRuleException;
import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import java.math.BigDecimal;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A request parameter read by {@link AngkaIndonesia}; a refusal is a rule broken at that field. */
public final class BacaAngka {

    private BacaAngka() {
    }

    /** The value (null when blank), or a {@link BusinessRuleException} naming the field and the reason. */
    public static BigDecimal atauTolak(String teks, BatasAngka batas, String field, String labelKey) {
        HasilAngka h = AngkaIndonesia.baca(teks, batas);
        if (!h.sah()) {
            throw new BusinessRuleException(field, "angka.diField",
                    new DefaultMessageSourceResolvable(new String[] {labelKey}, labelKey), AngkaBinderAdvice.alasan(h));
        }
        return h.nilai();
    }
}
