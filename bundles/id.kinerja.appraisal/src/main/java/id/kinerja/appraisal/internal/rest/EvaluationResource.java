package id.kinerja.appraisal.internal.rest;

import java.net.URI;
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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.AppraisalInput;
import id.kinerja.appraisal.api.AuditEntry;
import id.kinerja.appraisal.api.AuditService;
import id.kinerja.appraisal.api.BerakhlakValue;
import id.kinerja.appraisal.api.CalibrationService;
import id.kinerja.appraisal.api.Evaluation;
import id.kinerja.appraisal.api.EvaluationService;
import id.kinerja.appraisal.api.FeedbackRequest;
import id.kinerja.appraisal.api.FeedbackService;
import id.kinerja.appraisal.api.FeedbackSummary;
import id.kinerja.appraisal.api.Objection;
import id.kinerja.appraisal.api.ObjectionService;
import id.kinerja.appraisal.api.PeerFeedback;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.RaterAssessment;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.api.SelfAssessment;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/appraisal/evaluations}: periodic and annual evaluations, feedback, objections, calibration. */
@Component(service = RestResource.class)
@Path("/v1/appraisal/evaluations")
@Produces(MediaType.APPLICATION_JSON)
public class EvaluationResource implements RestResource {

    /** Body of opening: {@code {"nip": "...", "period": "2026-Q1"}}. */
    public record Open(String nip, String period) {
    }

    /** Body of colleague feedback. */
    public record Feedback(BerakhlakValue value, Rating rating, String comment) {
    }

    /** Body of an objection. */
    public record ObjectionRequest(String reason) {
    }

    /** Body of a calibration: the adjusted ratings (with numeric scoring: the behaviour value) and why. */
    public record Calibration(Rating hasilKerja, Rating perilaku, Double behaviourValue, String reason) {
    }

    private final EvaluationService evaluations;
    private final FeedbackService feedback;
    private final ObjectionService objections;
    private final CalibrationService calibration;
    private final AuditService audit;

    @Activate
    public EvaluationResource(@Reference EvaluationService evaluations, @Reference ObjectionService objections,
            @Reference CalibrationService calibration, @Reference AuditService audit, @Reference FeedbackService feedback) {
        this.evaluations = evaluations;
        this.feedback = feedback;
        this.objections = objections;
        this.calibration = calibration;
        this.audit = audit;
    }

    /** {@code ?nip=}: a person's evaluations; {@code ?rater=}: those the rater still has to rate or finalise (paged). */
    @GET
    @RequiresPermission(AppraisalPermissions.READ)
    public Page<Evaluation> list(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("rater") String rater,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        if (nip != null && !nip.isBlank()) {
            Visibility.requirePerson(caller, nip.strip());
            List<Evaluation> all = evaluations.evaluationsOf(nip.strip());
            return new Page<>(all, all.size(), 0, all.size());
        }
        if (rater != null && !rater.isBlank()) {
            Visibility.requireSelf(caller, rater.strip(), "rater");
            return evaluations.toRate(rater.strip(), PageRequest.of(offset, limit, after)); // after= a page's "next"
        }
        throw KinerjaException.badRequest("FILTER_REQUIRED", "nip", "Sebutkan nip atau rater", "Give nip or rater");
    }

    /** The colleagues' evaluations the caller may give behaviour feedback on, with the values already given. */
    @GET
    @Path("/feedback-requests")
    @RequiresPermission(AppraisalPermissions.WRITE)
    public List<FeedbackRequest> feedbackRequests(@Context Caller caller) {
        return feedback.feedbackRequests(caller);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response open(@Context Caller caller, Open body) {
        if (body == null) {
            throw KinerjaException.badRequest("REQUIRED", "period", "Isian nip dan period wajib diisi", "nip and period are required");
        }
        Evaluation opened = evaluations.open(caller, body.nip(), Period.parse(body.period()));
        return Response.created(URI.create("v1/appraisal/evaluations/" + opened.id())).entity(opened).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(AppraisalPermissions.READ)
    public Evaluation get(@Context Caller caller, @PathParam("id") long id) {
        return visible(caller, id);
    }

    @PUT
    @Path("/{id}/self-assessment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Evaluation selfAssess(@Context Caller caller, @PathParam("id") long id, SelfAssessment body) {
        return evaluations.selfAssess(caller, id, body);
    }

    @PUT
    @Path("/{id}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Evaluation rate(@Context Caller caller, @PathParam("id") long id, RaterAssessment body) {
        return evaluations.rate(caller, id, body);
    }

    @POST
    @Path("/{id}/finalise")
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Evaluation finalise(@Context Caller caller, @PathParam("id") long id) {
        return evaluations.finalise(caller, id);
    }

    @POST
    @Path("/{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response giveFeedback(@Context Caller caller, @PathParam("id") long id, Feedback body) {
        if (body == null) {
            throw KinerjaException.badRequest("REQUIRED", "value", "Isian value dan rating wajib diisi", "value and rating are required");
        }
        PeerFeedback given = feedback.giveFeedback(caller, id, body.value(), body.rating(), body.comment());
        return Response.status(201).entity(given).build();
    }

    /** All feedback with its authors: for the rater. */
    @GET
    @Path("/{id}/feedback")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<PeerFeedback> feedback(@Context Caller caller, @PathParam("id") long id) {
        return feedback.feedbackForRater(caller, id);
    }

    /** The anonymised summary: for the rated person and the rater. */
    @GET
    @Path("/{id}/feedback/summary")
    @RequiresPermission(AppraisalPermissions.READ)
    public FeedbackSummary feedbackSummary(@Context Caller caller, @PathParam("id") long id) {
        return feedback.feedbackSummary(caller, id);
    }

    /** What optional modules offer the rater. */
    @GET
    @Path("/{id}/inputs")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<AppraisalInput> inputs(@Context Caller caller, @PathParam("id") long id) {
        return evaluations.inputs(caller, id);
    }

    @GET
    @Path("/{id}/objections")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<Objection> objections(@Context Caller caller, @PathParam("id") long id) {
        visible(caller, id);
        return objections.objectionsOf(id);
    }

    @POST
    @Path("/{id}/objections")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response object(@Context Caller caller, @PathParam("id") long id, ObjectionRequest body) {
        Objection filed = objections.file(caller, id, body == null ? null : body.reason());
        return Response.created(URI.create("v1/appraisal/objections/" + filed.id())).entity(filed).build();
    }

    @POST
    @Path("/{id}/calibration")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.CALIBRATE)
    public Evaluation calibrate(@Context Caller caller, @PathParam("id") long id, Calibration body) {
        if (body == null) {
            throw KinerjaException.badRequest("REQUIRED", "reason", "Isian kalibrasi wajib diisi", "The calibration is required");
        }
        return calibration.calibrate(caller, id, body.hasilKerja(), body.perilaku(), body.behaviourValue(), body.reason());
    }

    @GET
    @Path("/{id}/audit")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<AuditEntry> audit(@Context Caller caller, @PathParam("id") long id) {
        visible(caller, id);
        return audit.trail("EVALUATION", id);
    }

    /** The evaluation, if the caller may see it: the rated person, the rater, the chain above, the unit's head. */
    private Evaluation visible(Caller caller, long id) {
        Evaluation evaluation = evaluations.get(id);
        Visibility.requirePerson(caller, evaluation.nip(), evaluation.raterNip());
        return evaluation;
    }
}
