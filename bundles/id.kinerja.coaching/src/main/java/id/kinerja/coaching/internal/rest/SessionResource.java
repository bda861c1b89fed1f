package id.kinerja.coaching.internal.rest;

import java.net.URI;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.Enrolment;
import id.kinerja.coaching.internal.EnrolmentService;
import id.kinerja.coaching.internal.ProgramService;
import id.kinerja.coaching.internal.Session;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching/sessions}: a session, its enrolments and nominations to it. The person
 * acting is the owner of the token.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching/sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource implements RestResource {

    /** Body of a nomination. */
    public record NominationBody(String nip) {
    }

    private final ProgramService programs;
    private final EnrolmentService enrolments;

    @Activate
    public SessionResource(@Reference ProgramService programs, @Reference EnrolmentService enrolments) {
        this.programs = programs;
        this.enrolments = enrolments;
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public Session session(@PathParam("id") long id) {
        return programs.session(id);
    }

    @GET
    @Path("/{id}/enrolments")
    @RequiresPermission(CoachingPermissions.MANAGE)
    public List<Enrolment> enrolments(@PathParam("id") long sessionId) {
        return enrolments.enrolments(sessionId);
    }

    @POST
    @Path("/{id}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.NOMINATE)
    public Response nominate(@Context Caller caller, @PathParam("id") long sessionId, NominationBody body) {
        Enrolment e = enrolments.nominate(caller, sessionId, body == null ? null : body.nip(), null);
        return Response.created(URI.create("v1/coaching/enrolments/" + e.id())).entity(e).build();
    }
}
