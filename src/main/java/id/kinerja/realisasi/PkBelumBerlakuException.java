package id.kinerja.realisasi;

import id.kinerja.platform.galat.NotFoundException;

/** No approved PK is in force for the unit in that year/quarter: nothing to report against. */
public class PkBelumBerlakuException extends NotFoundException {

    public PkBelumBerlakuException(String unitKode, int tahun) {
        super("Perjanjian Kinerja yang ditetapkan", unitKode + "/" + tahun);
    }
}
