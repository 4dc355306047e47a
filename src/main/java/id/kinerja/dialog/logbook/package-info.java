/** The logbook (catatan harian) of individual positions: its service is used by the demo seed. */
@NamedInterface("logbook")
package id.kinerja.dialog.logbook;

import org.springframework.modulith.NamedInterface;
