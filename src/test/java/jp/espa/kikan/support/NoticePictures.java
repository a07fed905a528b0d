package jp.espa.kikan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * With {@code -Ddocs.notices=docs/notices} the tests that issue a notice from the case file keep its PDF there under
 * its kind (scripts/render-notices turns them into the pictures of docs/notices.md); without it, nothing is written.
 */
public final class NoticePictures {

    private NoticePictures() {
    }

    public static byte[] keep(String kind, byte[] pdf) {
        String dir = System.getProperty("docs.notices");
        if (dir != null) {
            try {
                Files.createDirectories(Path.of(dir));
                Files.write(Path.of(dir, kind + ".pdf"), pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pdf;
    }
}
