/** Analysis of an IKU per quarter and its follow-ups: used by the demo seed and the dialog module. */
@NamedInterface("analisis")
package id.kinerja.realisasi.analisis;

import org.springframework.modulith.NamedInterface;
