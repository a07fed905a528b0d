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
 * The words the review corrected stay corrected in models, forms, migrations and code. (The provisions they cite
 * are checked against the law's text by documents/CitationsTableTest.)
 */
class CitationsTest {

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
