package jp.espa.kikan.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jp.espa.kikan.legal.Articles;
import jp.espa.kikan.legal.CompetentOrdinance;
import jp.espa.kikan.registry.ExemptionGround;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The provisions the written notices cite, in one table that legal staff can correct without a release:
 * {@code documents/citations.tsv} (key, law, citation, the provision's text it was checked against, its source in
 * the law's text), or a file of the same form that {@code kikan.documents.citations} names, which replaces it and must
 * keep every key. Templates cite only through it: {@code ${law.ACT_DEFINED}${art.ACT_52_6}} for the Act's first
 * mention, {@code ${same.ACT_52_7}} (同法第五十二条第七項) after it, {@code ${law.APA_30}} (行政手続法第三十条).
 */
@Component
public class Citations {

    static final String BUNDLED = "/documents/citations.tsv";

    /** The laws cited, by the names a notice gives them. */
    enum Law {
        ACT(Articles.ACT), APA("行政手続法"),
        // the exemptions from filing and the emergencies: the cabinet order and each competent ordinance, by its number
        CABINET_ORDER(ExemptionGround.CABINET_ORDER),
        ORD_METI(CompetentOrdinance.METI.citedAs()), ORD_MLIT(CompetentOrdinance.MLIT.citedAs()),
        ORD_MIC(CompetentOrdinance.MIC.citedAs()), ORD_FSA(CompetentOrdinance.FSA.citedAs());

        final String name;

        Law(String name) {
            this.name = name;
        }
    }

    record Citation(String key, Law law, String citation, String checkedAgainst, String source) {
    }

    private final Map<String, Citation> table;

    @Autowired
    Citations(@Value("${kikan.documents.citations:}") String file) {
        Map<String, Citation> bundled = bundled().table;
        this.table = file.isBlank() ? bundled : read(Path.of(file), bundled);
    }

    private Citations(Map<String, Citation> table) {
        this.table = table;
    }

    /** The table shipped with this release. */
    public static Citations bundled() {
        try (InputStream in = Citations.class.getResourceAsStream(BUNDLED)) {
            return new Citations(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Citation> read(Path file, Map<String, Citation> bundled) {
        try {
            Map<String, Citation> replaced = parse(Files.readString(file), file.toString());
            List<String> missing = bundled.keySet().stream().filter(key -> !replaced.containsKey(key)).toList();
            if (!missing.isEmpty()) { // a notice would cite nothing: refuse to start rather than issue it
                throw new IllegalStateException(file + " lacks the citations " + missing);
            }
            return replaced;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the citations table " + file, e);
        }
    }

    private static Map<String, Citation> parse(String text, String where) {
        Map<String, Citation> rows = new LinkedHashMap<>();
        text.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            String[] f = line.split("\t", -1);
            if (f.length != 5 || f[2].isBlank() || Arrays.stream(Law.values()).noneMatch(law -> law.name().equals(f[1]))) {
                throw new IllegalStateException(where + ": not a citation (key, law, citation, text, source): " + line);
            }
            rows.put(f[0], new Citation(f[0], Law.valueOf(f[1]), f[2], f[3], f[4]));
        });
        return Map.copyOf(rows);
    }

    Map<String, Citation> table() {
        return table;
    }

    /** The provision's own words, as the row was checked against the law's text (shown to the official who applies it). */
    public String quote(String key) {
        Citation c = table.get(key);
        if (c == null) {
            throw new IllegalArgumentException("No citation " + key);
        }
        return c.checkedAgainst();
    }

    /** With the law's name, for a first mention: 経済安全保障推進法第五十条第一項, 行政手続法第三十条; and ACT_DEFINED. */
    public Map<String, String> full() {
        Map<String, String> full = cited(c -> c.law().name + c.citation());
        full.put("ACT_DEFINED", Articles.ACT_DEFINED);
        return Map.copyOf(full);
    }

    /** Without it, to follow the law's name or its definition: 第五十二条第六項. */
    public Map<String, String> bare() {
        return Map.copyOf(cited(Citation::citation));
    }

    /** After the law was named: 同法第五十二条第七項. */
    public Map<String, String> same() {
        return Map.copyOf(cited(c -> "同法" + c.citation()));
    }

    private Map<String, String> cited(Function<Citation, String> form) {
        return table.values().stream().collect(Collectors.toMap(Citation::key, form, (a, b) -> a, LinkedHashMap::new));
    }
}
