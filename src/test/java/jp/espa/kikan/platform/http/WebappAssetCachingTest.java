package jp.espa.kikan.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Over real HTTP: the webapps' files are kept and checked again; pages and APIs are not kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
class WebappAssetCachingTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String ifModifiedSince) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void camundasScriptsAndOursAreKeptAndAnswer304WhenUnchanged() throws Exception {
        for (String file : new String[] {"/camunda/lib/deps.js?bust=7.24.0", "/camunda/app/japanese-ui.js",
                "/camunda/app/tasklist/locales/ja.json"}) {
            HttpResponse<byte[]> first = get(file, null);
            assertThat(first.statusCode()).as(file).isEqualTo(200);
            assertThat(first.headers().allValues("Cache-Control")).as(file).containsExactly("no-cache");
            assertThat(first.headers().firstValue("Pragma")).as(file).isEmpty();
            String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

            HttpResponse<byte[]> again = get(file, lastModified);
            assertThat(again.statusCode()).as(file).isEqualTo(304);
            assertThat(again.body()).as(file).isEmpty();
        }
    }

    @Test
    void pagesAndApisAreNotKept() throws Exception {
        for (String page : new String[] {"/camunda/app/tasklist/default/", "/camunda/api/admin/auth/user/default"}) {
            assertThat(get(page, null).headers().firstValue("Cache-Control")).as(page)
                    .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        }
    }
}
