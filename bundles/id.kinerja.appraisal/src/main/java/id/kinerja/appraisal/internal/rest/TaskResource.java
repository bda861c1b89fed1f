package id.kinerja.appraisal.internal.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.EvaluationService;
import id.kinerja.appraisal.api.EvaluationStatus;
import id.kinerja.appraisal.api.FeedbackService;
import id.kinerja.appraisal.api.ObjectionService;
import id.kinerja.appraisal.api.PlanService;
import id.kinerja.appraisal.api.PlanStatus;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.time.CityTime;

/**
 * {@code /api/v1/appraisal/tasks}: what waits for the caller in the appraisal, counted in one call
 * for the home page (plans to approve, evaluations to rate or finalise, objections to decide,
 * colleagues asking for feedback, one's own plan of the year and evaluations to self-assess).
 */
@Component(service = RestResource.class)
@Path("/v1/appraisal/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource implements RestResource {

    /** Plans waiting for the caller are counted exactly up to this many (a rater's whole team, however large). */
    static final int WAITING_EXACT_TO = 5000;

    /** One's own plan of the year: its id, version and state. */
    public record PlanState(long id, int year, int version, PlanStatus status) {
    }

    /** The counts of the caller's tasks; {@code myPlan} is null when there is no plan for the year yet. */
    public record Tasks(int year, long plansToApprove, long evaluationsToRate, long evaluationsToFinalise, long objectionsToDecide,
            long feedbackRequested, long myEvaluationsOpen, PlanState myPlan) {
    }

    private final PlanService plans;
    private final EvaluationService evaluations;
    private final FeedbackService feedback;
    private final ObjectionService objections;
    private final Clock clock;

    @Activate
    public TaskResource(@Reference PlanService plans, @Reference EvaluationService evaluations, @Reference FeedbackService feedback,
            @Reference ObjectionService objections, @Reference CityTime city) {
        this(plans, evaluations, feedback, objections, city.clock());
    }

    TaskResource(PlanService plans, EvaluationService evaluations, FeedbackService feedback, ObjectionService objections, Clock clock) {
        this.plans = plans;
        this.evaluations = evaluations;
        this.feedback = feedback;
        this.objections = objections;
        this.clock = clock;
    }

    @GET
    @RequiresPermission(AppraisalPermissions.READ)
    public Tasks tasks(@Context Caller caller) {
        return tasksOf(caller);
    }

    Tasks tasksOf(Caller caller) {
        int year = LocalDate.now(clock).getYear();
        String nip = caller.nip();
        if (nip == null) {
            return new Tasks(year, 0, 0, 0, 0, 0, 0, null);
        }
        Map<EvaluationStatus, Long> toRate = evaluations.countsToRate(nip);
        SkpPlan mine = plans.plansOf(nip).stream().filter(p -> p.year() == year).findFirst().orElse(null);
        long myOpen = evaluations.evaluationsOf(nip).stream().filter(e -> e.status() == EvaluationStatus.OPEN).count();
        long feedbackAsked = feedback.feedbackRequests(caller).stream()
                .filter(r -> r.given().size() < BerakhlakValue.values().length).count();
        return new Tasks(year, plans.awaitingApproval(nip, PageRequest.countTo(WAITING_EXACT_TO)).total(), toRate.get(EvaluationStatus.OPEN),
                toRate.get(EvaluationStatus.RATED), objections.toDecide(nip).size(), feedbackAsked, myOpen,
                mine == null ? null : new PlanState(mine.id(), mine.year(), mine.version(), mine.status()));
    }
}
