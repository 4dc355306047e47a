package id.kinerja.laporan;

import id.kinerja.platform.angka.AngkaIndonesia;
import id.kinerja.scoring.Scores;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * Small charts drawn with Java2D into a PNG (no chart library): the same picture goes into the
 * PDF and the Word document. Values are only drawn, never computed here.
 */
final class Grafik {

    static final int LEBAR = 640;
    static final int TINGGI = 260;
    private static final Color BIRU = new Color(0x1f, 0x5f, 0xa8);
    private static final Color ABU = new Color(0x99, 0x99, 0x99);

    private Grafik() {
    }

    /** Bars with their labels and values (null = no bar, "n/a" written). */
    static byte[] batang(List<String> label, List<BigDecimal> nilai, String satuan) {
        return gambar(label, nilai, satuan, false);
    }

    /** A line through the values (null breaks the line). */
    static byte[] garis(List<String> label, List<BigDecimal> nilai, String satuan) {
        return gambar(label, nilai, satuan, true);
    }

    private static byte[] gambar(List<String> label, List<BigDecimal> nilai, String satuan, boolean garis) {
        BufferedImage img = new BufferedImage(LEBAR, TINGGI, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, LEBAR, TINGGI);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            FontMetrics fm = g.getFontMetrics();
            int kiri = 50;
            int kanan = LEBAR - 20;
            int atas = 25;
            int bawah = TINGGI - 35;
            double maks = nilai.stream().filter(Objects::nonNull).mapToDouble(BigDecimal::doubleValue)
                    .max().orElse(0);
            double min = Math.min(0, nilai.stream().filter(Objects::nonNull)
                    .mapToDouble(BigDecimal::doubleValue).min().orElse(0));
            if (maks <= min) {
                maks = min + 1;
            }
            maks = maks * 1.15;
            g.setColor(ABU);
            g.drawLine(kiri, bawah, kanan, bawah);
            g.drawLine(kiri, atas, kiri, bawah);
            if (satuan != null) {
                g.drawString(satuan, 4, atas - 8);
            }
            int n = Math.max(1, label.size());
            double lebarSlot = (kanan - kiri) / (double) n;
            int[] px = new int[n];
            int[] py = new int[n];
            for (int i = 0; i < label.size(); i++) {
                int x = (int) (kiri + lebarSlot * i + lebarSlot / 2);
                BigDecimal v = nilai.get(i);
                g.setColor(Color.DARK_GRAY);
                String l = label.get(i);
                g.drawString(l, x - fm.stringWidth(l) / 2, bawah + 18);
                if (v == null) {
                    g.drawString("n/a", x - fm.stringWidth("n/a") / 2, bawah - 6);
                    px[i] = -1;
                    continue;
                }
                int y = (int) (bawah - (v.doubleValue() - min) / (maks - min) * (bawah - atas));
                px[i] = x;
                py[i] = y;
                g.setColor(BIRU);
                if (!garis) {
                    int w = (int) Math.max(8, lebarSlot * 0.5);
                    g.fillRect(x - w / 2, y, w, bawah - y);
                } else {
                    g.fillOval(x - 4, y - 4, 8, 8);
                }
                String t = AngkaIndonesia.tulis(Scores.display(v));
                g.setColor(Color.BLACK);
                g.drawString(t, x - fm.stringWidth(t) / 2, y - 6);
            }
            if (garis) {
                g.setColor(BIRU);
                g.setStroke(new BasicStroke(2f));
                for (int i = 1; i < n; i++) {
                    if (px[i - 1] >= 0 && px[i] >= 0) {
                        g.drawLine(px[i - 1], py[i - 1], px[i], py[i]);
                    }
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
