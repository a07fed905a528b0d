package jp.espa.kikan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.registry.Procedure;

import org.junit.jupiter.api.Test;

/**
 * The forms' links to documents, read from forms/*.form as Tasklist gets them: each opens in a new tab
 * (target=_blank rel=noopener) under /documents/ (the webapps' session, never /api), a draft names a document kind of
 * the link's procedure, and the parts a draft link takes from the form are parts that kind's draft may show
 * ({@link TypedDraft}), from fields of that form. Every form that issues a document links its draft.
 */
class DocumentLinksInFormsTest {

    private static final Pattern LINK = Pattern.compile("<a ([^>]*)>([^<]*)</a>");
    private static final Pattern DRAFT = Pattern.compile("/documents/([a-z-]+)/\\{\\{[A-Za-z.]+}}/drafts/([A-Z_]+)");
    private static final Pattern LIST = Pattern.compile("/documents/([a-z-]+)/\\{\\{[A-Za-z.]+}}");

    record Link(String form, String attributes, String text) {
        String attribute(String name) {
            Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(attributes);
            return m.find() ? m.group(1) : null;
        }
    }

    static List<Link> links() throws IOException {
        List<Link> links = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path form : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                JsonNode root = new ObjectMapper().readTree(form.toFile());
                texts(root, form.getFileName().toString(), links);
            }
        }
        return links;
    }

    private static void texts(JsonNode node, String form, List<Link> links) {
        if (node.path("type").asText().equals("text")) {
            Matcher m = LINK.matcher(node.path("text").asText());
            while (m.find()) {
                links.add(new Link(form, m.group(1), m.group(2)));
            }
        }
        node.path("components").forEach(child -> texts(child, form, links));
    }

    static Set<String> fieldIds(String form) throws IOException {
        Set<String> ids = new HashSet<>();
        collect(new ObjectMapper().readTree(Path.of("forms", form).toFile()), ids);
        return ids;
    }

    private static void collect(JsonNode node, Set<String> ids) {
        if (node.has("id")) {
            ids.add(node.get("id").asText());
        }
        node.path("components").forEach(child -> collect(child, ids));
    }

    @Test
    void everyDocumentLinkOpensUnderDocumentsInANewTab() throws IOException {
        List<Link> links = links();
        assertThat(links).hasSizeGreaterThan(30);
        for (Link link : links) {
            assertThat(link.attribute("href")).as(link.toString()).startsWith("/documents/");
            assertThat(link.attribute("target")).as(link.toString()).isEqualTo("_blank");
            assertThat(link.attribute("rel")).as(link.toString()).isEqualTo("noopener");
        }
        assertThat(Files.readString(Path.of("forms", "Form_ReviewPlan.form"))).contains("発出済みの文書（一覧）").doesNotContain("/api/");
    }

    @Test
    void eachDraftLinkNamesADocumentOfItsProcedureAndPartsItsDraftShowsFromFieldsOfItsForm() throws IOException {
        Set<DocumentKind> linked = new HashSet<>();
        for (Link link : links()) {
            Matcher draft = DRAFT.matcher(link.attribute("href"));
            if (!draft.matches()) {
                assertThat(LIST.matcher(link.attribute("href")).matches()).as(link.toString()).isTrue();
                assertThat(link.text()).isEqualTo("発出済みの文書（一覧）");
                continue;
            }
            DocumentKind kind = DocumentKind.valueOf(draft.group(2));
            linked.add(kind);
            assertThat(kind.procedure()).as(link.toString())
                    .isEqualTo(Procedure.valueOf(draft.group(1).toUpperCase(Locale.ROOT).replace('-', '_')));
            assertThat(link.text()).as(link.toString()).endsWith("（案）");
            String name = link.attribute("name");
            if (name == null) {
                continue;
            }
            assertThat(link.attribute("class")).isEqualTo("kikan-draft");
            Set<String> ids = fieldIds(link.form());
            for (String pair : name.split(" ")) {
                String[] partAndField = pair.split(":");
                assertThat(TypedDraft.parts(kind)).as(link.toString()).contains(partAndField[0]);
                assertThat(ids).as(link.toString()).contains(partAndField[1]);
            }
        }
        // every document issued from a Tasklist form has its draft there (the report request is issued from the
        // start form, before the case has a number to link)
        assertThat(linked).containsAll(Set.of(DocumentKind.values()).stream()
                .filter(kind -> kind != DocumentKind.REPORT_REQUEST).toList());
    }
}
