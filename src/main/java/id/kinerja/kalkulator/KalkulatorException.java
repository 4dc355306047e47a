package id.kinerja.kalkulator;

import java.util.List;

/** Input the engine cannot score; every problem names its field path and says why, in words. */
public class KalkulatorException extends RuntimeException {

    public record Pelanggaran(String field, String code, String message) {
    }

    private final transient List<Pelanggaran> pelanggaran;

    public KalkulatorException(List<Pelanggaran> pelanggaran) {
        super(pelanggaran.isEmpty() ? "input tidak sah" : pelanggaran.get(0).message());
        this.pelanggaran = List.copyOf(pelanggaran);
    }

    public List<Pelanggaran> getPelanggaran() {
        return pelanggaran;
    }
}
