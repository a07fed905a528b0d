package jp.espa.kikan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The project's Japanese locale of each Camunda webapp (scripts/webapp-locales/generate-ja) against the English one
 * of the Camunda version on the classpath: no English label falls through, nothing is left untranslated, no
 * placeholder or markup is invented or lost, and dates are Japanese.
 */
class WebappLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");
    private static final Pattern TAG = Pattern.compile("</?(a|br|strong|em|b|i|p|span|code)\\b");
    /** English a Japanese label may keep: product names, the technical abbreviations Japanese uses as they are, date patterns. */
    private static final Set<String> KEPT_WORDS = Set.of("Camunda", "Optimize", "ID", "CSV", "JSON", "DMN", "BPMN", "XML", "URL",
            "API", "LDAP", "CE", "Ctrl", "DI", "PI", "TU", "EDE", "FNI", "DRD", "null", "lt", "gt", "resolve", "Promise",
            "cockpit", "tasklist", "yyyy", "YYYY", "MM", "mm", "ss", "ddTHH", "DDTHH");
    /** The English plural ending, a label of its own ("instance" + "s"): Japanese has none. */
    private static final String PLURAL_ENDING = "s";

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishLabelHasAJapaneseOne(String app) throws IOException {
        Map<String, String> english = labels(app, "en");
        Map<String, String> japanese = labels(app, "ja");
        assertThat(english).as("English labels of %s on the classpath", app).hasSizeGreaterThan(100);

        List<String> faults = new ArrayList<>();
        english.forEach((key, en) -> {
            String ja = japanese.get(key);
            if (ja == null) {
                faults.add(key + ": missing");
            } else if (ja.isBlank() && !en.isBlank() && !en.equals(PLURAL_ENDING)) {
                faults.add(key + ": empty");
            } else if (ja.equals(en) && !KEPT_WORDS.containsAll(words(en))) {
                faults.add(key + ": still English: " + en);
            } else if (!KEPT_WORDS.containsAll(words(ja))) {
                faults.add(key + ": English words " + words(ja) + " in " + ja);
            } else if (!matches(PLACEHOLDER, en).containsAll(matches(PLACEHOLDER, ja))) {
                faults.add(key + ": placeholders " + matches(PLACEHOLDER, ja) + " not among " + matches(PLACEHOLDER, en));
            } else if (!matches(TAG, ja).equals(matches(TAG, en))) {
                faults.add(key + ": markup " + matches(TAG, ja) + " instead of " + matches(TAG, en));
            }
        });
        assertThat(faults).as("%s: %d English labels, Japanese faults", app, english.size()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void datesAreWrittenTheJapaneseWay(String app) throws IOException {
        JsonNode dates = locale(app, "ja").get("dateLocales");
        assertThat(dates.at("/longDateFormat/LL").asText()).isEqualTo("YYYY年M月D日（ddd）");
        assertThat(dates.at("/longDateFormat/LLLL").asText()).startsWith("NNNNy年");
        assertThat(dates.at("/eras/0/name").asText()).isEqualTo("令和");
        assertThat(dates.at("/eras/0/since").asText()).isEqualTo("2019-05-01");
        assertThat(dates.at("/weekdaysShort/2").asText()).isEqualTo("火");
        assertThat(dates.at("/relativeTime/future").asText()).isEqualTo("%s後");
    }

    private Map<String, String> labels(String app, String language) throws IOException {
        Map<String, String> labels = new java.util.LinkedHashMap<>();
        flatten("", locale(app, language).get("labels"), labels);
        return labels;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isObject()) {
                flatten(prefix + field.getKey() + ".", field.getValue(), into);
            } else {
                into.put(prefix + field.getKey(), field.getValue().asText());
            }
        }
    }

    private JsonNode locale(String app, String language) throws IOException {
        String path = LOCALES.formatted(app, language);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            // Camunda's English files start with a byte order mark
            return json.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", ""));
        }
    }

    private static Set<String> words(String text) {
        return matches(WORD, PLACEHOLDER.matcher(text).replaceAll("").replaceAll("<[^>]*>", ""));
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(matcher.groupCount() > 0 ? 1 : 0));
        }
        return found;
    }
}
