package id.kinerja.perencanaan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** The Manual IKU's history: target and realisation of the two previous years (Y-2, Y-1), each optional. */
@Embeddable
public record RiwayatIku(
        @Column(name = "data_y2_target") BigDecimal dataY2Target,
        @Column(name = "data_y2_realisasi") BigDecimal dataY2Realisasi,
        @Column(name = "data_y1_target") BigDecimal dataY1Target,
        @Column(name = "data_y1_realisasi") BigDecimal dataY1Realisasi) {

    /** No history (a new IKU). */
    public static final RiwayatIku KOSONG = new RiwayatIku(null, null, null, null);

    /** True when no year is known; the database then holds four nulls and JPA loads no object. */
    public boolean kosong() {
        return dataY2Target == null && dataY2Realisasi == null && dataY1Target == null && dataY1Realisasi == null;
    }

    public RiwayatIku withY2(BigDecimal target, BigDecimal realisasi) {
        return new RiwayatIku(target, realisasi, dataY1Target, dataY1Realisasi);
    }

    public RiwayatIku withY1(BigDecimal target, BigDecimal realisasi) {
        return new RiwayatIku(dataY2Target, dataY2Realisasi, target, realisasi);
    }
}
