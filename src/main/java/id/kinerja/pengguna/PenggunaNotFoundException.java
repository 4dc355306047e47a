package id.kinerja.pengguna;

import id.kinerja.platform.galat.NotFoundException;

public class PenggunaNotFoundException extends NotFoundException {

    public PenggunaNotFoundException(Long id) {
        super("Pengguna", id);
    }
}
