package id.kinerja.rulebook;

import id.kinerja.scoring.Rulebook;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The stored form of a rulebook: the engine's value object as JSON. */
final class RulebookJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RulebookJson() {
    }

    static Rulebook baca(String json) {
        return JSON.readValue(json, Rulebook.class);
    }

    static String tulis(Rulebook rulebook) {
        return JSON.writeValueAsString(rulebook);
    }

    /**
     * The new rulebook, keeping the settings of {@code jsonDasar} that live outside the engine's
     * value object (top-level keys it does not know, e.g. Marves "validationRequiresDko").
     */
    static String tulis(Rulebook rulebook, String jsonDasar) {
        var baru = (ObjectNode) JSON.valueToTree(rulebook);
        if (jsonDasar != null) {
            var dasar = JSON.readTree(jsonDasar);
            dasar.propertyNames().forEach(k -> {
                if (!baru.has(k)) {
                    baru.set(k, dasar.get(k));
                }
            });
        }
        return JSON.writeValueAsString(baru);
    }
}
