package jp.espa.kikan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.support.ApiClient.Answer;

/**
 * A demo account logged in to the Camunda webapps the way Tasklist does it: session cookie from the login, and the
 * CSRF token Camunda hands out in the X-XSRF-TOKEN response header, sent back (with the page's Origin) on every
 * modifying request. Then calls the webapps' engine API (/camunda/api/engine/engine/default/...) as that account.
 */
public final class WebappSession {

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private final ObjectMapper json;
    private final String origin;
    private String csrfToken = "";

    private WebappSession(ObjectMapper json, int port) {
        this.json = json;
        this.origin = "http://localhost:" + port;
    }

    /** Logs in to Tasklist with the demo password; fails unless the login is accepted. */
    public static WebappSession login(ObjectMapper json, int port, String user) throws IOException, InterruptedException {
        WebappSession session = new WebappSession(json, port);
        session.send(HttpRequest.newBuilder(session.uri("/camunda/app/tasklist/default/")).GET()); // session and token
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpResponse<String> login = session.send(session.modifying("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + user + " to Tasklist: " + login.statusCode() + " " + login.body());
        }
        session.send(HttpRequest.newBuilder(session.uri("/camunda/api/admin/auth/user/default")).GET()); // token of the new session
        return session;
    }

    /** {@code path} from the server root; a String body is sent as it is. */
    public Answer call(String method, String path, Object body) throws IOException, InterruptedException {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body));
        HttpRequest.Builder request = (method.equals("GET") ? HttpRequest.newBuilder(uri(path)) : modifying(path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .method(method, publisher);
        HttpResponse<String> response = send(request);
        JsonNode parsed = response.body().isBlank() ? null : json.readTree(response.body());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), parsed);
    }

    private HttpRequest.Builder modifying(String path) {
        return HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", csrfToken).header("Origin", origin)
                .header("Referer", origin + "/camunda/app/tasklist/default/");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
        return response;
    }

    private URI uri(String path) {
        return URI.create(origin + path);
    }
}
