package id.kinerja.kalender;

import java.time.LocalDate;
import java.util.List;

/**
 * A notice another module sends to one named user through the calendar's notifications: one row in
 * {@code /notifikasi} (and the inbox count) and, exactly like the deadline reminders, an e-mail when
 * mail is configured and the user has an address, sent by {@link PengingatService}'s queue (claimed
 * once, retried by the daily run). The sender's key makes a repeated notice a no-op, so a job may
 * run twice.
 */
public interface KirimPemberitahuan {

    /**
     * Text: bundle keys {@code <pesan>.notifikasi} (in-app line), {@code <pesan>.subjek} and
     * {@code <pesan>.isi} (e-mail, Indonesian), with {0} the unit's name, {1} the year, {2} the due date
     * (empty without one), {3} the link (the base URL put before it in the e-mail), {4}… {@code argumen}.
     *
     * @param kunci    the sender's key, unique over all notices (prefix it with the module)
     * @param username the one recipient (an inactive or unknown user gets nothing)
     * @param tautan   an application path starting with a single {@code /}
     */
    record Pemberitahuan(String kunci, String username, long unitId, String unitNama, int tahun, String pesan,
            List<String> argumen, LocalDate tenggat, String tautan) {

        public Pemberitahuan {
            if (kunci == null || kunci.isBlank() || kunci.length() > 200) {
                throw new IllegalArgumentException("kunci 1..200");
            }
            if (pesan == null || pesan.isBlank() || pesan.length() > 100) {
                throw new IllegalArgumentException("pesan 1..100");
            }
            if (tautan == null || !tautan.startsWith("/") || tautan.startsWith("//") || tautan.length() > 300) {
                throw new IllegalArgumentException("tautan must be an application path");
            }
            argumen = argumen == null ? List.of() : List.copyOf(argumen);
        }
    }

    /**
     * Records the notice in the caller's transaction (if any); the e-mail goes out after it commits.
     *
     * @return false when the key was already used or the user is not an active user
     */
    boolean kirim(Pemberitahuan p);
}
