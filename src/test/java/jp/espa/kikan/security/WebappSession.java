package jp.espa.kikan.security;

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

/**
 * A browser's conversation with the Camunda webapps over real HTTP, without a browser: session and CSRF cookies are
 * kept by hand (java.net's cookie store would not send back a Secure cookie over plain HTTP), the CSRF token is sent
 * in X-XSRF-TOKEN as the webapps' JavaScript does.
 */
final class WebappSession {

    record Answer(int status, String body, List<String> setCookies) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrfToken;

    WebappSession(int port) {
        this.base = "http://localhost:" + port + "/camunda";
    }

    /** Logs in to a webapp (welcome, tasklist, cockpit, admin) as the webapps' login page does. */
    Answer login(String user, String password, String app) throws IOException, InterruptedException {
        if (csrfToken == null) {
            send("GET", "/api/admin/auth/user/default", null, null);
        }
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send("POST", "/api/admin/auth/user/default/login/" + app, form, "application/x-www-form-urlencoded");
    }

    /** A call of the webapps' API (e.g. /api/engine/engine/default/user/create) in this session. */
    Answer send(String method, String path, String body, String contentType) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(Collectors.joining("; ")));
        }
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrfToken = token);
        List<String> setCookies = response.headers().allValues("Set-Cookie");
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
        return new Answer(response.statusCode(), response.body(), setCookies);
    }
}
