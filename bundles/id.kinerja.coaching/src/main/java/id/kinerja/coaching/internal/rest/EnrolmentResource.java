package id.kinerja.coaching.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.EffectivenessService;
import id.kinerja.coaching.internal.Enrolment;
import id.kinerja.coaching.internal.EnrolmentService;
import id.kinerja.coaching.internal.FeedbackBody;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching/enrolments}: an enrolment: approval, rejection, withdrawal, attendance,
 * completion, the participant's feedback. The person acting is the owner of the token.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching/enrolments")
@Produces(MediaType.APPLICATION_JSON)
public class EnrolmentResource implements RestResource {

    /** Body of an attendance record. */
    public record AttendanceBody(LocalDate day, Boolean present) {
    }

    /** Body of a completion. */
    public record CompletionBody(BigDecimal score, String certificateNumber) {
    }

    private final EnrolmentService enrolments;
    private final EffectivenessService effectiveness;

    @Activate
    public EnrolmentResource(@Reference EnrolmentService enrolments, @Reference EffectivenessService effectiveness) {
        this.enrolments = enrolments;
        this.effectiveness = effectiveness;
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(CoachingPermissions.READ)
    public Enrolment enrolment(@Context Caller caller, @PathParam("id") long id) {
        Enrolment enrolment = enrolments.enrolment(id);
        caller.requireRead(enrolment.nip(), CoachingPermissions.READ_ALL);
        return enrolment;
    }

    @POST
    @Path("/{id}/approve")
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment approve(@Context Caller caller, @PathParam("id") long id) {
        return enrolments.approve(caller, id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment reject(@Context Caller caller, @PathParam("id") long id, NoteBody body) {
        return enrolments.reject(caller, id, body == null ? null : body.note());
    }

    @POST
    @Path("/{id}/withdraw")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Enrolment withdraw(@Context Caller caller, @PathParam("id") long id) {
        return enrolments.withdraw(caller, id);
    }

    @PUT
    @Path("/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment attendance(@Context Caller caller, @PathParam("id") long id, AttendanceBody body) {
        return enrolments.attendance(caller, id, body == null ? null : body.day(), body == null ? null : body.present());
    }

    @POST
    @Path("/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment complete(@Context Caller caller, @PathParam("id") long id, CompletionBody body) {
        return enrolments.complete(caller, id, body == null ? null : body.score(), body == null ? null : body.certificateNumber());
    }

    /** The participant's own feedback on a session (1..5 and comments). */
    @PUT
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Enrolment feedback(@Context Caller caller, @PathParam("id") long id, FeedbackBody body) {
        return effectiveness.feedback(caller, id, body);
    }
}
