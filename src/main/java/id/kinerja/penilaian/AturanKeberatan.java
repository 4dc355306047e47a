package id.kinerja.penilaian;

import id.kinerja.platform.galat.BusinessRuleException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The objection rules (Kemenlu §G.8, "Pegawai memiliki hak satu kali untuk mengajukan keberatan"):
 * the 14-day windows, the written statements and who may take which step. Spring-free, tested on its own.
 */
public final class AturanKeberatan {

    /** Days the employee has after receiving the result, and the evaluator after receiving the objection. */
    public static final int BATAS_HARI = 14;
    public static final int ALASAN_MAKS = 4000;

    private AturanKeberatan() {
    }

    /** The step the current user may take on the position's objection, if any. */
    public enum Langkah {
        AJUKAN, TANGGAPI, PUTUSKAN, TIDAK_ADA
    }

    /**
     * The moment the employee received the result: the later of the last review (NCKP Final) and the
     * last NP entry of the year; null when there is no result yet (nothing to object to).
     */
    public static OffsetDateTime hasilDiterima(OffsetDateTime reviuTerakhir, OffsetDateTime npTerakhir) {
        if (reviuTerakhir == null) {
            return npTerakhir;
        }
        if (npTerakhir == null) {
            return reviuTerakhir;
        }
        return reviuTerakhir.isAfter(npTerakhir) ? reviuTerakhir : npTerakhir;
    }

    /** Last day (inclusive, WIB) of a 14-day window that starts on the given day. */
    public static LocalDate batas(LocalDate mulai) {
        return mulai.plusDays(BATAS_HARI);
    }

    /**
     * The day the pending answer is due, or null when none is pending: the evaluator's 14 days run from
     * the filing day, the reviewer's from the day the evaluator forwarded it (WIB calendar days).
     */
    public static LocalDate batasJawab(StatusKeberatan status, LocalDate diajukan, LocalDate diteruskan) {
        if (status == StatusKeberatan.DIAJUKAN && diajukan != null) {
            return batas(diajukan);
        }
        if (status == StatusKeberatan.DITERUSKAN && diteruskan != null) {
            return batas(diteruskan);
        }
        return null;
    }

    /** Past the 14-day window: nothing received yet counts as not open. */
    public static boolean lewat(LocalDate mulai, LocalDate hariIni) {
        return mulai == null || hariIni.isAfter(batas(mulai));
    }

    /**
     * Which form the user sees. Only the employee files (once: {@code status == null}); only the
     * evaluator answers; only the reviewer decides, and never when they are also the evaluator or the
     * employee (segregation of duties).
     */
    public static Langkah langkah(StatusKeberatan status, boolean pegawai, boolean penilai, boolean atasanPenilai) {
        if (status == null) {
            return pegawai && !penilai && !atasanPenilai ? Langkah.AJUKAN : Langkah.TIDAK_ADA;
        }
        if (status == StatusKeberatan.DIAJUKAN) {
            return penilai && !pegawai ? Langkah.TANGGAPI : Langkah.TIDAK_ADA;
        }
        if (status == StatusKeberatan.DITERUSKAN) {
            return atasanPenilai && !penilai && !pegawai ? Langkah.PUTUSKAN : Langkah.TIDAK_ADA;
        }
        return Langkah.TIDAK_ADA;
    }

    /** A written statement: required, bounded. */
    public static String teks(String field, String isi) {
        if (isi == null || isi.isBlank()) {
            throw new BusinessRuleException(field, "penilaian.keberatan.teksWajib");
        }
        if (isi.length() > ALASAN_MAKS) {
            throw new BusinessRuleException(field, "penilaian.keberatan.teksPanjang", ALASAN_MAKS);
        }
        return isi.strip();
    }

    /** At least one result objected to; the NCKP Final only once it exists. */
    public static void periksaObjek(boolean np, boolean nckp, boolean nckpFinal, boolean adaFinal) {
        if (!np && !nckp && !nckpFinal) {
            throw new BusinessRuleException("atasNp", "penilaian.keberatan.objekWajib");
        }
        if (nckpFinal && !adaFinal) {
            throw new BusinessRuleException("atasNckpFinal", "penilaian.keberatan.belumAdaFinal");
        }
    }

    /**
     * An accepted objection lifts the NP lock of a review (evaluator accepted, or the reviewer ordered
     * penilaian ulang) until the reviewer reviews the NCKP again after the acceptance.
     */
    public static boolean npTerbuka(StatusKeberatan status, boolean penilaianUlang, OffsetDateTime diterimaPada,
            OffsetDateTime direviuPada) {
        boolean dibuka = status == StatusKeberatan.DITERIMA_PENILAI
                || status == StatusKeberatan.DITERIMA_ATASAN && penilaianUlang;
        return dibuka && diterimaPada != null && (direviuPada == null || !direviuPada.isAfter(diterimaPada));
    }
}
