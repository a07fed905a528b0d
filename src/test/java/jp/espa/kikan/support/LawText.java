package jp.espa.kikan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The law's text (../shared/law, beside the checkout here and in CI) for the tests that check the code against it.
 * Without the folder such a test is skipped on a developer's machine and fails in CI.
 */
public final class LawText {

    public static final Path DIR = Path.of("..", "shared", "law");

    private LawText() {
    }

    /** Aborts the test when the folder is missing, unless in CI, where that is a failure. */
    public static void requireBeside() {
        if (!Files.isDirectory(DIR)) {
            assertThat(System.getenv("CI")).as("CI has shared/ beside the checkout: " + DIR.toAbsolutePath()).isNull();
            Assumptions.abort("the law's text is not beside this checkout");
        }
    }

    /** One file of the folder, as Markdown. */
    public static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Markdown's words, line by line: links by their text, no bold marks (anchors and line breaks kept). */
    public static String unlinked(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "");
    }
}
