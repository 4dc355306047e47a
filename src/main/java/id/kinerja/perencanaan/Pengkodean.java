package id.kinerja.perencanaan;

import java.util.Comparator;
import java.util.List;

/**
 * Kemenlu Tabel 3.41-3.42: SS are numbered S1, S2 … by perspective (stakeholder, customer,
 * internal process, learning & growth) then left to right on the map; IKU S{n}.{m}-{CP|C|N} by
 * their order within the SS. Codes are derived, never typed; a change of the map renumbers and
 * the audit trail keeps the old codes.
 */
final class Pengkodean {

    private Pengkodean() {
    }

    static void kodeUlang(List<SasaranStrategis> sasaran, List<Iku> iku) {
        List<SasaranStrategis> urut = sasaran.stream()
                .sorted(Comparator.comparing((SasaranStrategis s) -> s.getPerspektif().ordinal())
                        .thenComparingInt(SasaranStrategis::getPosisi)
                        .thenComparing(SasaranStrategis::getId))
                .toList();
        for (int i = 0; i < urut.size(); i++) {
            SasaranStrategis ss = urut.get(i);
            String kodeSs = "S" + (i + 1);
            ss.kode(kodeSs);
            List<Iku> milik = iku.stream().filter(k -> k.getSs().getId().equals(ss.getId()))
                    .sorted(Comparator.comparingInt(Iku::getUrutan).thenComparing(Iku::getId)).toList();
            for (int j = 0; j < milik.size(); j++) {
                milik.get(j).kode(kodeSs + "." + (j + 1) + "-" + milik.get(j).getJenisCascading().name());
            }
        }
    }
}
