package id.kinerja.kalkulator;

/**
 * One IKU row as typed on the what-if page or sent to the API, before parsing: every value is
 * text so that one parser gives every caller the same field-named messages (and accepts the
 * Indonesian decimal comma).
 */
public record MasukanIndikator(String code, String sasaran, String perspective, String polarization, String target,
        String targetLow, String targetHigh, String realization, Boolean maxTarget, String validity, String control,
        String quality) {

    boolean kosong() {
        return blank(code) && blank(target) && blank(realization) && blank(targetLow) && blank(targetHigh);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
