package id.kinerja.rulebook;

/** Someone saved the rulebook after the editor was opened: the save is refused (HTTP 409). */
public class RulebookKonflikException extends RuntimeException {

    public RulebookKonflikException(String kode) {
        super("Rulebook " + kode + " changed since the form was opened");
    }
}
