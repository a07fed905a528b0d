package jp.espa.kikan.documents;

import jp.espa.kikan.support.LawText;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.espa.kikan.legal.Articles;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The citations the notices print come from one table, each row with the provision's text it was checked against:
 * that text is found verbatim in the law's text (../shared/law, beside the checkout here and in CI), under the
 * article the citation names; every key a template cites is in the table; a corrected table replaces the bundled one
 * without a release, and one that drops a citation is refused.
 */
class CitationsTableTest {

    private static final Path LAW = LawText.DIR;
    private static final Pattern CITED = Pattern.compile("\\b(?:law|art|same)\\.([A-Z][A-Z0-9_]+)");
    /** The Act or the APA named, then an article with its paragraph, item, and 前段/後段/ただし書 where given. */
    private static final Pattern NAMED_PROVISION = Pattern.compile(
            "(?:経済安全保障推進法|行政手続法)(?:第[一二三四五六七八九十百]+(?:条|項|号))+(?:前段|後段|ただし書|本文)?");
    /** The forms' short form: 法第52条第4項 (法 alone is the Act) and 行政手続法第13条第1項第2号. */
    private static final Pattern SHORT_PROVISION = Pattern.compile(
            "(行政手続法|(?<!\\p{IsHan})法)第([0-9]+)条(?:第([0-9]+)項)?(?:第([0-9]+)号)?(前段|後段|ただし書|本文)?");
    private static final String APA = "行政手続法";
    private static final Pattern ARTICLE = Pattern.compile("^(第[一二三四五六七八九十百]+条)");

    private final Citations bundled = Citations.bundled();

    @Test
    void eachCitationIsCheckedAgainstTheLawsTextUnderTheArticleItNames() throws IOException {
        LawText.requireBeside();
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

    /** Every citation the code writes (messages, the register's notice texts) is one of the table's checked citations. */
    @Test
    void theCodesCitationsAreTheCheckedOnes() throws IllegalAccessException {
        Set<String> checked = Set.copyOf(bundled.full().values());
        Set<String> written = new TreeSet<>();
        for (Field field : Articles.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getName().matches("(ART|APA)_.*")) {
                written.add((String) field.get(null));
            }
        }
        assertThat(written).hasSizeGreaterThan(10);
        assertThat(checked).containsAll(written);
    }

    /**
     * Every provision of the Act or the APA that a form, a model, a template or the code names in its Japanese text,
     * in full (経済安全保障推進法第五十一条前段) or in the forms' short form (法第52条第4項), is cited as the table has it:
     * not 第五十一条 where the text distinguishes 前段 and 後段, nor a paragraph the article does not have. A whole
     * article (法第55条) must be one of the Act. SQL migrations once applied are immutable, so they are not read.
     */
    @Test
    void everyProvisionNamedInTheSourcesIsACheckedCitation() throws IOException {
        LawText.requireBeside();
        Map<String, String> laws = Map.of(Articles.ACT, Files.readString(LAW.resolve("act-504AC0000000043.md")),
                APA, Files.readString(LAW.resolve("apa-405AC0000000088.md")));
        Set<String> checked = Set.copyOf(bundled.full().values());
        Map<String, String> unchecked = new TreeMap<>();
        for (String root : List.of("forms", "bpmn", "documents", "src/main/java")) {
            try (Stream<Path> files = Files.walk(Path.of(root))) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    for (String named : provisionsNamed(Files.readString(file))) {
                        String law = named.startsWith(APA) ? APA : Articles.ACT;
                        boolean ok = named.endsWith("条") // a whole article: one the law has
                                ? laws.get(law).contains("<a id=\"" + named.substring(law.length()) + "\"></a>")
                                : checked.contains(named);
                        if (!ok) {
                            unchecked.put(named, file.toString());
                        }
                    }
                }
            }
        }
        assertThat(unchecked).isEmpty();
    }

    @Test
    void theFormsShortCitationsAreReadAsTheActsProvisions() {
        assertThat(provisionsNamed("延長の上限（法第52条第4項）、法第55条、行政手続法第三十条、法第52条第1項（括弧書）、"
                + "行政手続法第13条第1項第2号"))
                .containsExactly("経済安全保障推進法第五十二条第四項", "経済安全保障推進法第五十五条",
                        "経済安全保障推進法第五十二条第一項", "行政手続法第十三条第一項第二号", "行政手続法第三十条");
    }

    /** The provisions a text names, the short forms written out as the table cites them. */
    private static List<String> provisionsNamed(String text) {
        List<String> named = new ArrayList<>();
        Matcher shortForm = SHORT_PROVISION.matcher(text);
        while (shortForm.find()) {
            StringBuilder full = new StringBuilder(shortForm.group(1).equals("法") ? Articles.ACT : shortForm.group(1))
                    .append('第').append(kanji(shortForm.group(2))).append('条');
            if (shortForm.group(3) != null) {
                full.append('第').append(kanji(shortForm.group(3))).append('項');
            }
            if (shortForm.group(4) != null) {
                full.append('第').append(kanji(shortForm.group(4))).append('号');
            }
            named.add(full.append(shortForm.group(5) == null ? "" : shortForm.group(5)).toString());
        }
        Matcher fullForm = NAMED_PROVISION.matcher(text);
        while (fullForm.find()) {
            named.add(fullForm.group());
        }
        return named;
    }

    /** 1 to 199 in kanji numerals, as the law writes them: 52 → 五十二, 10 → 十, 100 → 百. */
    private static String kanji(String arabic) {
        int n = Integer.parseInt(arabic);
        String digits = "〇一二三四五六七八九";
        String hundreds = n >= 100 ? "百" : "";
        int tens = n % 100 / 10;
        int ones = n % 10;
        return hundreds + (tens == 0 ? "" : (tens == 1 ? "" : digits.charAt(tens)) + "十") + (ones == 0 ? "" : digits.charAt(ones));
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
        return LawText.unlinked(markdown).replace("\n", "");
    }
}
