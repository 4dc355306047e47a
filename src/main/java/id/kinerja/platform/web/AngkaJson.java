package id.kinerja.platform.web;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.platform.angka.BatasAngka;
import id.kinerja.platform.angka.HasilAngka;
import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every BigDecimal read from JSON, by any API, is bounded before anything computes with it:
 * numbers by precision and scale ({@code 1e1000000} is refused without being expanded), text the
 * Indonesian way. A refusal is an {@link AngkaJsonTidakSah} carrying the JSON path of the field.
 */
@Configuration(proxyBeanMethods = false)
public class AngkaJson {

    @Bean
    JacksonModule angkaJsonModule() {
        return new SimpleModule("angka-indonesia").addDeserializer(BigDecimal.class, new Pembaca());
    }

    static final class Pembaca extends StdScalarDeserializer<BigDecimal> {

        Pembaca() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            JsonToken token = p.currentToken();
            HasilAngka h;
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                // the text is at most the parser's max number length (1000); its BigDecimal is cheap
                h = AngkaIndonesia.periksa(p.getDecimalValue(), BatasAngka.NILAI);
            } else if (token == JsonToken.VALUE_STRING) {
                h = AngkaIndonesia.baca(p.getString(), BatasAngka.NILAI);
            } else {
                return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
            }
            if (!h.sah()) {
                throw new AngkaJsonTidakSah(p, h);
            }
            return h.nilai();
        }
    }

    /** A JSON number out of bounds; its path names the field, {@link #hasil()} says why. */
    public static final class AngkaJsonTidakSah extends InvalidFormatException {

        private final transient HasilAngka hasil;

        AngkaJsonTidakSah(JsonParser p, HasilAngka hasil) {
            super(p, hasil.kode(), null, BigDecimal.class);
            this.hasil = hasil;
        }

        public HasilAngka hasil() {
            return hasil;
        }
    }
}
