package id.kinerja.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.cfg.JsonNodeFeature;

/**
 * Limits of the application's JSON reader (every request body of the API): no value larger than a
 * request may be ({@link BatasUnggahFilter} bounds the body itself), nesting at most
 * {@link #MAKS_KEDALAMAN} levels; numbers keep Jackson's 1000 characters (a longer one is refused
 * by the reader; a shorter one reaches AngkaJson and is refused there naming its field). A JSON
 * float read into a tree keeps every digit (BigDecimal, never a double: 123456789012.123456 is not
 * rounded, 1e400 is not Infinity) so the one number parser bounds it.
 */
@Configuration(proxyBeanMethods = false)
class JsonBatas {

    /** Our request bodies are two or three levels deep. */
    static final int MAKS_KEDALAMAN = 32;
    /** A single string: the longest text field is a few thousand characters. */
    static final int MAKS_PANJANG_TEKS = 100_000;

    @Bean
    JsonFactoryBuilderCustomizer batasBacaJson() {
        return b -> b.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAKS_KEDALAMAN)
                .maxStringLength(MAKS_PANJANG_TEKS).build());
    }

    @Bean
    JsonMapperBuilderCustomizer angkaPohonUtuh() {
        return b -> b.enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }
}
