package jp.espa.kikan.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request to the engine with its body as {@link EngineRequestGuard} checked it; Content-Length follows it. The
 * guard reads bodies strictly: a duplicate key or trailing data is refused, so the engine reads exactly the body
 * checked.
 */
final class CheckedBody extends HttpServletRequestWrapper {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final byte[] body;

    CheckedBody(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** A request body as a JSON object (an empty body: an empty object); null when it is not one. */
    static ObjectNode jsonObject(byte[] raw) {
        try {
            return (raw.length == 0 ? JSON.createObjectNode() : JSON.readTree(raw)) instanceof ObjectNode body ? body : null;
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public String getCharacterEncoding() {
        return StandardCharsets.UTF_8.name();
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public String getHeader(String name) {
        return "Content-Length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return "Content-Length".equalsIgnoreCase(name) ? Collections.enumeration(List.of(String.valueOf(body.length)))
                : super.getHeaders(name);
    }

    @Override
    public int getIntHeader(String name) {
        return "Content-Length".equalsIgnoreCase(name) ? body.length : super.getIntHeader(name);
    }
}
