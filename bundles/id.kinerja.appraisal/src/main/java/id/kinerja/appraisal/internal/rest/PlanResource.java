package id.kinerja.appraisal.internal.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Activity;
import id.kinerja.appraisal.api.ActivityService;
import id.kinerja.appraisal.api.AuditEntry;
import id.kinerja.appraisal.api.AuditService;
import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.NewActivity;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PlanService;
import id.kinerja.appraisal.api.Realisation;
import id.kinerja.appraisal.api.SkpDraft;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.appraisal.api.WorkResult;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.appraisal.internal.PlanQueue;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/appraisal/plans}: SKP plans and their approval. */
@Component(service = RestResource.class)
@Path("/v1/appraisal/plans")
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource implements RestResource {

    /**
     * Body of approve and return: {@code {"comment": "..."}}; an approval may add the rater's
     * specific behaviour expectations: {@code "expectations": [{"value": "KOLABORATIF", "expectation": "..."}]}.
     */
    public record Decision(String comment, List<BehaviourExpectation> expectations) {
    }

    /** Body of a realisation: {@code {"value": 70, "note": "..."}}. */
    public record RealisationValue(BigDecimal value, String note) {
    }

    private final PlanService plans;
    private final PlanQueue queue;
    private final ActivityService activities;
    private final AuditService audit;

    @Activate
    public PlanResource(@Reference PlanService plans, @Reference PlanQueue queue, @Reference ActivityService activities,
            @Reference AuditService audit) {
        this.plans = plans;
        this.queue = queue;
        this.activities = activities;
        this.audit = audit;
    }

    /** {@code ?nip=}: every version of a person's plans; {@code ?rater=}: plans waiting for that rater (paged). */
    @GET
    @RequiresPermission(AppraisalPermissions.READ)
    public Object list(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("rater") String rater,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        if (nip != null && !nip.isBlank()) {
            Visibility.requirePerson(caller, nip.strip());
            List<SkpPlan> all = plans.plansOf(nip.strip());
            return new Page<>(all, all.size(), 0, all.size());
        }
        if (rater != null && !rater.isBlank()) {
            Visibility.requireSelf(caller, rater.strip(), "rater");
            // each plan's content copied into the answer as its row keeps it; after= a page's "next"
            return queue.queue(rater.strip(), PageRequest.of(offset, limit, after));
        }
        throw KinerjaException.badRequest("FILTER_REQUIRED", "nip", "Sebutkan nip atau rater", "Give nip or rater");
    }

    /**
     * {@code ?nip=&year=}: the work results a person's plan of that year may support, those of their
     * direct supervisor's approved plan (the cascading picker); empty without one.
     */
    @GET
    @Path("/supportable")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<WorkResult> supportable(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("year") Integer year) {
        if (nip == null || nip.isBlank() || year == null) {
            throw KinerjaException.badRequest("REQUIRED", nip == null || nip.isBlank() ? "nip" : "year", "Isian nip dan year wajib diisi",
                    "nip and year are required");
        }
        Visibility.requirePerson(caller, nip.strip());
        return plans.supportable(nip.strip(), year);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response create(@Context Caller caller, SkpDraft draft) {
        SkpPlan created = plans.create(caller, draft);
        return Response.created(URI.create("v1/appraisal/plans/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(AppraisalPermissions.READ)
    public SkpPlan get(@Context Caller caller, @PathParam("id") long id) {
        return visible(caller, id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public SkpPlan update(@Context Caller caller, @PathParam("id") long id, SkpDraft draft) {
        return plans.update(caller, id, draft);
    }

    /** The owner deletes a plan that was never approved. */
    @DELETE
    @Path("/{id}")
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response delete(@Context Caller caller, @PathParam("id") long id) {
        plans.delete(caller, id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    @RequiresPermission(AppraisalPermissions.WRITE)
    public SkpPlan submit(@Context Caller caller, @PathParam("id") long id) {
        return plans.submit(caller, id);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public SkpPlan approve(@Context Caller caller, @PathParam("id") long id, Decision body) {
        return plans.approve(caller, id, body == null ? null : body.comment(), body == null ? null : body.expectations());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public SkpPlan returnToOwner(@Context Caller caller, @PathParam("id") long id, Decision body) {
        return plans.returnToOwner(caller, id, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/revise")
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response revise(@Context Caller caller, @PathParam("id") long id) {
        SkpPlan created = plans.revise(caller, id);
        return Response.created(URI.create("v1/appraisal/plans/" + created.id())).entity(created).build();
    }

    /** The owner logs an activity against a work result of the approved plan. */
    @POST
    @Path("/{id}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response log(@Context Caller caller, @PathParam("id") long id, NewActivity body) {
        Activity logged = activities.log(caller, id, body);
        return Response.created(URI.create("v1/appraisal/activities/" + logged.id())).entity(logged).build();
    }

    /** Activities of the plan, newest first; {@code ?period=} (e.g. {@code 2026-02}) keeps those dated in it. */
    @GET
    @Path("/{id}/activities")
    @RequiresPermission(AppraisalPermissions.READ)
    public Page<Activity> activities(@Context Caller caller, @PathParam("id") long id, @QueryParam("period") String period,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        visible(caller, id);
        return activities.activities(id, period == null || period.isBlank() ? null : Period.parse(period), PageRequest.of(offset, limit));
    }

    /** The owner reports (or corrects) the realisation of an indicator for a month. */
    @PUT
    @Path("/{id}/realisations/{indicatorId}/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Realisation realise(@Context Caller caller, @PathParam("id") long id,
            @PathParam("indicatorId") long indicatorId, @PathParam("period") String period, RealisationValue body) {
        return activities.realise(caller, id, indicatorId, Period.parse(period), body == null ? null : body.value(),
                body == null ? null : body.note());
    }

    @GET
    @Path("/{id}/realisations")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<Realisation> realisations(@Context Caller caller, @PathParam("id") long id) {
        visible(caller, id);
        return activities.realisations(id);
    }

    @GET
    @Path("/{id}/audit")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<AuditEntry> audit(@Context Caller caller, @PathParam("id") long id) {
        visible(caller, id);
        return audit.trail("PLAN", id);
    }

    /** The plan, if the caller may see it: its owner, its rater, the chain above, the unit's head. */
    private SkpPlan visible(Caller caller, long id) {
        SkpPlan plan = plans.get(id);
        Visibility.requirePerson(caller, plan.nip(), plan.raterNip());
        return plan;
    }
}
