package id.kinerja.scoring;

/**
 * A predikat judged by a rulebook.
 *
 * @param code  stable code: the predikat band's code, or the {@link Band} name when the rulebook
 *              shows status-band labels as predikat
 * @param label label as defined in the rulebook (Indonesian)
 */
public record Predikat(String code, String label) {
}
