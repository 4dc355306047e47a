package id.kinerja.organisasi.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The level list of a new organisation: what the pattern accepts, and the input that once took seconds. */
class OrganisasiFormLevelTest {

    private static ValidatorFactory pabrik;
    private static Validator validator;

    @BeforeAll
    static void buka() {
        pabrik = Validation.buildDefaultValidatorFactory();
        validator = pabrik.getValidator();
    }

    @AfterAll
    static void tutup() {
        pabrik.close();
    }

    private static boolean sah(String level) {
        OrganisasiForm f = new OrganisasiForm();
        f.setLevel(level);
        return validator.validateProperty(f, "level").isEmpty();
    }

    @Test
    void levelsOneALineWithAnOptionalMapMark() {
        assertThat(sah("1;Kementerian;peta\n2;Eselon I;peta\n3;Eselon II")).isTrue();
        assertThat(sah("  A;Nama dengan spasi  \r\n\n B;Dua;peta  \n")).isTrue();
        assertThat(sah("X;y")).isTrue();
        assertThat(sah("1;")).isFalse();
        assertThat(sah("1; ")).isFalse();
        assertThat(sah("1;Nama;")).isFalse();
        assertThat(sah("Nama")).isFalse();
        assertThat(sah("1;a;b")).isFalse();
        assertThat(sah("1;a\n;b")).isFalse();
    }

    @Test
    void runsOfBlanksAreRefusedLikeAnyBadLine() {
        // "A;" + 25,600 spaces + "!;" kept the old pattern busy 7 s (quadratic); now one pass, still refused
        assertThat(sah("A;" + " ".repeat(25_600) + "!;")).isFalse();
        assertThat(sah("A;x" + " \n".repeat(12_800) + ";")).isFalse();
        assertThat(sah("A;x" + "\n".repeat(25_600) + "!")).isFalse();
    }
}
