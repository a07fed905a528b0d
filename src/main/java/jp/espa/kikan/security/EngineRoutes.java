package jp.espa.kikan.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The engine's paths as {@link EngineRequestGuard} reads them, and what a non-administrator may send there besides
 * reads (GET, HEAD, OPTIONS), with the check each such request must pass; everything else is refused.
 */
final class EngineRoutes {

    /** Counts over every instance of the definitions one may read (the engine filters them by definition only). */
    static final Pattern AGGREGATE = Pattern.compile(String.join("|",
            "process-definition(/key/[^/]+(/tenant-id/[^/]+)?|/[^/]+)?/statistics",
            "history/process-definition/[^/]+/statistics",
            "history/[^/]+/report",
            "history/[^/]+/cleanable-[^/]+-report(/count)?",
            "task/report/[^/]+",
            // Cockpit's plugin API (its dashboard and process list)
            "plugin/base/[^/]+/process-definition/statistics(-count)?"));
    static final Pattern DEPLOYMENT_CHANGE = Pattern.compile("deployment/(create|[^/]+/redeploy|[^/]+)");
    static final Pattern CLAIM = Pattern.compile("task/[^/]+/claim");
    static final Pattern TASK_UPDATE = Pattern.compile("task/(?<task>[^/]+)");
    /** Any path of one task (its id, or a word such as "create" that names no task). */
    static final Pattern ONE_TASK = Pattern.compile("task/(?<task>[^/]+)(/.*)?");

    enum Check { NONE, SELF, TASK_FORM, START_FORM, FOLLOW_UP, OWN_WORK, OWN_CLAIM }

    /** A request a non-administrator may send, once it passes its check; the match names its task, user or definition. */
    record Allowed(Check check, Matcher match) {
    }

    private record Route(String method, Pattern path, Check check) {
        Route(String method, String path, Check check) {
            this(method, Pattern.compile(path), check);
        }
    }

    private static final List<Route> ROUTES = List.of(
            // queries that Tasklist and Cockpit send as POST (criteria in the body); they change nothing
            new Route("POST", "(task|process-instance|execution|variable-instance)(/count)?", Check.NONE),
            new Route("POST", "filter/[^/]+/(list|count|singleResult)", Check.NONE),
            new Route("POST", "history/(?!cleanup(/|$))[^/]+(/count)?", Check.NONE),
            new Route("POST", "identity/password-policy", Check.NONE),
            // work on a task of one's group: claim it for oneself, release one's own claim, comment on it (its own case)
            new Route("POST", "task/(?<task>[^/]+)/unclaim", Check.OWN_CLAIM),
            new Route("POST", "task/(?<task>[^/]+)/(claim|comment/create)", Check.OWN_WORK),
            // one's own password and profile
            new Route("PUT", "user/(?<user>[^/]+)/(credentials|profile)", Check.SELF),
            // forms: only the form's own editable fields
            new Route("POST", "task/(?<task>[^/]+)/(complete|submit-form|resolve)", Check.TASK_FORM),
            new Route("POST", "process-definition/(key/(?<key>[^/]+)(/tenant-id/(?<tenant>[^/]+))?|(?<id>[^/]+))/submit-form",
                    Check.START_FORM),
            // Tasklist's "Set follow-up date" (the whole task as GET returned it): the follow-up date only
            new Route("PUT", TASK_UPDATE.pattern(), Check.FOLLOW_UP));

    private EngineRoutes() {
    }

    /** The route a non-administrator may send this to; empty: refused. */
    static Optional<Allowed> allowed(String method, String path) {
        for (Route route : path == null ? List.<Route>of() : ROUTES) {
            Matcher match = route.path().matcher(path);
            if (route.method().equals(method) && match.matches()) {
                return Optional.of(new Allowed(route.check(), match));
            }
        }
        return Optional.empty();
    }

    /**
     * The path after the surface and the engine part: "task/1/complete" for /engine-rest/task/1/complete,
     * /engine-rest/engine/default/task/1/complete and /camunda/api/engine/engine/default/task/1/complete. From the
     * servlet's path info (decoded, without path parameters); null for a path the engine would not normalise the same
     * way (empty, "." or ".." segments), which is then refused.
     */
    static String route(HttpServletRequest request) {
        String info = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (info.endsWith("/")) {
            info = info.substring(0, info.length() - 1);
        }
        List<String> segments = new ArrayList<>(List.of(info.startsWith("/") ? info.substring(1).split("/", -1) : new String[0]));
        if (segments.stream().anyMatch(s -> s.isEmpty() || s.equals(".") || s.equals("..") || s.contains(";"))) {
            return null;
        }
        if (segments.size() >= 2 && segments.get(0).equals("engine")) {
            segments = segments.subList(2, segments.size());
        }
        return String.join("/", segments);
    }
}
