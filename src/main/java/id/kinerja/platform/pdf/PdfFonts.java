package id.kinerja.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sans-serif fonts embedded in the PDFs. print.css asks for {@code Arial, "Liberation Sans",
 * Helvetica, sans-serif}: when the metric-compatible Liberation Sans is installed (Debian package
 * {@code fonts-liberation}) it is embedded (subset, full Unicode Latin); otherwise openhtmltopdf
 * falls back to the built-in Helvetica, which covers Indonesian text (Latin-1) as well.
 */
final class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    private static final List<Path> FOLDERS = List.of(
            Path.of("/usr/share/fonts/truetype/liberation"),
            Path.of("/usr/share/fonts/truetype/liberation2"),
            Path.of("/usr/share/fonts/liberation-sans"),
            Path.of("/usr/share/fonts/liberation"));

    record Face(String family, int weight, FontStyle style, byte[] data) {
    }

    private final List<Face> faces;

    PdfFonts(List<Face> faces) {
        this.faces = List.copyOf(faces);
    }

    static PdfFonts none() {
        return new PdfFonts(List.of());
    }

    /** Liberation Sans from the first system font folder that has its regular face. */
    static PdfFonts system() {
        for (Path folder : FOLDERS) {
            if (Files.isRegularFile(folder.resolve("LiberationSans-Regular.ttf"))) {
                List<Face> faces = new ArrayList<>();
                add(faces, folder.resolve("LiberationSans-Regular.ttf"), 400, FontStyle.NORMAL);
                add(faces, folder.resolve("LiberationSans-Bold.ttf"), 700, FontStyle.NORMAL);
                add(faces, folder.resolve("LiberationSans-Italic.ttf"), 400, FontStyle.ITALIC);
                add(faces, folder.resolve("LiberationSans-BoldItalic.ttf"), 700, FontStyle.ITALIC);
                log.debug("PDF fonts: Liberation Sans from {}", folder);
                return new PdfFonts(faces);
            }
        }
        log.info("PDF fonts: Liberation Sans not installed, PDFs use the built-in Helvetica");
        return none();
    }

    private static void add(List<Face> faces, Path file, int weight, FontStyle style) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            faces.add(new Face("Liberation Sans", weight, style, Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void registerWith(PdfRendererBuilder builder) {
        for (Face face : faces) {
            // also for SVG, so the strategy map is drawn in the same face as the print view
            builder.useFont(() -> new ByteArrayInputStream(face.data()), face.family(), face.weight(), face.style(),
                    true, EnumSet.of(BaseRendererBuilder.FSFontUseCase.DOCUMENT,
                            BaseRendererBuilder.FSFontUseCase.SVG));
        }
    }
}
