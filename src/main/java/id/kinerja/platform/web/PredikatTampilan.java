package id.kinerja.platform.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The predikat in the page's language ({@code ${@predikat.teks(h.predikatKode, h.predikat, #locale)}}).
 * The rulebook carries Indonesian labels (an admin may word them otherwise), so Indonesian pages show
 * the rulebook's label as it stands; other languages show {@code scoring.predikat.<code>}, or the
 * rulebook's label when the code has no translation (a custom rulebook's own predikat).
 */
@Component("predikat")
public class PredikatTampilan {

    private final MessageSource messages;

    PredikatTampilan(MessageSource messages) {
        this.messages = messages;
    }

    /** Null when there is no predikat (no score): templates add their own dash. */
    public String teks(String kode, String label, Locale locale) {
        if (kode == null || locale == null || "id".equals(locale.getLanguage())) {
            return label;
        }
        return messages.getMessage("scoring.predikat." + kode, null, label, locale);
    }
}
