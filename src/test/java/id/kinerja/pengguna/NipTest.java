package id.kinerja.pengguna;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NipTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "198503122010121001, true",   // lahir 12-03-1985, TMT 12-2010, laki-laki, urut 001
            "199001012015032002, true",   // perempuan
            "19850312201012100, false",   // 17 digit
            "1985031220101210011, false", // 19 digit
            "19850312201012100A, false",
            "198502302010121001, false",  // 30 Februari
            "198503122010131001, false",  // TMT bulan 13
            "198503122010123001, false",  // kode jenis kelamin 3
            "198503121995121001, false",  // TMT sebelum usia 15
    })
    void validatesStructureNotJustLength(String nip, boolean sah) {
        assertThat(Nip.sah(nip)).isEqualTo(sah);
    }
}
