package jp.espa.kikan.security;

import static jp.espa.kikan.security.EngineRefusals.error;
import static jp.espa.kikan.security.EngineRefusals.invalid;
import static jp.espa.kikan.security.EngineRefusals.invalidBody;
import static jp.espa.kikan.security.EngineRefusals.refuse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jp.espa.kikan.platform.FormFields;
import jp.espa.kikan.platform.InputRules;
import jp.espa.kikan.platform.OperatorWaits;
import jp.espa.kikan.security.EngineRoutes.Check;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
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
 * For everyone, administrators included: a task that waits for the operator is not changed here (only the operator's
 * act closes it); a claim is for the caller (the engine takes a claim without a user as an
 * unclaim); the aggregate views (statistics, reports), whose counts the engine takes over every instance of a
 * definition one may read, are for the roles that see every case, here and in Cockpit's plugin API
 * (/camunda/api/cockpit); and where models come from the jar (production), deployments cannot be changed.
 * <p>
 * The routes a non-administrator may use are {@link EngineRoutes}; claims, comments and follow-up dates are checked by
 * {@link TaskWorkChecks}, forms here; refusals are answered by {@link EngineRefusals}.
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
    static final String OPERATOR_WAIT = "このタスクは事業者の対応（補正・回答・報告）を待っていることを示すもので、職員は完了・変更"
            + "できません。事業者の対応が到達すると自動で閉じます。";
    static final String DEPLOYMENTS_FROM_THE_JAR = "本番環境ではモデルをREST APIで配置・変更できません。モデルはアプリケーションに"
            + "同梱され、起動時に配置されます。";

    private final IdentityService identity;
    private final FormService forms;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final TaskWorkChecks taskWork;
    private final boolean deploymentsFromTheJar;

    /** {@code deploymentsFromTheJar}: nobody deploys, redeploys or deletes a deployment here (production). */
    public EngineRequestGuard(IdentityService identity, FormService forms, TaskService tasks, RepositoryService repository,
                              TaskDates dates, boolean deploymentsFromTheJar) {
        this.identity = identity;
        this.forms = forms;
        this.tasks = tasks;
        this.repository = repository;
        this.taskWork = new TaskWorkChecks(dates);
        this.deploymentsFromTheJar = deploymentsFromTheJar;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = identity.getCurrentAuthentication();
        Actor user = authentication == null || authentication.getUserId() == null ? null : Actor.current(identity);
        String path = EngineRoutes.route(request);
        if ("PUT".equals(request.getMethod()) && path != null && EngineRoutes.TASK_UPDATE.matcher(path).matches()) {
            request = taskWork.withoutFormRef(request);
        }
        // Unauthenticated requests: the surface answers 401 itself.
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        if (path != null && EngineRoutes.AGGREGATE.matcher(path).matches() && !AccessPolicy.seesEveryCase(user)) {
            refuse(request, response, path, user, EVERY_CASE_ONLY);
            return;
        }
        if (path != null && deploymentsFromTheJar && !READS.contains(request.getMethod())
                && EngineRoutes.DEPLOYMENT_CHANGE.matcher(path).matches()) {
            refuse(request, response, path, user, DEPLOYMENTS_FROM_THE_JAR);
            return;
        }
        if (path != null && !READS.contains(request.getMethod()) && isOperatorWait(path)) {
            refuse(request, response, path, user, OPERATOR_WAIT);
            return;
        }
        if (path != null && "POST".equals(request.getMethod()) && EngineRoutes.CLAIM.matcher(path).matches()) {
            request = taskWork.claimForCaller(request, response, path, user);
            if (request == null) {
                return;
            }
        }
        // Cockpit's plugin queries check the engine's authorizations themselves; administrators pass; reads change nothing.
        if (isCockpitPlugin(request) || user.isAdmin() || READS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<EngineRoutes.Allowed> allowed = EngineRoutes.allowed(request.getMethod(), path);
        if (allowed.isPresent()) {
            allow(allowed.get().check(), allowed.get().match(), user, request, response, chain);
        } else {
            refuse(request, response, path, user);
        }
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
            case FOLLOW_UP -> taskWork.followUp(match.group("task"), user, request, response);
            case OWN_WORK -> taskWork.ownWork(match.group("task"), user, request, response, chain);
            case OWN_CLAIM -> taskWork.release(match.group("task"), user, request, response);
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

    /** A change of a task that waits for the operator (platform/OperatorWaits), as far as the caller may read it. */
    private boolean isOperatorWait(String path) {
        Matcher task = EngineRoutes.ONE_TASK.matcher(path);
        return task.matches() && tasks.createTaskQuery().taskId(task.group("task"))
                .taskVariableValueLike(OperatorWaits.AWAITING, OperatorWaits.ANY_WAIT).count() > 0;
    }

    /** Cockpit's plugin API (/camunda/api/cockpit), which the guard watches for aggregates only. */
    private static boolean isCockpitPlugin(HttpServletRequest request) {
        return request.getServletPath().endsWith("/api/cockpit");
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
        ObjectNode submitted = CheckedBody.jsonObject(request.getInputStream().readAllBytes());
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
        chain.doFilter(new CheckedBody(request, CheckedBody.JSON.writeValueAsBytes(submitted)), response);
    }


}
