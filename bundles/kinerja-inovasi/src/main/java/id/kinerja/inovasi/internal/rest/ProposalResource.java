package id.kinerja.inovasi.internal.rest;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.Dates;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.inovasi.api.Contest;
import id.kinerja.inovasi.api.ContestService;
import id.kinerja.inovasi.api.ContestStatus;
import id.kinerja.inovasi.api.Proposal;
import id.kinerja.inovasi.api.Score;
import id.kinerja.inovasi.internal.InovasiPermissions;

/**
 * {@code /api/v1/inovasi/proposals}: innovations proposed to the contests. A proposal is read by its
 * proposer and team, the organisers and the contest's judges, and by everybody once its contest is
 * decided; judges score it, the organiser screens it and records it in use.
 */
@Component(service = RestResource.class)
@Path("/v1/inovasi/proposals")
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource implements RestResource {

    /** The organiser's screening: shortlisted for judging, or not (with the reason). */
    public record ScreeningBody(Boolean shortlisted, String note) {
    }

    /** A judge's sheet: a score of 0–100 for each criterion. */
    public record ScoresBody(List<Score> scores) {
    }

    /** Since when an innovation is in use (YYYY-MM-DD), and how. */
    public record ImplementationBody(String since, String note) {
    }

    private final ContestService contests;

    @Activate
    public ProposalResource(@Reference ContestService contests) {
        this.contests = contests;
    }

    /** The caller's own innovations (proposed or in a team), newest first. */
    @GET
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public List<Proposal> mine(@Context Caller caller) {
        return contests.proposalsOf(caller.actingNip());
    }

    /** The innovations in use in the city, the most recent first. */
    @GET
    @Path("/in-use")
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public Page<Proposal> inUse(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return contests.inUse(PageRequest.of(offset, limit));
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public Proposal get(@Context Caller caller, @PathParam("id") long id) {
        Proposal proposal = contests.proposal(id);
        Contest contest = contests.get(proposal.contestId());
        boolean open = proposal.isBy(caller.actingNip()) || caller.has(InovasiPermissions.ORGANISE) || contest.judges().contains(caller.actingNip())
                || contest.status() == ContestStatus.CLOSED && proposal.finalRank() != null;
        if (!open) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", null, "Usulan ini dibaca pengusul, juri dan penyelenggara sampai hasilnya ditetapkan",
                    "This proposal is read by its proposers, the judges and the organisers until the results are decided");
        }
        return proposal;
    }

    @POST
    @Path("/{id}/screening")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.ORGANISE)
    public Proposal screen(@Context Caller caller, @PathParam("id") long id, ScreeningBody body) {
        Boolean shortlisted = Bodies.required(body).shortlisted();
        if (shortlisted == null) {
            throw KinerjaException.badRequest("REQUIRED", "shortlisted", "Isian shortlisted wajib diisi (true atau false)", "shortlisted is required (true or false)");
        }
        return contests.screen(caller, id, shortlisted, body.note());
    }

    /** The judge's own sheet of a proposal. */
    @GET
    @Path("/{id}/scores")
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public List<Score> scores(@Context Caller caller, @PathParam("id") long id) {
        return contests.scoresOf(caller, id);
    }

    @PUT
    @Path("/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public List<Score> score(@Context Caller caller, @PathParam("id") long id, ScoresBody body) {
        return contests.score(caller, id, Bodies.required(body).scores());
    }

    @POST
    @Path("/{id}/implementation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.ORGANISE)
    public Proposal implemented(@Context Caller caller, @PathParam("id") long id, ImplementationBody body) {
        return contests.implemented(caller, id, Dates.date("since", Bodies.required(body).since()), body.note());
    }
}
