package jp.espa.kikan.web;

import jp.espa.kikan.platform.ProblemCode;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;

/**
 * Every problem document of the API carries a stable {@code code} (ProblemCode) and a Japanese {@code detail}: the
 * refusal's own words where they are Japanese, else what its code says (an English message stays in the log).
 */
final class Problems {

    private Problems() {
    }

    static ProblemDetail code(ProblemDetail problem, ProblemCode code, @Nullable String message) {
        problem.setDetail(inJapanese(message, code.ja()));
        problem.setProperty("code", code.name());
        return problem;
    }

    static String inJapanese(@Nullable String message, String otherwise) {
        return ProblemCode.japanese(message) ? message : otherwise;
    }

    /** A problem Spring made (English detail), coded by its status, with that code's Japanese words. */
    static Object coded(@Nullable Object body, HttpStatusCode status) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            return code(problem, ProblemCode.of(status.value()), null);
        }
        return body;
    }
}
