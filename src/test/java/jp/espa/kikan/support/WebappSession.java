package jp.espa.kikan.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.support.ApiClient.Answer;

/**
 * A browser's conversation with the Camunda webapps over real HTTP, without a browser: the session and CSRF cookies
 * are kept by hand (java.net's cookie store would not send a Secure cookie back over plain HTTP), and modifying
 * requests carry the CSRF token (X-XSRF-TOKEN), Origin and Referer as the webapps' JavaScript sends them.
 */
public final class WebappSession {

    /** An answer as the browser sees it, with the cookies the server set. */
    public record Raw(int status, String contentType, String body, List<String> setCookies) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json;
    private final String origin;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken = "";

    public WebappSession(ObjectMapper json, int port) {
        this.json = json;
        this.origin = "http://localhost:" + port;
    }

    /** A session logged in to Tasklist with the demo password; fails unless the login is accepted. */
    public static WebappSession login(ObjectMapper json, int port, String user) throws IOException, InterruptedException {
        WebappSession session = new WebappSession(json, port);
        Raw login = session.login(user, "demo", "tasklist");
        if (login.status() != 200) {
            throw new IllegalStateException("Login of " + user + " to Tasklist: " + login.status() + " " + login.body());
        }
        session.send("GET", "/api/admin/auth/user/default", null, null); // the token of the new session
        return session;
    }

    /** Logs in to a webapp (welcome, tasklist, cockpit, admin) as its login page does. */
    public Raw login(String user, String password, String app) throws IOException, InterruptedException {
        if (csrfToken.isEmpty()) {
            send("GET", "/api/admin/auth/user/default", null, null);
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send("POST", "/api/admin/auth/user/default/login/" + app, form, "application/x-www-form-urlencoded");
    }

    /** A call of the webapps' API below /camunda (e.g. /api/engine/engine/default/user/create) in this session. */
    public Raw send(String method, String path, String body, String contentType) throws IOException, InterruptedException {
        return send(method, path, body, contentType, "application/json");
    }

    /** As {@link #send(String, String, String, String)}, accepting the given type (Tasklist lists tasks as application/hal+json). */
    public Raw send(String method, String path, String body, String contentType, String accept)
            throws IOException, InterruptedException {
        return send(method, path, body, contentType, accept, true);
    }

    /** As another site's page makes the browser send it: with the session cookie, without the CSRF token. */
    public Raw sendFromAnotherSite(String method, String path, String body, String contentType)
            throws IOException, InterruptedException {
        return send(method, path, body, contentType, "application/json", false);
    }

    private Raw send(String method, String path, String body, String contentType, String accept, boolean sameSite)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + "/camunda" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType).header("Accept", accept);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (!method.equals("GET") && sameSite) {
            request.header("X-XSRF-TOKEN", csrfToken).header("Origin", origin)
                    .header("Referer", origin + "/camunda/app/tasklist/default/");
        } else if (!method.equals("GET")) {
            request.header("Origin", "https://attacker.example");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return new Raw(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body(),
                setCookies);
    }

    /** The session's cookies as a browser sends them (Cookie header), for a request of one's own outside /camunda. */
    public String cookieHeader() {
        return cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).collect(Collectors.joining("; "));
    }

    /** The session's CSRF token, as the webapps' JavaScript sends it in X-XSRF-TOKEN. */
    public String csrfToken() {
        return csrfToken;
    }

    /** A JSON call, {@code path} from the server root (e.g. /camunda/api/engine/engine/default/task); a String body is sent as it is. */
    public Answer call(String method, String path, Object body) throws IOException, InterruptedException {
        return call(method, path, body, "application/json");
    }

    /** As {@link #call(String, String, Object)}, accepting the given type. */
    public Answer call(String method, String path, Object body, String accept) throws IOException, InterruptedException {
        String text = body == null ? null : body instanceof String s ? s : json.writeValueAsString(body);
        Raw raw = send(method, path.substring("/camunda".length()), text, "application/json", accept);
        JsonNode parsed = raw.body().isBlank() ? null : json.readTree(raw.body());
        return new Answer(raw.status(), raw.contentType(), parsed);
    }
}
