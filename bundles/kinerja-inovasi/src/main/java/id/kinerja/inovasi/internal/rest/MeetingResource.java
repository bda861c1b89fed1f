package id.kinerja.inovasi.internal.rest;

import java.net.URI;

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
import id.kinerja.inovasi.api.Meeting;
import id.kinerja.inovasi.api.MeetingService;
import id.kinerja.inovasi.api.NewMeeting;
import id.kinerja.inovasi.internal.InovasiPermissions;

/**
 * {@code /api/v1/inovasi/meetings}: feedback meetings (rapat umpan balik). The leader is the owner of
 * the token; a meeting is read by its leader, its participants and those who may read the leader's
 * records.
 */
@Component(service = RestResource.class)
@Path("/v1/inovasi/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class MeetingResource implements RestResource {

    private final MeetingService meetings;

    @Activate
    public MeetingResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    /** The meetings a person led or attended (the caller's by default), newest first. */
    @GET
    @RequiresPermission(InovasiPermissions.MEETINGS)
    public Page<Meeting> list(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        String whose = nip == null || nip.isBlank() ? caller.actingNip() : nip.strip();
        caller.requireRead(whose, InovasiPermissions.MEETINGS_ALL);
        return meetings.meetingsOf(whose, PageRequest.of(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.LEAD)
    public Response record(@Context Caller caller, NewMeeting meeting) {
        if (meeting == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Kirim rapat dalam JSON", "Send the meeting as JSON");
        }
        Meeting recorded = meetings.record(caller, meeting);
        return Response.created(URI.create("v1/inovasi/meetings/" + recorded.id())).entity(recorded).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(InovasiPermissions.MEETINGS)
    public Meeting get(@Context Caller caller, @PathParam("id") long id) {
        Meeting meeting = meetings.get(id);
        String me = caller.actingNip();
        if (!meeting.participants().contains(me)) {
            caller.requireRead(meeting.leaderNip(), InovasiPermissions.MEETINGS_ALL);
        }
        return meeting;
    }
}
