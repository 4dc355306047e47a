package id.kinerja.perencanaan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The words of a Manual IKU (Kemenlu Gambar 3.20): what is measured, how, why, in which unit and
 * who answers for the data. Stored in the IKU's own columns.
 */
@Embeddable
public record UraianIku(
        @Column(name = "nama", nullable = false) String nama,
        @Column(name = "definisi") String definisi,
        @Column(name = "formula") String formula,
        @Column(name = "tujuan") String tujuan,
        @Column(name = "satuan", nullable = false) String satuan,
        @Column(name = "penanggung_jawab") String penanggungJawab,
        @Column(name = "penyedia_data") String penyediaData,
        @Column(name = "sumber_data") String sumberData) {

    /** Only the name and the unit of measure; the rest of the manual is empty. */
    public static UraianIku dari(String nama, String satuan) {
        return new UraianIku(nama, null, null, null, satuan, null, null, null);
    }

    public UraianIku withNama(String nama) {
        return new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab, penyediaData, sumberData);
    }

    public UraianIku withDefinisi(String definisi) {
        return new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab, penyediaData, sumberData);
    }

    public UraianIku withFormula(String formula) {
        return new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab, penyediaData, sumberData);
    }

    public UraianIku withTujuan(String tujuan) {
        return new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab, penyediaData, sumberData);
    }

    public UraianIku withSatuan(String satuan) {
        return new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab, penyediaData, sumberData);
    }

    /** Who answers for the IKU, who provides its data and from which source. */
    public UraianIku withSumber(String penanggungJawab, String penyediaData, String sumberData) {
        return new UraianIku(nama, definisi, formula, tujuan, satuan, penanggungJawab, penyediaData, sumberData);
    }
}
