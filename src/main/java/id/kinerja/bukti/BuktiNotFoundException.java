package id.kinerja.bukti;

import id.kinerja.platform.galat.NotFoundException;

public class BuktiNotFoundException extends NotFoundException {

    public BuktiNotFoundException(Object id) {
        super("Bukti dukung", id);
    }
}
