package id.kinerja.inovasi.internal.rest;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.inovasi.api.Contest;
import id.kinerja.inovasi.api.ContestService;
import id.kinerja.inovasi.api.ContestStatus;
import id.kinerja.inovasi.api.NewContest;
import id.kinerja.inovasi.api.NewProposal;
import id.kinerja.inovasi.api.Proposal;
import id.kinerja.inovasi.internal.InovasiPermissions;

/**
 * {@code /api/v1/inovasi/contests}: the innovation contests. The organiser opens one and moves it on;
 * civil servants propose while it is open; its proposals are read by the organiser and its judges;
 * its results by everybody once decided.
 */
@Component(service = RestResource.class)
@Path("/v1/inovasi/contests")
@Produces(MediaType.APPLICATION_JSON)
public class ContestResource implements RestResource {

    /** The stage a contest moves to: JUDGING or CLOSED. */
    public record StatusBody(String status) {
    }

    private final ContestService contests;

    @Activate
    public ContestResource(@Reference ContestService contests) {
        this.contests = contests;
    }

    @GET
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public List<Contest> list() {
        return contests.contests();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.ORGANISE)
    public Response open(@Context Caller caller, NewContest contest) {
        Contest opened = contests.open(caller, Bodies.required(contest));
        return Response.created(URI.create("v1/inovasi/contests/" + opened.id())).entity(opened).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public Contest get(@PathParam("id") long id) {
        return contests.get(id);
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.ORGANISE)
    public Contest advance(@Context Caller caller, @PathParam("id") long id, StatusBody body) {
        String status = Bodies.required(body).status();
        try {
            return contests.advance(caller, id, status == null ? null : ContestStatus.valueOf(status.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw KinerjaException.badRequest("INVALID_STATUS", "status", "Status JUDGING atau CLOSED", "Status JUDGING or CLOSED");
        }
    }

    /** Every proposal of the contest: for its organisers and its judges. */
    @GET
    @Path("/{id}/proposals")
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public Page<Proposal> proposals(@Context Caller caller, @PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        Contest contest = contests.get(id);
        if (!caller.has(InovasiPermissions.ORGANISE) && !contest.judges().contains(caller.actingNip())) {
            throw KinerjaException.forbidden("NOT_A_JUDGE", null, "Usulan kontes dibaca penyelenggara dan juri; usulan Anda: /inovasi/proposals",
                    "A contest's proposals are read by its organisers and judges; yours: /inovasi/proposals");
        }
        return contests.proposals(id, PageRequest.of(offset, limit));
    }

    @POST
    @Path("/{id}/proposals")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public Response propose(@Context Caller caller, @PathParam("id") long id, NewProposal proposal) {
        Proposal proposed = contests.propose(caller, id, Bodies.required(proposal));
        return Response.created(URI.create("v1/inovasi/proposals/" + proposed.id())).entity(proposed).build();
    }

    /** The ranked proposals of a decided contest, best first; {@code winner} marks the winners. */
    @GET
    @Path("/{id}/results")
    @RequiresPermission(InovasiPermissions.CONTESTS)
    public List<Proposal> results(@PathParam("id") long id) {
        return contests.results(id);
    }
}
