package id.kinerja.platform.galat;

/** A typed "no such record" that the controller advice turns into a 404 page or problem. */
public class NotFoundException extends RuntimeException {

    private final String entitas;
    private final Object id;

    public NotFoundException(String entitas, Object id) {
        super(entitas + " " + id + " tidak ditemukan");
        this.entitas = entitas;
        this.id = id;
    }

    public String getEntitas() {
        return entitas;
    }

    public Object getId() {
        return id;
    }
}
