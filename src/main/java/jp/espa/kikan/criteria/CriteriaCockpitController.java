package jp.espa.kikan.criteria;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.espa.kikan.criteria.DraftTable.ThresholdChange;
import jp.espa.kikan.platform.InvalidInputException;
import jp.espa.kikan.platform.NotFoundException;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The page's resource below /camunda/api/cockpit/plugin/criteria-simulation/{engine}/, for the account logged in to
 * Cockpit (the webapps' session; Camunda's CSRF filter guards the POST): the drafts it may read, the sectors it may
 * draft for (from the registry), a sector's live thresholds, a new draft from them, a simulation and its CSV. Every call goes to {@link CriteriaDraftService} as that
 * account, which decides what it may do; refusals answer 400 (naming the field), 403 or 404 as the API does.
 */
@Path("plugin/" + CriteriaCockpitPlugin.ID)
public class CriteriaCockpitController extends AbstractCockpitPluginRootResource {

    public CriteriaCockpitController() {
        super(CriteriaCockpitPlugin.ID);
    }

    /** The page's draft: the live table's thresholds changed. */
    public record DraftForm(String sectorCode, String summary, List<ThresholdChange> thresholds) {
    }

    @GET
    @Path("{engineName}/drafts")
    @Produces(MediaType.APPLICATION_JSON)
    public Response drafts(@PathParam("engineName") String engineName) {
        return answer((service, actor) -> service.list(actor));
    }

    @GET
    @Path("{engineName}/sectors")
    @Produces(MediaType.APPLICATION_JSON)
    public Response sectors(@PathParam("engineName") String engineName) {
        return answer((service, actor) -> service.draftableSectors(actor));
    }

    @GET
    @Path("{engineName}/live-thresholds")
    @Produces(MediaType.APPLICATION_JSON)
    public Response liveThresholds(@PathParam("engineName") String engineName, @QueryParam("sectorCode") String sectorCode) {
        return answer((service, actor) -> service.liveThresholds(actor, sectorCode));
    }

    @POST
    @Path("{engineName}/drafts")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("engineName") String engineName, String body) {
        return answer((service, actor) -> {
            DraftForm form;
            try {
                form = spring().getBean(ObjectMapper.class).readValue(body, DraftForm.class);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw new InvalidInputException("thresholds", "入力内容を読み取れません。");
            }
            if (form == null) {
                throw new InvalidInputException("thresholds", "入力内容を読み取れません。");
            }
            return service.create(actor, new CriteriaDraftService.NewDraft(form.sectorCode(), null, null,
                    form.summary(), form.thresholds(), null, null));
        });
    }

    @GET
    @Path("{engineName}/drafts/{draftNumber}/simulation")
    @Produces(MediaType.APPLICATION_JSON)
    public Response simulate(@PathParam("engineName") String engineName, @PathParam("draftNumber") String draftNumber) {
        return answer((service, actor) -> service.simulate(actor, draftNumber));
    }

    @GET
    @Path("{engineName}/drafts/{draftNumber}/simulation.csv")
    public Response csv(@PathParam("engineName") String engineName, @PathParam("draftNumber") String draftNumber) {
        Actor actor = actor();
        try {
            byte[] csv = SimulationCsv.of(Actor.asTheService(spring().getBean(IdentityService.class),
                    () -> spring().getBean(CriteriaDraftService.class).simulate(actor, draftNumber)));
            return Response.ok(csv, "text/csv; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"simulation-" + draftNumber + ".csv\"").build();
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    private interface Call {
        Object apply(CriteriaDraftService service, Actor actor);
    }

    private Response answer(Call call) {
        Actor actor = actor();
        try {
            Object body = Actor.asTheService(spring().getBean(IdentityService.class), // the engine's grants would hide the live tables
                    () -> call.apply(spring().getBean(CriteriaDraftService.class), actor));
            return Response.ok(spring().getBean(ObjectMapper.class).writeValueAsString(body), MediaType.APPLICATION_JSON_TYPE).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            return refusal(e);
        }
    }

    private Response refusal(RuntimeException e) {
        Function<Status, Response> problem = status -> Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", e.getMessage())).build();
        if (e instanceof InvalidInputException invalid) {
            return Response.status(Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("field", invalid.field(), "message", invalid.getMessage())).build();
        }
        if (e instanceof NotPermittedException) {
            return problem.apply(Status.FORBIDDEN);
        }
        if (e instanceof NotFoundException) {
            return problem.apply(Status.NOT_FOUND);
        }
        throw e;
    }

    private Actor actor() {
        Actor actor = Actor.current(spring().getBean(IdentityService.class));
        if (actor.isSystem()) {
            throw new org.camunda.bpm.engine.rest.exception.RestException(Status.UNAUTHORIZED, "ログインしてください。");
        }
        return actor;
    }

    private ApplicationContext spring() {
        return WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
    }
}
