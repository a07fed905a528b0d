package jp.espa.kikan.docs;

import jp.espa.kikan.support.LawText;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The reading pages (docs/readings) quote the law: every quoted line ({@code > …}) occurs verbatim in the law's text
 * (../shared/law), each part between omissions ({@code …}) in the order written; every page is linked from their index.
 */
class DocsReadingsTest {

    private static final Path LAW = LawText.DIR;
    private static final Path READINGS = Path.of("docs", "readings");

    @Test
    void everyQuoteIsTheLawsText() throws IOException {
        LawText.requireBeside();
        List<String> laws = new ArrayList<>();
        try (Stream<Path> files = Files.list(LAW)) {
            for (Path file : files.filter(f -> f.getFileName().toString().matches("(act|apa|cabinet-order|ordinance)-.*\\.md")).toList()) {
                laws.add(plain(Files.readString(file)));
            }
        }
        List<String> notFound = new ArrayList<>();
        int quotes = 0;
        for (Path page : pages()) {
            for (String line : Files.readAllLines(page)) {
                if (!line.startsWith("> ")) {
                    continue;
                }
                quotes++;
                String quote = line.substring(2).strip();
                if (laws.stream().noneMatch(law -> containsInOrder(law, quote.split("…")))) {
                    notFound.add(page.getFileName() + ": " + quote);
                }
            }
        }
        assertThat(quotes).as("quotes in docs/readings").isGreaterThan(20);
        assertThat(notFound).isEmpty();
    }

    @Test
    void everyPageIsLinkedFromTheIndexAndTheIndexFromTheReadme() throws IOException {
        String index = Files.readString(READINGS.resolve("README.md"));
        for (Path page : pages()) {
            assertThat(index).contains("(" + page.getFileName() + ")");
        }
        assertThat(Files.readString(Path.of("README.md"))).contains("docs/readings/README.md");
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.list(READINGS)) {
            return files.filter(f -> f.toString().endsWith(".md") && !f.endsWith("README.md")).sorted().toList();
        }
    }

    private static boolean containsInOrder(String law, String[] parts) {
        for (int start = law.indexOf(parts[0].strip()); start >= 0; start = law.indexOf(parts[0].strip(), start + 1)) {
            int at = start + parts[0].strip().length();
            boolean all = true;
            for (int i = 1; i < parts.length && all; i++) {
                String part = parts[i].strip();
                int found = part.isEmpty() ? at : law.indexOf(part, at);
                all = found >= 0;
                at = found + part.length();
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The law's Markdown as its words: links by their text, no anchors or bold marks, the lines of an article joined. */
    private static String plain(String markdown) {
        return LawText.unlinked(markdown).replaceAll("<a id=\"[^\"]*\"></a>", "").replace("\n", "");
    }
}
