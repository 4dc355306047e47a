package id.kinerja.rulebook;

import id.kinerja.platform.web.NotFoundException;

public class RulebookNotFoundException extends NotFoundException {

    public RulebookNotFoundException(String kode) {
        super("Rulebook", kode);
    }
}
