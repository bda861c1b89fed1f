package id.kinerja.coaching.internal.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.coaching.internal.Assignment;
import id.kinerja.coaching.internal.AssignmentService;
import id.kinerja.coaching.internal.Behind;
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.DevelopmentPlan;
import id.kinerja.coaching.internal.DevelopmentPlanService;
import id.kinerja.coaching.internal.EffectivenessService;
import id.kinerja.coaching.internal.Enrolment;
import id.kinerja.coaching.internal.EnrolmentService;
import id.kinerja.coaching.internal.LearningHours;
import id.kinerja.coaching.internal.LearningHoursService;
import id.kinerja.coaching.internal.NewProgram;
import id.kinerja.coaching.internal.NewSession;
import id.kinerja.coaching.internal.Program;
import id.kinerja.coaching.internal.ProgramService;
import id.kinerja.coaching.internal.Proposal;
import id.kinerja.coaching.internal.ProposalService;
import id.kinerja.coaching.internal.Session;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching}: the programme catalogue and sessions, nominations and enrolment,
 * attendance and completion, learning hours (JP), and the proposals made from the appraisal. The
 * person acting is the owner of the token; each method's permission is one of {@code CoachingPermissions}.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching")
@Produces(MediaType.APPLICATION_JSON)
public class CoachingResource implements RestResource {

    /** Body of a nomination. */
    public record NominationBody(String nip) {
    }

    /** Body of an attendance record. */
    public record AttendanceBody(LocalDate day, Boolean present) {
    }

    /** Body of a completion. */
    public record CompletionBody(BigDecimal score, String certificateNumber) {
    }

    /** Body of a decision with a reason or a note. */
    public record NoteBody(String note) {
    }

    /** Body of an accepted proposal: the sessions to nominate the person for, and/or one-to-one coaching. */
    public record AcceptBody(List<Long> sessionIds, AssignmentService.NewAssignment coaching, String note) {
    }

    /** Body of a coaching meeting. */
    public record MeetingBody(LocalDate date, String notes) {
    }

    private final ProgramService programs;
    private final EnrolmentService enrolments;
    private final LearningHoursService hours;
    private final ProposalService proposals;
    private final AssignmentService assignments;
    private final EffectivenessService effectiveness;
    private final DevelopmentPlanService plans;

    @Activate
    public CoachingResource(@Reference ProgramService programs, @Reference EnrolmentService enrolments, @Reference LearningHoursService hours,
            @Reference ProposalService proposals, @Reference AssignmentService assignments,
            @Reference EffectivenessService effectiveness, @Reference DevelopmentPlanService plans) {
        this.plans = plans;
        this.programs = programs;
        this.enrolments = enrolments;
        this.hours = hours;
        this.proposals = proposals;
        this.assignments = assignments;
        this.effectiveness = effectiveness;
    }

    @GET
    @Path("/programs")
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public Page<Program> programs(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return programs.programs(PageRequest.of(offset, limit));
    }

    @POST
    @Path("/programs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Response createProgram(@Context Caller caller, NewProgram body) {
        Program p = programs.createProgram(caller, body);
        return Response.created(URI.create("v1/coaching/programs/" + p.id())).entity(p).build();
    }

    @GET
    @Path("/programs/{id}")
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public Program program(@PathParam("id") long id) {
        return programs.program(id);
    }

    @GET
    @Path("/programs/{id}/sessions")
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public List<Session> sessions(@PathParam("id") long programId) {
        return programs.sessions(programId);
    }

    @POST
    @Path("/programs/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Response createSession(@Context Caller caller, @PathParam("id") long programId,
            NewSession body) {
        Session s = programs.createSession(caller, programId, body);
        return Response.created(URI.create("v1/coaching/sessions/" + s.id())).entity(s).build();
    }

    @GET
    @Path("/sessions/{id}")
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public Session session(@PathParam("id") long id) {
        return programs.session(id);
    }

    @GET
    @Path("/sessions/{id}/enrolments")
    @RequiresPermission(CoachingPermissions.MANAGE)
    public List<Enrolment> enrolments(@PathParam("id") long sessionId) {
        return enrolments.enrolments(sessionId);
    }

    @POST
    @Path("/sessions/{id}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.NOMINATE)
    public Response nominate(@Context Caller caller, @PathParam("id") long sessionId, NominationBody body) {
        Enrolment e = enrolments.nominate(caller, sessionId, body == null ? null : body.nip(), null);
        return Response.created(URI.create("v1/coaching/enrolments/" + e.id())).entity(e).build();
    }

    @GET
    @Path("/enrolments/{id}")
    @RequiresPermission(CoachingPermissions.READ)
    public Enrolment enrolment(@Context SecurityContext security, @PathParam("id") long id) {
        Enrolment enrolment = enrolments.enrolment(id);
        requireRead(security, enrolment.nip());
        return enrolment;
    }

    @POST
    @Path("/enrolments/{id}/approve")
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment approve(@Context Caller caller, @PathParam("id") long id) {
        return enrolments.approve(caller, id);
    }

    @POST
    @Path("/enrolments/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment reject(@Context Caller caller, @PathParam("id") long id, NoteBody body) {
        return enrolments.reject(caller, id, body == null ? null : body.note());
    }

    @POST
    @Path("/enrolments/{id}/withdraw")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Enrolment withdraw(@Context Caller caller, @PathParam("id") long id) {
        return enrolments.withdraw(caller, id);
    }

    @PUT
    @Path("/enrolments/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment attendance(@Context Caller caller, @PathParam("id") long id, AttendanceBody body) {
        return enrolments.attendance(caller, id, body == null ? null : body.day(), body == null ? null : body.present());
    }

    @POST
    @Path("/enrolments/{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Enrolment complete(@Context Caller caller, @PathParam("id") long id, CompletionBody body) {
        return enrolments.complete(caller, id, body == null ? null : body.score(), body == null ? null : body.certificateNumber());
    }

    /** A person's programmes, the latest first. */
    @GET
    @Path("/people/{nip}/enrolments")
    @RequiresPermission(CoachingPermissions.READ)
    public List<Enrolment> history(@Context SecurityContext security, @PathParam("nip") String nip) {
        requireRead(security, nip);
        return enrolments.history(nip);
    }

    @GET
    @Path("/people/{nip}/learning-hours/{year}")
    @RequiresPermission(CoachingPermissions.READ)
    public LearningHours learningHours(@Context SecurityContext security, @PathParam("nip") String nip, @PathParam("year") int year) {
        requireRead(security, nip);
        return hours.learningHours(nip, year);
    }

    /** Staff short of the year's minimum JP, of a unit (with its subunits) or everyone, least hours first. */
    @GET
    @Path("/learning-hours/{year}/behind")
    @RequiresPermission(CoachingPermissions.LEARNING_HOURS_READ)
    public Page<Behind> behind(@Context SecurityContext security, @PathParam("year") int year, @QueryParam("unitCode") String unitCode,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        Caller caller = Caller.of(security.getUserPrincipal());
        if (!caller.has(CoachingPermissions.READ_ALL) && (unitCode == null || !caller.headedUnits().contains(unitCode.strip()))) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", "unitCode", "Pilih unit kerja yang Anda pimpin (unitCode)", "Choose a unit you head (unitCode)");
        }
        return hours.behind(year, unitCode, PageRequest.of(offset, limit));
    }

    @GET
    @Path("/proposals")
    @RequiresPermission(CoachingPermissions.READ)
    public Page<Proposal> proposals(@Context SecurityContext security, @QueryParam("nip") String nip, @QueryParam("status") String status, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        Proposal.Status s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = Proposal.Status.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw KinerjaException.badRequest("INVALID_STATUS", "status", "Status harus OPEN, ACCEPTED atau DISMISSED",
                        "Status must be OPEN, ACCEPTED or DISMISSED");
            }
        }
        String person = nip == null || nip.isBlank() ? null : nip.strip();
        if (person != null) {
            requireRead(security, person);
        } else if (!Caller.of(security.getUserPrincipal()).has(CoachingPermissions.READ_ALL)) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", "nip", "Sebutkan nip pegawai yang Anda bina", "Give the nip of a person in your care");
        }
        return proposals.proposals(person, s, PageRequest.of(offset, limit));
    }

    @GET
    @Path("/proposals/{id}")
    @RequiresPermission(CoachingPermissions.READ)
    public Proposal proposal(@Context SecurityContext security, @PathParam("id") long id) {
        Proposal proposal = proposals.proposal(id);
        requireRead(security, proposal.nip());
        return proposal;
    }

    @POST
    @Path("/proposals/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PROPOSALS_DECIDE)
    public Proposal accept(@Context Caller caller, @PathParam("id") long id, AcceptBody body) {
        return proposals.accept(caller, id, body == null ? null : body.sessionIds(), body == null ? null : body.coaching(),
                body == null ? null : body.note());
    }

    /** Effectiveness of a programme: participation, scores, feedback and the effect on the participants' predikat. */
    @GET
    @Path("/programs/{id}/effectiveness")
    @RequiresPermission(CoachingPermissions.MANAGE)
    public EffectivenessService.Report effectiveness(@PathParam("id") long programId) {
        return effectiveness.report(programId);
    }

    /** The participant's own feedback on a session (1..5 and comments). */
    @PUT
    @Path("/enrolments/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Enrolment feedback(@Context Caller caller, @PathParam("id") long id, EffectivenessService.FeedbackBody body) {
        return effectiveness.feedback(caller, id, body);
    }

    /** A person's development plan of a year: saved, or suggested from the year's proposals. */
    @GET
    @Path("/people/{nip}/plans/{year}")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public DevelopmentPlan plan(@Context Caller caller, @PathParam("nip") String nip, @PathParam("year") int year) {
        return plans.get(caller, nip, year);
    }

    @PUT
    @Path("/people/{nip}/plans/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public DevelopmentPlan savePlan(@Context Caller caller, @PathParam("nip") String nip, @PathParam("year") int year,
            DevelopmentPlanService.PlanBody body) {
        return plans.save(caller, nip, year, body);
    }

    @POST
    @Path("/people/{nip}/plans/{year}/agree")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public DevelopmentPlan agreePlan(@Context Caller caller, @PathParam("nip") String nip, @PathParam("year") int year) {
        return plans.agree(caller, nip, year);
    }

    /** One-to-one coaching or mentoring, set up by the coachee's direct supervisor. */
    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Response createAssignment(@Context Caller caller, AssignmentService.NewAssignment body) {
        Assignment a = assignments.create(caller, body, null);
        return Response.created(URI.create("v1/coaching/assignments/" + a.id())).entity(a).build();
    }

    @GET
    @Path("/assignments/{id}")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Assignment assignment(@Context Caller caller, @PathParam("id") long id) {
        return assignments.get(caller, id);
    }

    /** A coachee's assignments that the acting person may see. */
    @GET
    @Path("/people/{nip}/assignments")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public List<Assignment> assignments(@Context SecurityContext security, @Context Caller caller,
            @PathParam("nip") String nip) {
        List<Assignment> visible = assignments.of(caller, nip);
        if (visible.isEmpty()) {
            // the coach of a person from another unit sees their assignments; anybody else must be allowed to read the person
            requireRead(security, nip);
        }
        return visible;
    }

    @POST
    @Path("/assignments/{id}/meetings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Assignment meeting(@Context Caller caller, @PathParam("id") long id, MeetingBody body) {
        return assignments.addMeeting(caller, id, body == null ? null : body.date(), body == null ? null : body.notes());
    }

    @POST
    @Path("/assignments/{id}/close")
    @RequiresPermission(CoachingPermissions.PARTICIPATE)
    public Assignment closeAssignment(@Context Caller caller, @PathParam("id") long id) {
        return assignments.close(caller, id);
    }

    @POST
    @Path("/proposals/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PROPOSALS_DECIDE)
    public Proposal dismiss(@Context Caller caller, @PathParam("id") long id, NoteBody body) {
        return proposals.dismiss(caller, id, body == null ? null : body.note());
    }

    private static void requireRead(SecurityContext security, String nip) {
        Caller.of(security.getUserPrincipal()).requireRead(nip, CoachingPermissions.READ_ALL);
    }
}
