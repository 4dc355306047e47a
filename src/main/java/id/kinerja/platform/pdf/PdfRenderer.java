package id.kinerja.platform.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import id.kinerja.platform.waktu.Waktu;
import id.kinerja.platform.web.TeksMasuk;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Turns a print template into an A4 PDF with the same content as the browser's print view.
 *
 * <p>The template is rendered by the application's Thymeleaf engine (same messages, same
 * {@code #temporals}, same fragments) into a string, which openhtmltopdf lays out with the
 * {@code print} media type, so {@code @page} sizes and {@code @media print} rules in
 * {@code print.css} apply exactly as when the user prints from the browser.
 *
 * <p>Rules for templates rendered here:
 * <ul>
 *   <li>the output must be well-formed XHTML (close every tag: {@code <meta/>}, {@code <br/>},
 *       no HTML-only entities such as {@code &nbsp;});</li>
 *   <li>rendering happens outside the web request, so context-relative links
 *       ({@code @{/...}}) cannot be built: the template sees the variable {@value #PDF_VARIABLE}
 *       = {@code true} and uses it to pick a relative stylesheet URL (resolved against the
 *       classpath {@code static/} folder) and to leave out scripts, as the print layout
 *       {@code fragments/print.html} does;</li>
 *   <li>only resources under the classpath {@code static/} folder (and {@code data:} URIs)
 *       are loaded; see {@link StaticResourceUriResolver}.</li>
 *   <li>inline {@code <svg>} (SVG namespace, a {@code viewBox} and a width) is drawn by Apache Batik
 *       as vector graphics; its text becomes glyph outlines, so it cannot be searched or copied, and
 *       {@code max-height} is not honoured (give the SVG or its box an explicit width).</li>
 * </ul>
 */
@Component
public class PdfRenderer {

    /** Model variable set to {@code true} while a template renders for PDF. */
    public static final String PDF_VARIABLE = "pdf";

    private static final float A4_WIDTH_MM = 210f;
    private static final float A4_HEIGHT_MM = 297f;

    static {
        XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    private final ITemplateEngine templates;
    private final ApplicationContext applicationContext;
    private volatile ConversionService conversionService;
    private final StaticResourceUriResolver resources;
    private final PdfFonts fonts;
    private final Clock clock;

    @Autowired
    public PdfRenderer(ITemplateEngine templates, ApplicationContext applicationContext, Clock clock) {
        this(templates, applicationContext, StaticResourceUriResolver.forClasspathStatic(), PdfFonts.system(), clock);
    }

    PdfRenderer(ITemplateEngine templates, ApplicationContext applicationContext, StaticResourceUriResolver resources,
            PdfFonts fonts, Clock clock) {
        this.templates = templates;
        this.applicationContext = applicationContext;
        this.resources = resources;
        this.fonts = fonts;
        this.clock = clock;
    }

    /** Renders {@code template} with {@code model} in the current request's locale to PDF bytes. */
    public byte[] render(String template, Map<String, ?> model) {
        return render(template, model, LocaleContextHolder.getLocale());
    }

    /** Renders {@code template} with {@code model} in {@code locale} to PDF bytes. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        return toPdf(renderXhtml(template, model, locale));
    }

    /** The XHTML the PDF is made from (useful to debug a template that is not well-formed). */
    public String renderXhtml(String template, Map<String, ?> model, Locale locale) {
        Context context = new Context(locale);
        context.setVariables(new HashMap<>(model));
        context.setVariable(PDF_VARIABLE, Boolean.TRUE);
        // as on a page (HariIniModelAdvice): today's WIB date from the one clock
        if (!model.containsKey("hariIni")) {
            context.setVariable("hariIni", Waktu.hariIni(clock));
        }
        // as in a Spring MVC view: ${@bean} references and the application's conversion service
        context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(applicationContext, conversionService()));
        return xmlAman(templates.process(template, context));
    }

    private static final Pattern REF_KENDALI = Pattern.compile(
            "&#(?:0*(?:[0-8]|1[124-9]|2[0-9]|3[01])|[xX]0*(?:[0-8]|[bBcCeEfF]|1[0-9a-fA-F]));");

    /**
     * XML 1.0 has no place for control characters: one stored before input was checked at the edge
     * (e.g. an SS name with \x01) would otherwise break this document's PDF for good.
     */
    static String xmlAman(String xhtml) {
        return REF_KENDALI.matcher(TeksMasuk.bersihkan(xhtml)).replaceAll("");
    }

    /** The conversion service MVC views use ({@code ${{...}}}), when there is one. */
    private ConversionService conversionService() {
        ConversionService service = conversionService;
        if (service == null) {
            service = applicationContext.containsBean("mvcConversionService")
                    ? applicationContext.getBean("mvcConversionService", ConversionService.class)
                    : applicationContext.getBeanProvider(ConversionService.class).getIfUnique();
            conversionService = service;
        }
        return service;
    }

    /**
     * Lays out well-formed XHTML as PDF. The page size comes from the document's {@code @page}
     * rule; without one the page is A4 portrait. Relative URLs resolve against the classpath
     * {@code static/} folder.
     */
    public byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useDefaultPageSize(A4_WIDTH_MM, A4_HEIGHT_MM, PageSizeUnits.MM);
        builder.useUriResolver(resources);
        // inline <svg> (e.g. the Peta Strategi) drawn as vector graphics by Apache Batik; its default
        // secure modes run no scripts and fetch no external resources
        builder.useSVGDrawer(new BatikSVGDrawer());
        fonts.registerWith(builder);
        builder.withProducer("Kinerja");
        builder.withHtmlContent(xhtml, resources.baseUri());
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new PdfRenderingException("PDF rendering failed: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }
}
