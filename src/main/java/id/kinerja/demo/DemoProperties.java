package id.kinerja.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kinerja.demo.*} ({@code KINERJA_DEMO}).
 *
 * @param enabled seed the demo on an empty database; unset (or empty) = on exactly when the
 *        application runs on its own embedded database
 */
@ConfigurationProperties("kinerja.demo")
record DemoProperties(Boolean enabled) {

    /** Whether demo mode is on, given whether the embedded database runs. */
    boolean aktif(boolean embeddedBerjalan) {
        return enabled == null ? embeddedBerjalan : enabled;
    }
}
