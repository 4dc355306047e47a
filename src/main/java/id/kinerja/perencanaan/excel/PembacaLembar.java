package id.kinerja.perencanaan.excel;

import java.io.IOException;
import java.util.Collection;
import org.apache.poi.ss.usermodel.Workbook;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The bounded, streaming .xlsx reader ({@link PembacaXlsx}) for other modules' imports (e.g.
 * realisasi): same caps on inflated size, rows, columns and cell text, same limit on imports at once.
 */
@Component
@NamedInterface("lembar")
public class PembacaLembar {

    private final PembacaXlsx pembaca;

    PembacaLembar(PembacaXlsx pembaca) {
        this.pembaca = pembaca;
    }

    /** A file refused by a limit; {@code kunci} is a message key of the excel bundle. */
    @NamedInterface("lembar")
    public static final class Ditolak extends Exception {
        private final String kunci;
        private final transient Object[] args;

        Ditolak(String kunci, Object[] args) {
            super(kunci, null, false, false);
            this.kunci = kunci;
            this.args = args;
        }

        public String kunci() {
            return kunci;
        }

        public Object[] args() {
            return args;
        }
    }

    /**
     * The sheet named one of {@code namaLembar} (else the first), with at most {@code maksBaris}
     * non-blank rows below the heading row. The caller closes the workbook.
     *
     * @throws IOException the bytes are not a readable .xlsx
     */
    public Workbook baca(byte[] isi, Collection<String> namaLembar, int maksBaris) throws Ditolak, IOException {
        try {
            return pembaca.baca(isi, namaLembar, maksBaris);
        } catch (PembacaXlsx.Ditolak e) {
            throw new Ditolak(e.kunci(), e.args());
        }
    }
}
