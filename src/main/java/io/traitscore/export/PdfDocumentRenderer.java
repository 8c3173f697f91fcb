package io.traitscore.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Turns a report's XHTML into a PDF with openhtmltopdf. The bundled DejaVu Sans (regular and bold,
 * licence beside the files in resources/fonts) is embedded, subset to the characters used, so names
 * like Zoë Müller or Aïcha Benali print the same on every machine, whatever fonts it has. The same font
 * is registered with Java's graphics so the radar chart's SVG labels are drawn with it too.
 */
@ApplicationScoped
public class PdfDocumentRenderer {

    static final String FAMILY = "DejaVu Sans";
    private static final String REGULAR = "/fonts/DejaVuSans.ttf";
    private static final String BOLD = "/fonts/DejaVuSans-Bold.ttf";

    static {
        // Reports are rendered on servers: never look for a display.
        System.setProperty("java.awt.headless", "true");
        registerWithJavaGraphics(REGULAR);
        registerWithJavaGraphics(BOLD);
    }

    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        try (BatikSVGDrawer svg = new BatikSVGDrawer(BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> resource(REGULAR), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> resource(BOLD), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useSVGDrawer(svg);
            builder.withProducer("traitscore");
            // No base URI: a report loads nothing from outside, not even from the classpath.
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render a PDF report", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream resource(String path) {
        InputStream in = PdfDocumentRenderer.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("The report font " + path + " is missing from the application");
        }
        return in;
    }

    private static void registerWithJavaGraphics(String path) {
        try (InputStream in = resource(path)) {
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(Font.createFont(Font.TRUETYPE_FONT, in));
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("Cannot load the report font " + path, e);
        }
    }
}
