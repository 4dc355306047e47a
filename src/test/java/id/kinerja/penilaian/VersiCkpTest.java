package id.kinerja.penilaian;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.realisasi.SkorService.HasilSkor;
import id.kinerja.scoring.CkpVersion;
import id.kinerja.scoring.IndividualScores;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** PK versions read off the quarters, and the ancestors of a unit path. */
class VersiCkpTest {

    private static HasilSkor h(long pkId, int versi, String skor) {
        return new HasilSkor(1L, "J", "Jabatan", 2026, 1, false, pkId, versi, "KEMENLU_BSC", null,
                skor == null ? null : new BigDecimal(skor), null, null, null, List.of(), List.of(), List.of(), null);
    }

    @Test
    void revisiSetelahTwIIMembuatDuaVersiDuaTriwulan() {
        var v = PenilaianService.versi(new HasilSkor[] {h(1, 1, "105"), h(1, 1, "107"), h(2, 2, "110"), h(2, 2, "104")});
        assertThat(v).extracting(PenilaianService.VersiCkp::versiPk, PenilaianService.VersiCkp::jumlahTw)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 2));
        BigDecimal tahunan = IndividualScores.ckpTahunan(v.stream().map(x -> new CkpVersion(x.ckp(), x.jumlahTw())).toList());
        assertThat(tahunan).isEqualByComparingTo("105.5"); // scoring.md §10: 107 × 2/4 + 104 × 2/4
    }

    @Test
    void komplemenDariTwIIDanTriwulanTanpaPkDilewati() {
        var v = PenilaianService.versi(new HasilSkor[] {h(1, 1, "101"), h(3, 1, "120"), h(3, 1, "118"), h(3, 1, "115")});
        BigDecimal tahunan = IndividualScores.ckpTahunan(v.stream().map(x -> new CkpVersion(x.ckp(), x.jumlahTw())).toList());
        assertThat(tahunan).isEqualByComparingTo("111.5"); // 101 × 1/4 + 115 × 3/4
        var kosong = PenilaianService.versi(new HasilSkor[] {null, h(3, 1, "90"), h(3, 1, "90"), h(3, 1, "90")});
        assertThat(kosong).singleElement().satisfies(x -> assertThat(x.dariTw()).isEqualTo(2));
    }

    @Test
    void leluhurTerdekatDulu() {
        assertThat(PenilaianService.leluhur("/1/5/9/", 9L)).containsExactly(5L, 1L);
        assertThat(PenilaianService.leluhur("/1/", 1L)).isEmpty();
    }
}
