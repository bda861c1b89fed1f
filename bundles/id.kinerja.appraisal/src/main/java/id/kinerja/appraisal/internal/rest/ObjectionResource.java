package id.kinerja.appraisal.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Objection;
import id.kinerja.appraisal.api.ObjectionService;
import id.kinerja.appraisal.api.Rating;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/appraisal/objections}: objections (keberatan) and their decisions. */
@Component(service = RestResource.class)
@Path("/v1/appraisal/objections")
@Produces(MediaType.APPLICATION_JSON)
public class ObjectionResource implements RestResource {

    /**
     * Body of a decision: accepted with the new ratings (with numeric scoring: the new behaviour
     * value), or rejected; the note is required.
     */
    public record Decision(Boolean accepted, Rating hasilKerja, Rating perilaku, Double behaviourValue, String note) {
    }

    private final ObjectionService objections;

    @Activate
    public ObjectionResource(@Reference ObjectionService objections) {
        this.objections = objections;
    }

    /** {@code ?decider=}: objections waiting for that decider. */
    @GET
    @RequiresPermission(AppraisalPermissions.READ)
    public List<Objection> toDecide(@Context Caller caller, @QueryParam("decider") String decider) {
        if (decider == null || decider.isBlank()) {
            throw KinerjaException.badRequest("FILTER_REQUIRED", "decider", "Sebutkan decider", "Give decider");
        }
        Visibility.requireSelf(caller, decider.strip(), "decider");
        return objections.toDecide(decider.strip());
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(AppraisalPermissions.READ)
    public Objection get(@Context Caller caller, @PathParam("id") long id) {
        Objection objection = objections.get(id);
        Visibility.requirePerson(caller, objection.nip(), objection.deciderNip());
        return objection;
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Objection decide(@Context Caller caller, @PathParam("id") long id, Decision body) {
        if (body == null || body.accepted() == null) {
            throw KinerjaException.badRequest("REQUIRED", "accepted", "Isian accepted (true/false) wajib diisi", "accepted (true/false) is required");
        }
        return objections.decide(caller, id, body.accepted(), body.hasilKerja(), body.perilaku(), body.behaviourValue(), body.note());
    }
}
