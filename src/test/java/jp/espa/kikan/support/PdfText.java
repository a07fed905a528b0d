package jp.espa.kikan.support;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF as PDFBox extracts it, without the line breaks and spaces the layout puts in. */
public final class PdfText {

    private PdfText() {
    }

    /**
     * Extracted text without spaces and without the page footers ("1 / 2"), which the extraction may place inside a
     * sentence that runs over a page break.
     */
    public static String normalized(String text) {
        return text.replaceAll("(?<![0-9])[0-9]+ */ *[0-9]+(?![0-9])", "").replaceAll("[\\s\u3000]+", "");
    }

    public static String of(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return normalized(new PDFTextStripper().getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
