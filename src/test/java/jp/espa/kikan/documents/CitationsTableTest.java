package jp.espa.kikan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.espa.kikan.legal.Articles;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citations the notices print come from one table, each row with the provision's text it was checked against:
 * that text is found verbatim in the law's text (../shared/law, beside the checkout here and in CI), under the
 * article the citation names; every key a template cites is in the table; a corrected table replaces the bundled one
 * without a release, and one that drops a citation is refused.
 */
class CitationsTableTest {

    private static final Path LAW = Path.of("..", "shared", "law");
    private static final Pattern CITED = Pattern.compile("\\b(?:law|art|same)\\.([A-Z][A-Z0-9_]+)");
    private static final Pattern ARTICLE = Pattern.compile("^(第[一二三四五六七八九十百]+条)");

    private final Citations bundled = Citations.bundled();

    @Test
    void eachCitationIsCheckedAgainstTheLawsTextUnderTheArticleItNames() throws IOException {
        if (!Files.isDirectory(LAW)) {
            assertThat(System.getenv("CI")).as("CI has shared/ beside the checkout: " + LAW.toAbsolutePath()).isNull();
            Assumptions.abort("the law's text is not beside this checkout");
        }
        for (Citations.Citation c : bundled.table().values()) {
            String file = c.source().substring(0, c.source().indexOf('#'));
            String anchor = c.source().substring(c.source().indexOf('#') + 1);
            String law = plain(Files.readString(LAW.resolve(file)));
            assertThat(law).as(c.key() + ": its text, verbatim").contains(c.checkedAgainst());
            Matcher article = ARTICLE.matcher(c.citation());
            assertThat(article.find()).as(c.key() + " names an article").isTrue();
            assertThat(anchor).as(c.key() + ": the source is the article cited").isEqualTo(article.group(1));
            // the text checked lies in that article: after its heading, before the next article's heading
            int at = law.indexOf("<a id=\"" + anchor + "\"></a>");
            assertThat(at).as(c.key() + ": " + anchor + " in " + file).isNotNegative();
            assertThat(law.indexOf(c.checkedAgainst(), at)).as(c.key() + ": under " + anchor).isNotNegative();
        }
    }

    @Test
    void theCitationsReadAsTheyAreCitedAndTheLawIsNamedByItsShortName() {
        assertThat(bundled.full()).containsEntry("ACT_52_6", "経済安全保障推進法第五十二条第六項")
                .containsEntry("APA_30", "行政手続法第三十条")
                .containsEntry("ACT_50_2_LATTER", "経済安全保障推進法第五十条第二項後段")
                .containsEntry("ACT_51_FORMER", "経済安全保障推進法第五十一条前段")
                .containsEntry("ACT_92_1_ORDER", "経済安全保障推進法第九十二条第一項第四号");
        assertThat(bundled.bare()).containsEntry("ACT_52_3_PROVISO", "第五十二条第三項ただし書");
        assertThat(bundled.same()).containsEntry("ACT_52_10", "同法第五十二条第十項");
        assertThat(bundled.full().get("ACT_DEFINED")).endsWith("以下「経済安全保障推進法」という。）");
    }

    /** The citations the code writes (messages, the register's notice texts) agree with the table checked against the law. */
    @Test
    void theCodesCitationsAreTheCheckedOnes() {
        Map<String, String> full = bundled.full();
        assertThat(Map.of(
                "ART_50_1", Articles.ART_50_1, "ART_50_2_LATTER", Articles.ART_50_2_LATTER, "ART_50_3", Articles.ART_50_3,
                "ART_51_FORMER", Articles.ART_51_FORMER, "ART_51_LATTER", Articles.ART_51_LATTER,
                "ART_52_1", Articles.ART_52_1, "ART_52_4", Articles.ART_52_4, "ART_52_6", Articles.ART_52_6,
                "ART_52_7", Articles.ART_52_7, "ART_52_10", Articles.ART_52_10))
                .containsEntry("ART_50_1", full.get("ACT_50_1"))
                .containsEntry("ART_50_2_LATTER", full.get("ACT_50_2_LATTER"))
                .containsEntry("ART_50_3", full.get("ACT_50_3"))
                .containsEntry("ART_51_FORMER", full.get("ACT_51_FORMER"))
                .containsEntry("ART_51_LATTER", full.get("ACT_51_LATTER"))
                .containsEntry("ART_52_1", full.get("ACT_52_1"))
                .containsEntry("ART_52_4", full.get("ACT_52_4"))
                .containsEntry("ART_52_6", full.get("ACT_52_6"))
                .containsEntry("ART_52_7", full.get("ACT_52_7"))
                .containsEntry("ART_52_10", full.get("ACT_52_10"));
    }

    @Test
    void everyCitationATemplateMakesIsInTheTable() throws IOException {
        Set<String> cited = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("documents"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".ftlh")).toList()) {
                Matcher m = CITED.matcher(Files.readString(template));
                while (m.find()) {
                    cited.add(m.group(1));
                }
            }
        }
        cited.add("ACT_55_1"); // cited by key from the model (recommendedUnder)
        cited.add("ACT_55_2");
        assertThat(cited).isNotEmpty();
        assertThat(bundled.full().keySet()).containsAll(cited);
    }

    @Test
    void legalStaffReplaceTheTableWithoutARelease(@TempDir Path dir) throws IOException {
        String table = Files.readString(Path.of("documents", "citations.tsv"));
        Path corrected = dir.resolve("citations.tsv");
        Files.writeString(corrected, table.replace("\t第五十二条第十項\t", "\t第五十二条第十項本文\t"));
        assertThat(new Citations(corrected.toString()).same()).containsEntry("ACT_52_10", "同法第五十二条第十項本文");

        Path lacking = dir.resolve("lacking.tsv");
        Files.writeString(lacking, table.lines().filter(line -> !line.startsWith("ACT_52_10\t")).reduce("", (a, b) -> a + b + "\n"));
        assertThatThrownBy(() -> new Citations(lacking.toString())).hasMessageContaining("ACT_52_10");

        Path malformed = dir.resolve("malformed.tsv");
        Files.writeString(malformed, table + "ACT_99\tCIVIL\t第一条\tx\tx\n");
        assertThatThrownBy(() -> new Citations(malformed.toString())).hasMessageContaining("ACT_99");
    }

    /** The law's Markdown as its words: links by their text, no bold marks, the lines of a paragraph joined. */
    private static String plain(String markdown) {
        return markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replace("**", "").replace("\n", "");
    }
}
