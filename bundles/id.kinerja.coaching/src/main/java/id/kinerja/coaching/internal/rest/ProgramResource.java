package id.kinerja.coaching.internal.rest;

import java.net.URI;
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
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.EffectivenessReport;
import id.kinerja.coaching.internal.EffectivenessService;
import id.kinerja.coaching.internal.NewProgram;
import id.kinerja.coaching.internal.NewSession;
import id.kinerja.coaching.internal.Program;
import id.kinerja.coaching.internal.ProgramService;
import id.kinerja.coaching.internal.Session;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching/programs}: the programme catalogue, a programme's sessions and its
 * effectiveness. The person acting is the owner of the token.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching/programs")
@Produces(MediaType.APPLICATION_JSON)
public class ProgramResource implements RestResource {

    private final ProgramService programs;
    private final EffectivenessService effectiveness;

    @Activate
    public ProgramResource(@Reference ProgramService programs, @Reference EffectivenessService effectiveness) {
        this.programs = programs;
        this.effectiveness = effectiveness;
    }

    @GET
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public Page<Program> programs(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return programs.programs(PageRequest.of(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Response createProgram(@Context Caller caller, NewProgram body) {
        Program p = programs.createProgram(caller, body);
        return Response.created(URI.create("v1/coaching/programs/" + p.id())).entity(p).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public Program program(@PathParam("id") long id) {
        return programs.program(id);
    }

    @GET
    @Path("/{id}/sessions")
    @RequiresPermission(CoachingPermissions.CATALOGUE_READ)
    public List<Session> sessions(@PathParam("id") long programId) {
        return programs.sessions(programId);
    }

    @POST
    @Path("/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(CoachingPermissions.MANAGE)
    public Response createSession(@Context Caller caller, @PathParam("id") long programId,
            NewSession body) {
        Session s = programs.createSession(caller, programId, body);
        return Response.created(URI.create("v1/coaching/sessions/" + s.id())).entity(s).build();
    }

    /** Effectiveness of a programme: participation, scores, feedback and the effect on the participants' predikat. */
    @GET
    @Path("/{id}/effectiveness")
    @RequiresPermission(CoachingPermissions.MANAGE)
    public EffectivenessReport effectiveness(@PathParam("id") long programId) {
        return effectiveness.report(programId);
    }
}
