package id.kinerja.appraisal.internal.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Activity;
import id.kinerja.appraisal.api.ActivityService;
import id.kinerja.appraisal.api.AuditEntry;
import id.kinerja.appraisal.api.BehaviourExpectation;
import id.kinerja.appraisal.api.AuditService;
import id.kinerja.appraisal.api.NewActivity;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PlanService;
import id.kinerja.appraisal.api.Realisation;
import id.kinerja.appraisal.api.SkpDraft;
import id.kinerja.appraisal.api.SkpPlan;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;

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
    private final ActivityService activities;
    private final AuditService audit;

    @Activate
    public PlanResource(@Reference PlanService plans, @Reference ActivityService activities, @Reference AuditService audit) {
        this.plans = plans;
        this.activities = activities;
        this.audit = audit;
    }

    /** {@code ?nip=}: every version of a person's plans; {@code ?rater=}: plans waiting for that rater (paged). */
    @GET
    public Object list(@QueryParam("nip") String nip, @QueryParam("rater") String rater,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        if (nip != null && !nip.isBlank()) {
            List<SkpPlan> all = plans.plansOf(nip.strip());
            return new Page<>(all, all.size(), 0, all.size());
        }
        if (rater != null && !rater.isBlank()) {
            return plans.awaitingApproval(rater.strip(), PageRequest.of(offset, limit));
        }
        throw KinerjaException.badRequest("FILTER_REQUIRED", "nip", "Sebutkan nip atau rater", "Give nip or rater");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(RestResource.ACTOR_HEADER) String actor, SkpDraft draft) {
        SkpPlan created = plans.create(actor, draft);
        return Response.created(URI.create("v1/appraisal/plans/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public SkpPlan get(@PathParam("id") long id) {
        return plans.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SkpPlan update(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, SkpDraft draft) {
        return plans.update(actor, id, draft);
    }

    /** The owner deletes a plan that was never approved. */
    @DELETE
    @Path("/{id}")
    public Response delete(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id) {
        plans.delete(actor, id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submit")
    public SkpPlan submit(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id) {
        return plans.submit(actor, id);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public SkpPlan approve(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, Decision body) {
        return plans.approve(actor, id, body == null ? null : body.comment(), body == null ? null : body.expectations());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public SkpPlan returnToOwner(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, Decision body) {
        return plans.returnToOwner(actor, id, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/revise")
    public Response revise(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id) {
        SkpPlan created = plans.revise(actor, id);
        return Response.created(URI.create("v1/appraisal/plans/" + created.id())).entity(created).build();
    }

    /** The owner logs an activity against a work result of the approved plan. */
    @POST
    @Path("/{id}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response log(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, NewActivity body) {
        Activity logged = activities.log(actor, id, body);
        return Response.created(URI.create("v1/appraisal/activities/" + logged.id())).entity(logged).build();
    }

    /** Activities of the plan, newest first; {@code ?period=} (e.g. {@code 2026-02}) keeps those dated in it. */
    @GET
    @Path("/{id}/activities")
    public Page<Activity> activities(@PathParam("id") long id, @QueryParam("period") String period,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return activities.activities(id, period == null || period.isBlank() ? null : Period.parse(period), PageRequest.of(offset, limit));
    }

    /** The owner reports (or corrects) the realisation of an indicator for a month. */
    @PUT
    @Path("/{id}/realisations/{indicatorId}/{period}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Realisation realise(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id,
            @PathParam("indicatorId") long indicatorId, @PathParam("period") String period, RealisationValue body) {
        return activities.realise(actor, id, indicatorId, Period.parse(period), body == null ? null : body.value(),
                body == null ? null : body.note());
    }

    @GET
    @Path("/{id}/realisations")
    public List<Realisation> realisations(@PathParam("id") long id) {
        return activities.realisations(id);
    }

    @GET
    @Path("/{id}/audit")
    public List<AuditEntry> audit(@PathParam("id") long id) {
        plans.get(id);
        return audit.trail("PLAN", id);
    }
}
