package id.kinerja.coaching.internal.rest;

import java.net.URI;
import java.time.LocalDate;
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
import id.kinerja.coaching.internal.Assignment;
import id.kinerja.coaching.internal.AssignmentService;
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.NewAssignment;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching/assignments}: one-to-one coaching or mentoring and its meetings. The
 * person acting is the owner of the token.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching/assignments")
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource implements RestResource {

    /** Body of a coaching meeting. */
    public record MeetingBody(LocalDate date, String notes) {
    }

    private final AssignmentService assignments;

    @Activate
    public AssignmentResource(@Reference AssignmentService assignments) {
        this.assignments = assignments;
    }

    /** One-to-one coaching or mentoring, set up by the coachee's direct supervisor. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Response createAssignment(@Context Caller caller, NewAssignment body) {
        Assignment a = assignments.create(caller, body, null);
        return Response.created(URI.create("v1/coaching/assignments/" + a.id())).entity(a).build();
    }

    /** The assignments the caller coaches (as coach, not as coachee or supervisor), the active ones first. */
    @GET
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public List<Assignment> coachedByMe(@Context Caller caller) {
        return assignments.coachedBy(caller);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Assignment assignment(@Context Caller caller, @PathParam("id") long id) {
        return assignments.get(caller, id);
    }

    @POST
    @Path("/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Assignment meeting(@Context Caller caller, @PathParam("id") long id, MeetingBody body) {
        return assignments.addMeeting(caller, id, body == null ? null : body.date(), body == null ? null : body.notes());
    }

    @POST
    @Path("/{id}/close")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Assignment closeAssignment(@Context Caller caller, @PathParam("id") long id) {
        return assignments.close(caller, id);
    }
}
