package id.kinerja.rulebook;

import id.kinerja.platform.galat.NotFoundException;

public class RulebookNotFoundException extends NotFoundException {

    public RulebookNotFoundException(String kode) {
        super("Rulebook", kode);
    }
}
