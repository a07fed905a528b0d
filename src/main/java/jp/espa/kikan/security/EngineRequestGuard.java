package jp.espa.kikan.security;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jp.espa.kikan.platform.FormFields;
import jp.espa.kikan.platform.FormValues;
import jp.espa.kikan.platform.InputRules;
import jp.espa.kikan.platform.http.FilterProblems;
import jp.espa.kikan.platform.http.FormRejectionFilter;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The perimeter of the engine's raw surfaces: /engine-rest and the webapps' engine API (/camunda/api/engine), which
 * Tasklist and Cockpit use. Officials read there, claim and comment on their tasks, submit a form with its own
 * editable fields and change their own password; every other change of the record (variables, modifications,
 * start instructions, messages, re-routing a task) goes through the procedures' services, so here it is for
 * administrators only. Runs after each surface's authentication (see SecurityConfig), which set the engine's
 * current authentication; the form checks run under it, so the engine's own authorizations still apply.
 * <p>
 * For everyone, administrators included: a claim is for the caller (the engine takes a claim without a user as an
 * unclaim); the aggregate views (statistics, reports), whose counts the engine takes over every instance of a
 * definition one may read, are for the roles that see every case, here and in Cockpit's plugin API
 * (/camunda/api/cockpit); and where models come from the jar (production), deployments cannot be changed.
 */
public class EngineRequestGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineRequestGuard.class);

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> BODY_KEYS = Set.of("variables", "withVariablesInReturn");
    /** Value types a form field has; no Object (a Java class named by the client) or File. */
    private static final Set<String> FIELD_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "null", "json");
    static final String ADMIN_ONLY = "Only administrators may use this part of the engine API: officials work in"
            + " Tasklist (claim, comment, submit the task's form) and through the project API.";
    static final String EVERY_CASE_ONLY = "集計（件数・統計）は、すべての案件を閲覧できる内閣府と管理者だけが参照できます。"
            + "所管の案件は監督者向け一覧（Cockpit）で確認してください。";
    static final String DEPLOYMENTS_FROM_THE_JAR = "本番環境ではモデルをREST APIで配置・変更できません。モデルはアプリケーションに"
            + "同梱され、起動時に配置されます。";

    /** Counts over every instance of the definitions one may read (the engine filters them by definition only). */
    private static final Pattern AGGREGATE = Pattern.compile(String.join("|",
            "process-definition(/key/[^/]+(/tenant-id/[^/]+)?|/[^/]+)?/statistics",
            "history/process-definition/[^/]+/statistics",
            "history/[^/]+/report",
            "history/[^/]+/cleanable-[^/]+-report(/count)?",
            "task/report/[^/]+",
            // Cockpit's plugin API (its dashboard and process list)
            "plugin/base/[^/]+/process-definition/statistics(-count)?"));
    private static final Pattern DEPLOYMENT_CHANGE = Pattern.compile("deployment/(create|[^/]+/redeploy|[^/]+)");
    private static final Pattern CLAIM = Pattern.compile("task/[^/]+/claim");

    private enum Check { NONE, SELF, TASK_FORM, START_FORM, FOLLOW_UP, OWN_WORK }

    private record Route(String method, Pattern path, Check check) {
        Route(String method, String path, Check check) {
            this(method, Pattern.compile(path), check);
        }
    }

    /** What a non-administrator may send besides reads (GET, HEAD, OPTIONS); everything else is refused. */
    private static final Pattern TASK_UPDATE = Pattern.compile("task/(?<task>[^/]+)");

    private static final List<Route> ROUTES = List.of(
            // queries that Tasklist and Cockpit send as POST (criteria in the body); they change nothing
            new Route("POST", "(task|process-instance|execution|variable-instance)(/count)?", Check.NONE),
            new Route("POST", "filter/[^/]+/(list|count|singleResult)", Check.NONE),
            new Route("POST", "history/(?!cleanup(/|$))[^/]+(/count)?", Check.NONE),
            new Route("POST", "identity/password-policy", Check.NONE),
            // work on a task of one's group: claim it for oneself, comment on it (on its own case only)
            new Route("POST", "task/[^/]+/unclaim", Check.NONE),
            new Route("POST", "task/(?<task>[^/]+)/(claim|comment/create)", Check.OWN_WORK),
            // one's own password and profile
            new Route("PUT", "user/(?<user>[^/]+)/(credentials|profile)", Check.SELF),
            // forms: only the form's own editable fields
            new Route("POST", "task/(?<task>[^/]+)/(complete|submit-form|resolve)", Check.TASK_FORM),
            new Route("POST", "process-definition/(key/(?<key>[^/]+)(/tenant-id/(?<tenant>[^/]+))?|(?<id>[^/]+))/submit-form",
                    Check.START_FORM),
            // Tasklist's "Set follow-up date" (the whole task as GET returned it): the follow-up date only
            new Route("PUT", TASK_UPDATE.pattern(), Check.FOLLOW_UP));

    private final IdentityService identity;
    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final TaskDates dates;
    private final boolean deploymentsFromTheJar;
    /** Strict: a duplicate key or trailing data is refused, so the engine reads exactly the body checked here. */
    private final ObjectMapper json = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    /** {@code deploymentsFromTheJar}: nobody deploys, redeploys or deletes a deployment here (production). */
    public EngineRequestGuard(IdentityService identity, FormService forms, TaskService tasks, RepositoryService repository,
                              TaskDates dates, boolean deploymentsFromTheJar) {
        this.identity = identity;
        this.forms = forms;
        this.tasks = tasks;
        this.repository = repository;
        this.dates = dates;
        this.deploymentsFromTheJar = deploymentsFromTheJar;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = identity.getCurrentAuthentication();
        Actor user = authentication == null || authentication.getUserId() == null ? null : Actor.current(identity);
        String path = route(request);
        if ("PUT".equals(request.getMethod()) && path != null && TASK_UPDATE.matcher(path).matches()) {
            request = withoutFormRef(request);
        }
        // Unauthenticated requests: the surface answers 401 itself.
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        if (path != null && AGGREGATE.matcher(path).matches() && !AccessPolicy.seesEveryCase(user)) {
            refuse(request, response, path, user, EVERY_CASE_ONLY);
            return;
        }
        if (path != null && deploymentsFromTheJar && !READS.contains(request.getMethod())
                && DEPLOYMENT_CHANGE.matcher(path).matches()) {
            refuse(request, response, path, user, DEPLOYMENTS_FROM_THE_JAR);
            return;
        }
        if (path != null && "POST".equals(request.getMethod()) && CLAIM.matcher(path).matches()) {
            request = claimForCaller(request, response, path, user);
            if (request == null) {
                return;
            }
        }
        // Cockpit's plugin queries check the engine's authorizations themselves; administrators pass; reads change nothing.
        if (isCockpitPlugin(request) || user.isAdmin() || READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        for (Route route : path == null ? List.<Route>of() : ROUTES) {
            Matcher match = route.path().matcher(path);
            if (route.method().equals(request.getMethod()) && match.matches()) {
                allow(route.check(), match, user, request, response, chain);
                return;
            }
        }
        refuse(request, response, path, user);
    }

    private void allow(Check check, Matcher match, Actor user, HttpServletRequest request, HttpServletResponse response,
                       FilterChain chain) throws IOException, ServletException {
        switch (check) {
            case NONE -> chain.doFilter(request, response);
            case SELF -> {
                if (match.group("user").equals(user.userId())) {
                    chain.doFilter(request, response);
                } else {
                    refuse(request, response, match.group(), user);
                }
            }
            case FOLLOW_UP -> followUp(match.group("task"), user, request, response);
            case OWN_WORK -> ownWork(match.group("task"), user, request, response, chain);
            case TASK_FORM -> checkForm(taskForm(match.group("task")), request, response, chain);
            case START_FORM -> {
                FormFields form = startForm(match.group("id"), match.group("key"), match.group("tenant"));
                if (form == FormFields.NONE) {
                    refuse(request, response, match.group(), user); // a start without a start form: administrators only
                } else {
                    checkForm(form, request, response, chain);
                }
            }
        }
    }

    /** Cockpit's plugin API (/camunda/api/cockpit), which the guard watches for aggregates only. */
    private static boolean isCockpitPlugin(HttpServletRequest request) {
        return request.getServletPath().endsWith("/api/cockpit");
    }

    /**
     * A claim names the caller: the engine takes one without a user as an unclaim (anyone of the group could take a
     * claimed task away) and one for another user as an assignment. Returns the request with its body as read, or null
     * when it was refused.
     */
    private HttpServletRequest claimForCaller(HttpServletRequest request, HttpServletResponse response, String path,
                                              Actor user) throws IOException {
        byte[] raw = request.getInputStream().readAllBytes();
        ObjectNode sent = jsonObject(raw);
        if (sent == null) {
            invalidBody(response);
            return null;
        }
        JsonNode userId = sent.path("userId");
        if (!userId.isTextual() || userId.asText().isBlank()) {
            invalid(response, List.of(error("userId", "タスクを担当するには「userId」に自分のユーザーIDを指定してください。")));
            return null;
        }
        if (!userId.asText().equals(user.userId())) {
            refuse(request, response, path, user, "タスクは自分にのみ割り当てられます（他の職員への割当ては管理者が行います）。");
            return null;
        }
        return new CheckedBody(request, raw);
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

    /** The task's form, read with the caller's rights; null when the task is not the caller's to see. */
    private FormFields taskForm(String taskId) {
        if (tasks.createTaskQuery().taskId(taskId).count() == 0) {
            return null;
        }
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            return FormFields.read(form);
        } catch (AuthorizationException | NullValueException e) {
            return null;
        } catch (BadUserRequestException | IOException e) {
            return FormFields.NONE; // no deployed form, or not a Camunda Form
        }
    }

    /** The start form of the definition the engine would start (latest version for a key); null: not the caller's to see. */
    private FormFields startForm(String id, String key, String tenant) {
        ProcessDefinitionQuery query = repository.createProcessDefinitionQuery();
        if (id != null) {
            query.processDefinitionId(id);
        } else {
            query.processDefinitionKey(key).latestVersion();
            if (tenant != null) {
                query.tenantIdIn(tenant);
            } else {
                query.withoutTenantId();
            }
        }
        ProcessDefinition definition = query.singleResult();
        if (definition == null) {
            return null;
        }
        try (InputStream form = forms.getDeployedStartForm(definition.getId())) {
            return FormFields.read(form);
        } catch (AuthorizationException | NullValueException e) {
            return null;
        } catch (BadUserRequestException | IOException e) {
            return FormFields.NONE;
        }
    }

    /**
     * Passes on a body with the form's editable fields only: display fields (Tasklist sends read-only fields back)
     * are dropped, anything else is refused with 400. The engine gets the body as checked here, re-serialised.
     */
    private void checkForm(FormFields form, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (form == null) {
            // not the caller's to see: the engine answers (403/404), and gets nothing unchecked to write
            chain.doFilter(new CheckedBody(request, "{}".getBytes(StandardCharsets.UTF_8)), response);
            return;
        }
        ObjectNode submitted = jsonObject(request.getInputStream().readAllBytes());
        if (submitted == null) {
            invalidBody(response);
            return;
        }
        List<Map<String, String>> errors = new ArrayList<>();
        submitted.fieldNames().forEachRemaining(key -> {
            if (!BODY_KEYS.contains(key)) {
                errors.add(error(key, "「" + key + "」は指定できません。"));
            }
        });
        JsonNode variables = submitted.path("variables");
        if (variables instanceof ObjectNode values) {
            List<String> names = new ArrayList<>();
            values.fieldNames().forEachRemaining(names::add);
            List<String> dropped = new ArrayList<>();
            for (String name : names) {
                String type = values.get(name).path("type").asText("string").toLowerCase(Locale.ROOT);
                if (form.editable().contains(name)) {
                    JsonNode value = values.get(name).path("value");
                    String fault = value.isTextual() ? InputRules.formTextFault(form.label(name), value.asText()) : null;
                    if (!FIELD_TYPES.contains(type)) {
                        errors.add(error(name, "「" + name + "」の型（" + type + "）は受け付けられません。"));
                    } else if (fault != null) {
                        errors.add(error(name, fault));
                    }
                } else if (form.display().contains(name)) {
                    values.remove(name); // shown, never written
                    dropped.add(name);
                } else {
                    errors.add(error(name, "「" + name + "」はこのフォームの入力項目ではないため、受け付けられません。"));
                }
            }
            log.debug("Dropped the display fields {} of {}", dropped, request.getRequestURI());
        } else if (!variables.isMissingNode() && !variables.isNull()) {
            errors.add(error("variables", "「variables」はオブジェクトで指定してください。"));
        }
        if (!errors.isEmpty()) {
            invalid(response, errors);
            return;
        }
        chain.doFilter(new CheckedBody(request, json.writeValueAsBytes(submitted)), response);
    }

    /** A request body as a JSON object (an empty body: an empty object); null when it is not one. */
    private ObjectNode jsonObject(byte[] raw) {
        try {
            return (raw.length == 0 ? json.createObjectNode() : json.readTree(raw)) instanceof ObjectNode body ? body : null;
        } catch (IOException e) {
            return null;
        }
    }

    private void invalidBody(HttpServletResponse response) throws IOException {
        invalid(response, List.of(error("body", "送信内容をJSONのオブジェクトとして読み取れません。")));
    }

    /** See {@link TaskDates}: the engine cannot read camundaFormRef back; a body it cannot parse goes on as it is. */
    private HttpServletRequest withoutFormRef(HttpServletRequest request) throws IOException {
        byte[] raw = request.getInputStream().readAllBytes();
        try {
            if (raw.length > 0 && json.readTree(raw) instanceof ObjectNode task && task.has(TaskDates.FORM_REF)) {
                task.remove(TaskDates.FORM_REF);
                return new CheckedBody(request, json.writeValueAsBytes(task));
            }
        } catch (IOException e) {
            log.debug("Not a task in JSON: {}", e.getMessage());
        }
        return new CheckedBody(request, raw);
    }

    private void followUp(String taskId, Actor user, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] raw = request.getInputStream().readAllBytes();
        ObjectNode task = raw.length == 0 ? null : jsonObject(raw); // the task as Tasklist sends it, never empty
        if (task == null) {
            invalidBody(response);
            return;
        }
        TaskDates.Refusal refusal = dates.setFollowUp(taskId, user, task);
        if (refusal == null) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else if (refusal.forbidden()) {
            refuse(request, response, "task/" + taskId, user);
        } else {
            invalid(response, List.of(error(refusal.field(), refusal.message())));
        }
    }

    /**
     * A claim or comment on a task the official works on (the claim names the caller: see claimForCaller): the engine
     * would store a comment on any process instance named in the body, so the comment is for the task's own case.
     */
    private void ownWork(String taskId, Actor user, HttpServletRequest request, HttpServletResponse response,
                         FilterChain chain) throws IOException, ServletException {
        byte[] raw = request.getInputStream().readAllBytes();
        ObjectNode sent = jsonObject(raw);
        if (sent == null) {
            invalidBody(response);
            return;
        }
        Task task = dates.workedOnBy(taskId, user);
        boolean otherCase = task != null && sent.hasNonNull("processInstanceId")
                && !sent.get("processInstanceId").asText().equals(task.getProcessInstanceId());
        if (task == null || otherCase) {
            refuse(request, response, "task/" + taskId, user);
            return;
        }
        chain.doFilter(new CheckedBody(request, raw), response);
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private void invalid(HttpServletResponse response, List<Map<String, String>> errors) throws IOException {
        String message = String.join(" ", errors.stream().map(e -> e.get("message")).toList());
        problem(response, 400, FormRejectionFilter.INVALID_TITLE_JA, message, errors);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Actor user)
            throws IOException {
        refuse(request, response, path, user, ADMIN_ONLY);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String path, Actor user, String detail)
            throws IOException {
        log.info("Refused {} {} ({}) for {}", request.getMethod(), request.getRequestURI(), path, user.userId());
        problem(response, 403, "Forbidden", detail, null);
    }

    private void problem(HttpServletResponse response, int status, String title, String detail,
                         List<Map<String, String>> errors) throws IOException {
        Map<String, Object> problem = FilterProblems.problem(status, title, detail);
        if (errors != null) {
            problem.put("errors", errors);
        }
        FilterProblems.write(response, problem);
    }

    /** The request with the body as checked; Content-Length follows it. */
    private static final class CheckedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CheckedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
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
}
