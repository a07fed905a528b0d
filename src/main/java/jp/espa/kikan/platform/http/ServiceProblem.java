package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import jp.espa.kikan.platform.ProblemCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * What a node answers when it cannot serve a request now (the database unreachable, still starting, too many slow
 * bodies, a body too slow): application/problem+json with Retry-After, and the connection closed. On the engine REST API and the
 * webapps' API the title and detail are Japanese and also given as {@code message}, which Tasklist, Cockpit and Admin
 * show of an error; the project API keeps its English title, with the Japanese detail and a {@code code} like its other
 * problems ({@code detail} keeps the English words of the answer, which no client is shown any more).
 */
record ServiceProblem(int status, Duration retryAfter, String title, String detail, String titleJa, String detailJa) {

    private static final ObjectMapper JSON = new ObjectMapper();

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean officials = path.startsWith("/engine-rest/") || path.startsWith("/camunda/");
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", officials ? titleJa : title);
        problem.put("status", status);
        problem.put("detail", detailJa);
        if (officials) {
            problem.put("message", detailJa);
        } else {
            problem.put("code", ProblemCode.of(status).name()); // the project API's problems all carry one (docs/api.md)
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
        response.setHeader(HttpHeaders.CONNECTION, "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        byte[] body = JSON.writeValueAsBytes(problem);
        response.setContentLengthLong(-1); // a length set for the answer it replaces would cut it
        response.getOutputStream().write(body);
    }

    /**
     * Holds back an error answer (status 400 or more) once {@code replaced} says the request's own answer no longer
     * counts (it met the database outage, its body came too late): neither status nor body reach the client, and the
     * filter that made the wrapper writes its problem instead.
     */
    static final class ErrorsHeld extends HttpServletResponseWrapper {

        private final BooleanSupplier replaced;
        boolean held;

        ErrorsHeld(HttpServletResponse response, BooleanSupplier replaced) {
            super(response);
            this.replaced = replaced;
        }

        private boolean holds(int status) {
            held |= status >= 400 && replaced.getAsBoolean();
            return held;
        }

        @Override
        public void setStatus(int status) {
            if (!holds(status)) {
                super.setStatus(status);
            }
        }

        @Override
        public void sendError(int status) throws IOException {
            if (!holds(status)) {
                super.sendError(status);
            }
        }

        @Override
        public void sendError(int status, String message) throws IOException {
            if (!holds(status)) {
                super.sendError(status, message);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return held ? DISCARDED : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return held ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!held) {
                super.flushBuffer();
            }
        }
    }

    private static final ServletOutputStream DISCARDED = new ServletOutputStream() {
        @Override
        public void write(int b) {
        }

        @Override
        public void write(byte[] b, int off, int len) {
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }
    };
}
