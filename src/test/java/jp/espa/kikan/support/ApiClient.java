package jp.espa.kikan.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Calls the running service over real HTTP as a demo account (password "demo"; user "intruder" sends a wrong one). */
public final class ApiClient {

    public record Answer(int status, String contentType, JsonNode body) {
    }

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json;
    private final int port;

    public ApiClient(ObjectMapper json, int port) {
        this.json = json;
        this.port = port;
    }

    /** {@code user} null sends no credentials; a String body is sent as it is (to send broken JSON). */
    public Answer call(String method, String path, String user, Object body) throws IOException, InterruptedException {
        return call(method, path, user, user != null && user.equals("intruder") ? "wrong" : "demo", body);
    }

    /** As {@link #call(String, String, String, Object)} with the password given. */
    public Answer call(String method, String path, String user, String password, Object body)
            throws IOException, InterruptedException {
        return send(method, path, user == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)), body);
    }

    /** As {@link #call(String, String, String, Object)} with a bearer token of the identity provider. */
    public Answer callWithToken(String method, String path, String token, Object body)
            throws IOException, InterruptedException {
        return send(method, path, "Bearer " + token, body);
    }

    private Answer send(String method, String path, String authorization, Object body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        // a PDF or other non-JSON answer has no body here: download() reads its bytes
        JsonNode parsed = response.body().isBlank() || !contentType.contains("json") && !contentType.isEmpty() ? null
                : json.readTree(response.body());
        return new Answer(response.statusCode(), contentType, parsed);
    }

    /**
     * A POST as a page of another site makes the browser send it: a form's (or no) Content-Type, the Basic credentials
     * the browser cached for this service (password "demo"), and the headers given as name, value, ... (none: what a
     * form sends).
     */
    public Answer crossSite(String path, String user, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        String[] withOrigin = java.util.Arrays.copyOf(headers, headers.length + 2);
        withOrigin[headers.length] = "Origin";
        withOrigin[headers.length + 1] = "https://attacker.example";
        return post(path, user, "demo", contentType, body, withOrigin);
    }

    /** A POST with the given Content-Type (none when null), body and headers (name, value, ...). */
    public Answer post(String path, String user, String password, String contentType, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        return new Answer(response.statusCode(), type, type.contains("json") && !response.body().isBlank()
                ? json.readTree(response.body()) : null);
    }

    /** The boundary of {@link #deploymentForm(String)}. */
    public static final String BOUNDARY = "----kikanFormBoundary";

    /** A multipart form deploying one BPMN file (a process that is not executable: the deployment adds no definition). */
    public static String deploymentForm(String name) {
        String bpmn = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\""
                + " targetNamespace=\"https://example.invalid\"><process id=\"" + name + "\" isExecutable=\"false\"/></definitions>";
        return "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + name + ".bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + BOUNDARY + "--\r\n";
    }

    /** A GET answered with bytes (a PDF), as a demo account. */
    public HttpResponse<byte[]> download(String path, String user) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
