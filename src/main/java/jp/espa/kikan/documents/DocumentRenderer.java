package jp.espa.kikan.documents;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import org.springframework.beans.factory.annotation.Value;
import jp.espa.kikan.platform.ConflictException;
import jp.espa.kikan.platform.ProblemCode;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Fills a document's template (FreeMarker, {@code documents/*.ftlh}, HTML auto-escaped) and renders it to an A4 PDF
 * with openhtmltopdf, embedding the IPAex Mincho font (a subset: only the glyphs used). The font comes from Debian's
 * fonts-ipaexfont-mincho (IPA Font License v1.0, in /usr/share/doc/fonts-ipaexfont-mincho/copyright); another path
 * can be set with {@code kikan.documents.font}.
 */
@Component
public class DocumentRenderer {

    public static final String DEFAULT_FONT = "/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf";
    static final String FONT_FAMILY = "IPAexMincho";

    private final Configuration templates;
    private final File font;

    public DocumentRenderer(@Value("${kikan.documents.font:" + DEFAULT_FONT + "}") String fontPath, Environment environment) {
        this.font = new File(fontPath);
        if (!available() && environment.acceptsProfiles(Profiles.of("production"))) {
            throw new IllegalStateException(missingFont()); // a ministry's service must issue every notice
        }
        this.templates = new Configuration(Configuration.VERSION_2_3_34);
        templates.setClassForTemplateLoading(DocumentRenderer.class, "/documents");
        templates.setDefaultEncoding("UTF-8");
        templates.setLocale(Locale.JAPAN);
        templates.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        templates.setLogTemplateExceptions(false);
        templates.setFallbackOnNullLoopVariable(false);
    }

    /** The document as XHTML, from its template and the model. */
    String html(DocumentKind kind, Map<String, Object> model) {
        return process(kind.template(), model);
    }

    /** A page for officials' browsers from {@code documents/pages/} (HTML auto-escaped as the documents are). */
    String page(String name, Map<String, Object> model) {
        return process("pages/" + name + ".ftlh", model);
    }

    private String process(String template, Map<String, Object> model) {
        try {
            StringWriter out = new StringWriter();
            templates.getTemplate(template).process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Template " + template + " failed: " + e.getMessage(), e);
        }
    }

    /** Whether documents can be rendered: the font is installed. */
    public boolean available() {
        return font.canRead();
    }

    String missingFont() {
        return "The font for documents is missing at " + font + ": install Debian's fonts-ipaexfont-mincho "
                + "(apt-get install fonts-ipaexfont-mincho) or set kikan.documents.font.";
    }

    /** The document as PDF bytes. */
    public byte[] pdf(DocumentKind kind, Map<String, Object> model) {
        if (!available()) {
            throw new ConflictException(ProblemCode.DOCUMENT_NOT_ISSUABLE, missingFont());
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, FONT_FAMILY);
            builder.withHtmlContent(html(kind, model), null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Rendering " + kind + " failed", e);
        }
    }
}
