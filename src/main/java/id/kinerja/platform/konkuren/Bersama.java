package id.kinerja.platform.konkuren;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/** Waiting for a result another thread computes for everyone (the caches' single computation per key). */
public final class Bersama {

    private Bersama() {
    }

    /** The result, or the computation's own exception as it was thrown. */
    public static <T> T tunggu(CompletableFuture<T> f) {
        try {
            return f.get();
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        } catch (ExecutionException ex) {
            if (ex.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (ex.getCause() instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(ex.getCause());
        }
    }
}
