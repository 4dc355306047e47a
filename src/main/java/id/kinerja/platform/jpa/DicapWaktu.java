package id.kinerja.platform.jpa;

import java.time.Instant;

/** A row that records when it was created, stamped by {@link StempelWaktu} from the one clock. */
public interface DicapWaktu {

    /** Sets the creation time once; later calls keep the first. */
    void catatDibuat(Instant waktu);
}
