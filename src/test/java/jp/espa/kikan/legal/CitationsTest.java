package jp.espa.kikan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every article of the Act cited in models, forms, migrations and code is one that {@link Articles} keeps (checked
 * against the Act's text there), written either as 法第N条 (the forms' short form) or 経済安全保障推進法第N条; and the
 * words the review corrected stay corrected.
 */
class CitationsTest {

    /** 法第52条 where 法 stands alone (not 行政手続法第13条), and the full short name with kanji numerals. */
    private static final Pattern SHORT = Pattern.compile("(?<![\\p{IsHan}])法第([0-9]+)条");
    private static final Pattern FULL = Pattern.compile(Articles.ACT + "第([〇一二三四五六七八九十百]+)条");

    @Test
    void everyArticleCitedIsKeptInArticles() {
        Set<Integer> kept = Arrays.stream(Articles.class.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getName().startsWith("ART_"))
                .map(f -> Integer.parseInt(f.getName().split("_")[1])).collect(Collectors.toCollection(TreeSet::new));
        Map<Integer, String> cited = new TreeMap<>();
        sources().forEach(file -> {
            String text = read(file);
            for (Pattern pattern : new Pattern[] {SHORT, FULL}) {
                Matcher m = pattern.matcher(text);
                while (m.find()) {
                    cited.putIfAbsent(pattern == SHORT ? Integer.parseInt(m.group(1)) : kanji(m.group(1)), file.toString());
                }
            }
        });
        assertThat(cited).as("articles cited").isNotEmpty().containsKeys(52, 56);
        assertThat(kept).as("articles kept in Articles").containsAll(cited.keySet());
    }

    @Test
    void theCorrectedWordsStayCorrected() {
        sources().forEach(file -> {
            String text = read(file);
            assertThat(text).as(file.toString())
                    .doesNotContain("導入等を認める")      // the Act grants no permit: 勧告しない
                    .doesNotContain("不受諾")              // the operator 応諾しない
                    .doesNotContain("経済施策一体推進法");
            if (!file.toString().endsWith(".java")) {  // code may say why it is not one
                assertThat(text).as(file.toString()).doesNotContain("過料"); // a missed change notice is a criminal fine (Art 96)
            }
        });
    }

    @Test
    void kanjiNumeralsAreRead() {
        assertThat(kanji("五十二")).isEqualTo(52);
        assertThat(kanji("九十六")).isEqualTo(96);
        assertThat(kanji("百")).isEqualTo(100);
        assertThat(kanji("十")).isEqualTo(10);
    }

    private static int kanji(String numeral) {
        int total = 0;
        int digit = 0;
        for (char c : numeral.toCharArray()) {
            switch (c) {
                case '百' -> { total += (digit == 0 ? 1 : digit) * 100; digit = 0; }
                case '十' -> { total += (digit == 0 ? 1 : digit) * 10; digit = 0; }
                default -> digit = "〇一二三四五六七八九".indexOf(c);
            }
        }
        return total + digit;
    }

    private static Stream<Path> sources() {
        return Stream.of("forms", "bpmn", "documents", "src/main/resources/db", "src/main/java").flatMap(CitationsTest::walk)
                .filter(file -> file.toString().matches(".*\\.(form|bpmn|dmn|sql|java|ftlh)$"));
    }

    private static Stream<Path> walk(String folder) {
        try {
            return Files.walk(Path.of(folder)).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
