package jp.espa.kikan.platform.http;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import com.zaxxer.hikari.SQLExceptionOverride;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A database outage answers 503 problem+json with Retry-After within seconds, on the project API, the engine REST API
 * and the webapps' API, instead of Spring's or Camunda's 500 after a wait of 30 s for a connection (the pool now waits
 * 2 s, application.yaml). A request has met the outage when the pool had no connection for it or one of its statements
 * failed on a broken connection (SQLSTATE class 08, PostgreSQL's 57P01-57P03); whatever error it then answers (an
 * exception reaching this filter, Camunda's 500 from its exception mappers, a 401 because the password could not be
 * checked) becomes the 503. Once a request has met the outage its further connection requests fail at once, so it
 * answers after one wait, not one per transaction; and for 2 s after the database refused a connection every
 * connection request fails at once (the pool keeps trying on its own, so a database that is back is found as soon).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutage {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    static final ServiceProblem ANSWER = new ServiceProblem(503, Duration.ofSeconds(10), "Service Unavailable",
            "The database cannot be reached or is too busy at the moment. Try again later.",
            "サービスを一時的に利用できません",
            "データベースに接続できない（停止中または混雑中の）ため、処理できませんでした。しばらくしてから再度お試しください。");

    /** PostgreSQL: the server shuts down (57P01 admin, 57P02 crash) or cannot take connections yet (57P03). */
    private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P02", "57P03");

    /** The request on this thread, if any: whether it met the outage. */
    private static final ThreadLocal<boolean[]> MET = new ThreadLocal<>();

    /** How long after the database refused a connection new requests for one fail without waiting. */
    private static final long REFUSED_WINDOW = Duration.ofSeconds(2).toNanos();

    /** The database refused or broke a connection, or the pool had none to give in time (2 s). */
    static boolean brokenConnection(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || unreachable(cause)) {
                return true;
            }
        }
        return false;
    }

    /** The database refused or broke a connection (not merely a pool with every connection in use). */
    private static boolean unreachable(Throwable e) {
        return e instanceof SQLException sql && sql.getSQLState() != null
                && (sql.getSQLState().startsWith("08") || CONNECTION_STATES.contains(sql.getSQLState()));
    }

    private static void met() {
        boolean[] met = MET.get();
        if (met != null) {
            met[0] = true;
        }
    }

    private static boolean metAlready() {
        boolean[] met = MET.get();
        return met != null && met[0];
    }

    /** Hikari shows this every SQLException on its connections (application.yaml); it still decides on eviction. */
    public static class BrokenConnections implements SQLExceptionOverride {
        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            if (brokenConnection(e)) {
                met();
            }
            return SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }

    /** Wraps the pool after DurableH2Commits (which is ordered, so it comes first) to see the pool's refusals. */
    @Bean
    static BeanPostProcessor outageSeeingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource pool && !(bean instanceof OutageSeeing) ? new OutageSeeing(pool) : bean;
            }
        };
    }

    static final class OutageSeeing extends DelegatingDataSource {

        private volatile long refusedAt = System.nanoTime() - REFUSED_WINDOW;

        OutageSeeing(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (metAlready() || System.nanoTime() - refusedAt < REFUSED_WINDOW) {
                met();
                throw new SQLTransientConnectionException("The database was unreachable a moment ago", "08001");
            }
            try {
                return super.getConnection();
            } catch (SQLException e) {
                if (brokenConnection(e)) {
                    met();
                }
                if (unreachable(e)) {
                    refusedAt = System.nanoTime();
                }
                throw e;
            }
        }
    }

    @Bean
    FilterRegistrationBean<OutageAnswers> databaseOutageAnswers() {
        var registration = new FilterRegistrationBean<>(new OutageAnswers());
        registration.setUrlPatterns(List.of("/api/*", "/engine-rest/*", "/camunda/api/*"));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20); // outside Spring Security and Camunda's filters
        registration.setName("database-outage-answers");
        return registration;
    }

    static final class OutageAnswers extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            boolean[] met = {false};
            MET.set(met);
            ServiceProblem.ErrorsHeld held = new ServiceProblem.ErrorsHeld(response, () -> met[0]);
            try {
                chain.doFilter(request, held);
            } catch (IOException | ServletException | RuntimeException e) {
                if (!(met[0] || brokenConnection(e)) || response.isCommitted()) {
                    throw e;
                }
                met[0] = true;
                held.held = true;
            } finally {
                MET.remove();
            }
            if (held.held && met[0] && !response.isCommitted()) {
                log.warn("Database unreachable: {} {} answered 503", request.getMethod(), request.getRequestURI());
                ANSWER.answer(request, response);
            }
        }
    }
}
