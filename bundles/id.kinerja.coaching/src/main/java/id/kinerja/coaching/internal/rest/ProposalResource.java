package id.kinerja.coaching.internal.rest;

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
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.NewAssignment;
import id.kinerja.coaching.internal.Proposal;
import id.kinerja.coaching.internal.ProposalService;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching/proposals}: the proposals made from the appraisal: read, accept,
 * dismiss. The person acting is the owner of the token.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching/proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource implements RestResource {

    /** Body of an accepted proposal: the sessions to nominate the person for, and/or one-to-one coaching. */
    public record AcceptBody(List<Long> sessionIds, NewAssignment coaching, String note) {
    }

    private final ProposalService proposals;

    @Activate
    public ProposalResource(@Reference ProposalService proposals) {
        this.proposals = proposals;
    }

    @GET
    @RequiresPermission(CoachingPermissions.READ)
    public Page<Proposal> proposals(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("status") String status, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after) {
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
            caller.requireRead(person, CoachingPermissions.READ_ALL);
        } else if (!caller.has(CoachingPermissions.READ_ALL)) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", "nip", "Sebutkan nip pegawai yang Anda bina", "Give the nip of a person in your care");
        }
        return proposals.proposals(person, s, PageRequest.of(offset, limit, after)); // after= a page's "next"
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(CoachingPermissions.READ)
    public Proposal proposal(@Context Caller caller, @PathParam("id") long id) {
        Proposal proposal = proposals.proposal(id);
        caller.requireRead(proposal.nip(), CoachingPermissions.READ_ALL);
        return proposal;
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PROPOSALS_DECIDE)
    public Proposal accept(@Context Caller caller, @PathParam("id") long id, AcceptBody body) {
        return proposals.accept(caller, id, body == null ? null : body.sessionIds(), body == null ? null : body.coaching(),
                body == null ? null : body.note());
    }

    @POST
    @Path("/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.PROPOSALS_DECIDE)
    public Proposal dismiss(@Context Caller caller, @PathParam("id") long id, NoteBody body) {
        return proposals.dismiss(caller, id, body == null ? null : body.note());
    }
}
