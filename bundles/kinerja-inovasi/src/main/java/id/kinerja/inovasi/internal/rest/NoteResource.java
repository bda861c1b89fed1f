package id.kinerja.inovasi.internal.rest;

import java.net.URI;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.inovasi.api.Note;
import id.kinerja.inovasi.api.NoteService;
import id.kinerja.inovasi.internal.ModulePermissions;
import id.kinerja.core.api.Dates;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/inovasi/notes}: a person's work notes. The person writing is the owner of the token;
 * reading another's notes needs to supervise them, head their unit, or hold {@link ModulePermissions#READ_ALL}.
 */
@Component(service = RestResource.class)
@Path("/v1/inovasi/notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource implements RestResource {

    /** The body of a new note; the date as YYYY-MM-DD. */
    public record NoteBody(String date, String description, Integer minutes) {
    }

    private final NoteService notes;

    @Activate
    public NoteResource(@Reference NoteService notes) {
        this.notes = notes;
    }

    @GET
    @RequiresPermission(ModulePermissions.READ)
    public Page<Note> list(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        String whose = nip == null || nip.isBlank() ? caller.actingNip() : nip.strip();
        caller.requireRead(whose, ModulePermissions.READ_ALL);
        return notes.list(whose, PageRequest.of(offset, limit));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ModulePermissions.WRITE)
    public Response record(@Context Caller caller, NoteBody body) {
        if (body == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Kirim catatan dalam JSON", "Send the note as JSON");
        }
        Note note = notes.record(caller.actingNip(), Dates.date("date", body.date()), body.description(), body.minutes());
        return Response.created(URI.create("v1/inovasi/notes/" + note.id())).entity(note).build();
    }
}
