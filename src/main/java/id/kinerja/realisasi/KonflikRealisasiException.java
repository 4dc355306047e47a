package id.kinerja.realisasi;

/**
 * The value cannot be changed in its present state (locked quarter, submitted report, value
 * derived from the units below): answered with 409 and a message naming the reason.
 */
public class KonflikRealisasiException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    public KonflikRealisasiException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgs() {
        return args;
    }
}
