package id.kinerja.rulebook;

import id.kinerja.scoring.Rulebook;
import tools.jackson.databind.json.JsonMapper;

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
}
