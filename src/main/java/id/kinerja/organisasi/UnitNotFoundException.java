package id.kinerja.organisasi;

import id.kinerja.platform.galat.NotFoundException;

public class UnitNotFoundException extends NotFoundException {

    public UnitNotFoundException(Long id) {
        super("Unit", id);
    }
}
