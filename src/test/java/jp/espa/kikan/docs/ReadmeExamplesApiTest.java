package jp.espa.kikan.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.support.ApiClient;
import jp.espa.kikan.support.ApiClient.Answer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a newcomer copies works: every curl line of the README that posts an example (examples/*.json) is accepted by
 * the service as that account, every example is used by such a line, and every example value of the OpenAPI
 * document has its property's type (a strict API refuses a number for a string).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class ReadmeExamplesApiTest {

    /** {@code curl -u portal:demo … -d @examples/plan.json http://localhost:8080/api/screenings} */
    private static final Pattern CURL_POST = Pattern.compile(
            "curl -u ([\\w-]+):demo .*-d @(examples/[\\w-]+\\.json) http://localhost:8080(/\\S+)");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;

    record Post(String user, Path example, String path) {
    }

    @Test
    void everyCurlLineOfTheReadmeIsAccepted() throws Exception {
        List<Post> posts = curlPosts();
        assertThat(posts).as("curl lines posting an example in README.md").isNotEmpty();
        for (Post post : posts) {
            Answer answer = new ApiClient(json, port).call("POST", post.path(), post.user(), Files.readString(post.example()));
            // 201 the first time; 200 when a numbered filing is sent again (the README's line run twice)
            assertThat(answer.status()).as(post + ": " + answer.body()).isIn(200, 201);
        }
    }

    @Test
    void everyExampleIsUsedByTheReadme() throws IOException {
        List<Path> used = curlPosts().stream().map(Post::example).toList();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            assertThat(examples.filter(f -> f.toString().endsWith(".json")).sorted().toList()).isNotEmpty()
                    .allSatisfy(example -> assertThat(used).as("README curl lines").contains(example));
        }
    }

    @Test
    void everyOpenApiExampleHasItsPropertysType() throws Exception {
        JsonNode document = new ApiClient(json, port).call("GET", "/v3/api-docs", "portal", null).body();
        List<String> wrong = new ArrayList<>();
        int examples = 0;
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
                JsonNode example = property.getValue().get("example");
                if (example == null) {
                    continue;
                }
                examples++;
                if (!hasType(example, property.getValue())) {
                    wrong.add(schema.getKey() + "." + property.getKey() + " = " + example);
                }
            }
        }
        assertThat(examples).as("examples in the OpenAPI document").isPositive();
        assertThat(wrong).as("examples whose JSON type is not the property's").isEmpty();
    }

    /** The property's type, or one of its types (OpenAPI 3.1 lists them: ["string", "null"]). */
    private static boolean hasType(JsonNode example, JsonNode property) {
        JsonNode type = property.path("type");
        List<String> types = new ArrayList<>();
        (type.isArray() ? type : List.of(type)).forEach(t -> types.add(t.asText()));
        return types.stream().anyMatch(t -> switch (t) {
            case "string" -> example.isTextual();
            case "integer" -> example.isIntegralNumber();
            case "number" -> example.isNumber();
            case "boolean" -> example.isBoolean();
            case "null" -> example.isNull();
            default -> true;
        });
    }

    private static List<Post> curlPosts() throws IOException {
        List<Post> posts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("README.md"))) {
            Matcher curl = CURL_POST.matcher(line);
            if (curl.find()) {
                posts.add(new Post(curl.group(1), Path.of(curl.group(2)), curl.group(3)));
            }
        }
        return posts;
    }
}
