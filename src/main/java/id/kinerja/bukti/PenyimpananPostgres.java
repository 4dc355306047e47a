package id.kinerja.bukti;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files as bytea rows of {@code bukti_isi}, in the same database and transaction as their
 * metadata, so the two-command start and a pg_dump need nothing else. The upload is streamed by
 * the driver from the request's temporary file; a download reads 1 MB slices (the column is stored
 * EXTERNAL, so a slice reads only its own TOAST chunks).
 */
public class PenyimpananPostgres implements PenyimpananBukti {

    public static final String NAMA = "POSTGRES";
    static final int POTONGAN = 1024 * 1024;

    private final JdbcTemplate jdbc;

    public PenyimpananPostgres(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String nama() {
        return NAMA;
    }

    @Override
    public void simpan(String kunci, InputStream isi, long ukuran, String contentType) {
        jdbc.update("insert into bukti_isi (kunci, ukuran, isi) values (?, ?, ?)", ps -> {
            ps.setString(1, kunci);
            ps.setLong(2, ukuran);
            ps.setBinaryStream(3, isi, ukuran);
        });
    }

    @Override
    public void salin(String kunci, OutputStream keluar) throws IOException {
        List<Long> ukuran = jdbc.queryForList("select ukuran from bukti_isi where kunci = ?", Long.class, kunci);
        if (ukuran.isEmpty()) {
            throw new IOException("Isi bukti " + kunci + " tidak ada");
        }
        long total = ukuran.get(0);
        for (long dari = 0; dari < total; dari += POTONGAN) {
            // substring() counts from 1
            List<byte[]> potongan = jdbc.query("select substring(isi from ? for ?) from bukti_isi where kunci = ?",
                    (rs, i) -> rs.getBytes(1), Math.toIntExact(dari + 1), POTONGAN, kunci);
            if (potongan.isEmpty() || potongan.get(0).length == 0) {
                throw new IOException("Isi bukti " + kunci + " terhapus saat diunduh");
            }
            keluar.write(potongan.get(0));
        }
    }

    @Override
    public void hapus(String kunci) {
        jdbc.update("delete from bukti_isi where kunci = ?", kunci);
    }
}
