package id.kinerja.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;

/** The JSON edge of {@link TeksMasuk}: every String read from a request body is checked and NFC-normalised. */
@Configuration(proxyBeanMethods = false)
class TeksMasukJson {

    @Bean
    JacksonModule teksMasukModule() {
        SimpleModule module = new SimpleModule("teks-masuk");
        module.addDeserializer(String.class, new StdScalarDeserializer<String>(String.class) {
            @Override
            public String deserialize(JsonParser p, DeserializationContext ctxt) {
                String nilai = StringDeserializer.instance.deserialize(p, ctxt);
                try {
                    return TeksMasuk.normalisasi(nilai);
                } catch (IllegalArgumentException e) {
                    return (String) ctxt.handleWeirdStringValue(String.class, nilai, e.getMessage());
                }
            }
        });
        return module;
    }
}
