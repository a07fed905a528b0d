package jp.espa.kikan.platform.http;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slow request bodies cannot take a node's threads. Tomcat gives a request one of its 200 threads as soon as the
 * headers are in, and a body that trickles in holds that thread while the application reads it: 250 authenticated or
 * 1,000 anonymous such requests stopped a node, health included. So at most {@code kikan.request-bodies.at-once}
 * requests with a body are in the application together (more are answered 503 with Retry-After at once, their body
 * unread), a body must be in within {@code kikan.request-bodies.time-limit} (else 408), Tomcat closes a connection
 * that sends nothing for 10 s (application.yaml), and a body the application did not read (a 401 before the body,
 * say) is not drained after the answer, which would hold the thread as long: the connection is closed instead. The
 * other threads keep answering health, reads and bodies that arrive at a normal pace.
 */
@Configuration(proxyBeanMethods = false)
class SlowBodies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private static final Logger log = LoggerFactory.getLogger(SlowBodies.class);

    static final ServiceProblem BUSY = new ServiceProblem(503, Duration.ofSeconds(5), "Service Unavailable",
            "Too many requests are sending their body at this moment. Try again later.",
            "サービスを一時的に利用できません", "混雑しています。しばらくしてから再度お試しください。");
    static final ServiceProblem TOO_SLOW = new ServiceProblem(408, Duration.ofSeconds(5), "Request Timeout",
            "The request body did not arrive in time; nothing was changed by this request.",
            "リクエストがタイムアウトしました", "送信に時間がかかりすぎたため、処理できませんでした。再度お試しください。");

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextValves(new UnreadBodyNotDrained());
    }

    /** After the answer, Tomcat would read the rest of an unread body to keep the connection: it closes it instead. */
    static final class UnreadBodyNotDrained extends ValveBase {

        UnreadBodyNotDrained() {
            super(true);
        }

        @Override
        public void invoke(Request request, Response response) throws IOException, ServletException {
            try {
                getNext().invoke(request, response);
            } finally {
                AtomicBoolean fullyRead = new AtomicBoolean(true);
                request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
                // only while the client can still be told: closing after headers that promised keep-alive would fail
                // the client's next request on this connection
                if (!fullyRead.get() && !response.isCommitted()) {
                    boolean failedBefore = response.isError();
                    response.setHeader("Connection", "close");
                    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
                    if (!failedBefore) {
                        // the action marks the exchange as failed so that it closes; the answer written stands, not
                        // the error page Tomcat would otherwise put over it
                        response.setErrorReported();
                    }
                }
            }
        }
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> slowBodiesLimited(@Value("${kikan.request-bodies.at-once}") int atOnce,
                                                                   @Value("${kikan.request-bodies.time-limit}") Duration timeLimit) {
        Semaphore permits = new Semaphore(atOnce);
        AtomicLong refused = new AtomicLong();
        AtomicLong lastWarned = new AtomicLong();
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
                    chain.doFilter(request, response);
                    return;
                }
                if (!permits.tryAcquire()) {
                    long count = refused.incrementAndGet();
                    long now = System.nanoTime();
                    long last = lastWarned.get();
                    if (now - last > Duration.ofSeconds(10).toNanos() && lastWarned.compareAndSet(last, now)) {
                        log.warn("{} requests with a body sent 503: {} bodies are being received (slow clients?)",
                                count, atOnce);
                    }
                    BUSY.answer(request, response);
                    return;
                }
                try {
                    TimedBody timed = new TimedBody(request, System.nanoTime() + timeLimit.toNanos());
                    ServiceProblem.ErrorsHeld held = new ServiceProblem.ErrorsHeld(response, () -> timed.late);
                    chain.doFilter(timed, held);
                    if (held.held && !response.isCommitted()) {
                        TOO_SLOW.answer(request, response);
                    }
                } finally {
                    permits.release();
                }
            }
        });
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // before everything that might read a body
        registration.setName("slow-bodies-limited");
        return registration;
    }

    /** The request's body, refused once its time is up (checked at each read; Tomcat bounds the wait of one read). */
    static final class TimedBody extends HttpServletRequestWrapper {

        private final long deadline;
        volatile boolean late;
        private ServletInputStream timed;

        TimedBody(HttpServletRequest request, long deadline) {
            super(request);
            this.deadline = deadline;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (timed == null) {
                ServletInputStream body = super.getInputStream();
                timed = new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        inTime();
                        return body.read();
                    }

                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        inTime();
                        return body.read(b, off, len);
                    }

                    @Override
                    public boolean isFinished() {
                        return body.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return body.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        body.setReadListener(listener);
                    }
                };
            }
            return timed;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private void inTime() throws IOException {
            if (System.nanoTime() > deadline) {
                late = true;
                throw new IOException("The request body did not arrive within its time limit");
            }
        }
    }
}
