package id.kinerja.coaching.internal.rest;

import java.util.List;
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
import id.kinerja.coaching.internal.Assignment;
import id.kinerja.coaching.internal.AssignmentService;
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.DevelopmentPlan;
import id.kinerja.coaching.internal.DevelopmentPlanService;
import id.kinerja.coaching.internal.Enrolment;
import id.kinerja.coaching.internal.EnrolmentService;
import id.kinerja.coaching.internal.LearningHours;
import id.kinerja.coaching.internal.LearningHoursService;
import id.kinerja.coaching.internal.PlanBody;
import id.kinerja.coaching.internal.ProposalService;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching/people}: a person's enrolments, learning hours (JP), development plans
 * and coaching assignments. The person acting is the owner of the token.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching/people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource implements RestResource {

    private final EnrolmentService enrolments;
    private final LearningHoursService hours;
    private final ProposalService proposals;
    private final AssignmentService assignments;
    private final DevelopmentPlanService plans;

    @Activate
    public PersonResource(@Reference EnrolmentService enrolments, @Reference LearningHoursService hours,
            @Reference ProposalService proposals, @Reference AssignmentService assignments, @Reference DevelopmentPlanService plans) {
        this.enrolments = enrolments;
        this.hours = hours;
        this.proposals = proposals;
        this.assignments = assignments;
        this.plans = plans;
    }

    /** A person's programmes, the latest first. */
    @GET
    @Path("/{nip}/enrolments")
    @RequiresPermission(CoachingPermissions.READ)
    public List<Enrolment> history(@Context Caller caller, @PathParam("nip") String nip) {
        caller.requireRead(nip, CoachingPermissions.READ_ALL);
        return enrolments.history(nip);
    }

    @GET
    @Path("/{nip}/learning-hours/{year}")
    @RequiresPermission(CoachingPermissions.READ)
    public LearningHours learningHours(@Context Caller caller, @PathParam("nip") String nip, @PathParam("year") int year) {
        caller.requireRead(nip, CoachingPermissions.READ_ALL);
        return hours.learningHours(nip, year);
    }

    /** A person's development plan of a year: saved, or suggested from the year's proposals. */
    @GET
    @Path("/{nip}/plans/{year}")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public DevelopmentPlan plan(@Context Caller caller, @PathParam("nip") String nip, @PathParam("year") int year) {
        return plans.get(caller, nip, year);
    }

    @PUT
    @Path("/{nip}/plans/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public DevelopmentPlan savePlan(@Context Caller caller, @PathParam("nip") String nip, @PathParam("year") int year,
            PlanBody body) {
        return plans.save(caller, nip, year, body);
    }

    @POST
    @Path("/{nip}/plans/{year}/agree")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public DevelopmentPlan agreePlan(@Context Caller caller, @PathParam("nip") String nip, @PathParam("year") int year) {
        return plans.agree(caller, nip, year);
    }

    /** A coachee's assignments that the acting person may see. */
    @GET
    @Path("/{nip}/assignments")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public List<Assignment> assignments(@Context Caller caller,
            @PathParam("nip") String nip) {
        List<Assignment> visible = assignments.of(caller, nip);
        if (visible.isEmpty()) {
            // the coach of a person from another unit sees their assignments; anybody else must be allowed to read the person
            caller.requireRead(nip, CoachingPermissions.READ_ALL);
        }
        return visible;
    }
}
