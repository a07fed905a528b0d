package jp.espa.kikan.overview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jp.espa.kikan.platform.NotPermittedException;
import jp.espa.kikan.security.Actor;

import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * GET /camunda/api/cockpit/plugin/supervisor-overview/{engine}/overview: the overview for the account logged in to the
 * webapps (Camunda's security filter lets only an authenticated session through; the webapps' authentication filter
 * makes it the engine's current authentication). {@link SupervisorOverview} decides what it sees; refused: 403.
 * Jersey makes this resource, so it finds the service in the Spring context of the servlet context.
 */
@Path("plugin/" + OverviewCockpitPlugin.ID)
public class OverviewPluginResource extends AbstractCockpitPluginRootResource {

    public OverviewPluginResource() {
        super(OverviewCockpitPlugin.ID);
    }

    @GET
    @Path("{engineName}/overview")
    @Produces(MediaType.APPLICATION_JSON)
    public Response overview(@PathParam("engineName") String engineName) throws JsonProcessingException {
        ApplicationContext spring = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext);
        Actor actor = Actor.current(spring.getBean(IdentityService.class));
        if (actor.isSystem()) {
            throw new RestException(Status.UNAUTHORIZED, "Log in to read the overview.");
        }
        try {
            Overview overview = spring.getBean(SupervisorOverview.class).read(actor);
            return Response.ok(spring.getBean(ObjectMapper.class).writeValueAsString(overview), MediaType.APPLICATION_JSON_TYPE)
                    .build();
        } catch (NotPermittedException refused) {
            throw new RestException(Status.FORBIDDEN, refused.getMessage());
        }
    }
}
