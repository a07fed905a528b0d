package jp.espa.kikan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** The guide as officials open it: a Japanese page, without a login, with every picture it shows. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class OfficialsGuideTest {

    private static final Pattern IMAGE = Pattern.compile("<img src=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theGuideIsAJapanesePageWithItsTablesAndPictures() throws Exception {
        HttpResponse<byte[]> page = get("/guide/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"ja\">", "<h1>職員のための操作ガイド", "<table>", "法第五十二条第三項");
        assertThat(html).doesNotContain("](images/"); // markdown left unrendered

        Matcher images = IMAGE.matcher(html);
        List<String> pictures = images.results().map(match -> match.group(1)).toList();
        assertThat(pictures).isNotEmpty();
        for (String picture : pictures) {
            assertThat(picture).startsWith("images/");
            HttpResponse<byte[]> image = get("/guide/" + picture);
            assertThat(image.statusCode()).as(picture).isEqualTo(200);
            assertThat(image.headers().firstValue("Content-Type")).as(picture).hasValue("image/png");
            assertThat(image.body()).as(picture).isEqualTo(Files.readAllBytes(Path.of("docs", picture)));
        }
    }
}
