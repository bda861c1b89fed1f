package id.kinerja.inovasi.internal.rest;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.inovasi.api.FollowUp;
import id.kinerja.inovasi.api.FollowUpStatus;
import id.kinerja.inovasi.api.MeetingService;
import id.kinerja.inovasi.internal.InovasiPermissions;

/** {@code /api/v1/inovasi/follow-ups}: the follow-ups a person owns; their owner reports them done. */
@Component(service = RestResource.class)
@Path("/v1/inovasi/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
public class FollowUpResource implements RestResource {

    /** What came of a follow-up. */
    public record DoneBody(String note) {
    }

    private final MeetingService meetings;

    @Activate
    public FollowUpResource(@Reference MeetingService meetings) {
        this.meetings = meetings;
    }

    /** A person's follow-ups (the caller's by default), open ones first; {@code status} OPEN or DONE. */
    @GET
    @RequiresPermission(InovasiPermissions.MEETINGS)
    public Page<FollowUp> list(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("status") String status,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        String whose = nip == null || nip.isBlank() ? caller.actingNip() : nip.strip();
        caller.requireRead(whose, InovasiPermissions.MEETINGS_ALL);
        return meetings.followUpsOf(whose, status(status), PageRequest.of(offset, limit));
    }

    @POST
    @Path("/{id}/done")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(InovasiPermissions.MEETINGS)
    public FollowUp done(@Context Caller caller, @PathParam("id") long id, DoneBody body) {
        return meetings.complete(caller, id, body == null ? null : body.note());
    }

    private static FollowUpStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return FollowUpStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KinerjaException.badRequest("INVALID_STATUS", "status", "Status OPEN atau DONE", "Status OPEN or DONE");
        }
    }
}
