package id.kinerja.bukti;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Real files of each kind, made in the test (no binary fixtures except a tiny known PDF). */
public final class BerkasUji {

    /** SHA-256 of src/test/resources/bukti/contoh.pdf, as printed by sha256sum. */
    public static final String SHA256_CONTOH_PDF = "0c57c5334ee551035603cc220f86b25a4ee98666e3753def892c357c73c5fdf6";

    private BerkasUji() {
    }

    public static byte[] pdf() {
        try (InputStream in = BerkasUji.class.getResourceAsStream("/bukti/contoh.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of a Windows executable: DOS stub header and a PE signature at 0x80. */
    public static byte[] exe() {
        byte[] b = new byte[1024];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3c] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        String stub = "This program cannot be run in DOS mode.";
        System.arraycopy(stub.getBytes(), 0, b, 0x4e, stub.length());
        return b;
    }

    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Laporan capaian TW I");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("daftar-hadir.txt"));
            zip.write("hadir".getBytes());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Bytes of no known kind. */
    public static byte[] acak(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        // make sure no signature is hit by chance
        b[0] = 0x01;
        b[1] = 0x02;
        return b;
    }
}
