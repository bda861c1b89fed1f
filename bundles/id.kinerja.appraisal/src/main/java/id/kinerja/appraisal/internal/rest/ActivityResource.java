package id.kinerja.appraisal.internal.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.glassfish.jersey.media.multipart.FormDataContentDisposition;
import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Activity;
import id.kinerja.appraisal.api.ActivityService;
import id.kinerja.appraisal.api.CitableRecord;
import id.kinerja.appraisal.api.Citation;
import id.kinerja.appraisal.api.CitationService;
import id.kinerja.appraisal.api.Evidence;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/appraisal/activities}: a logged activity, the evidence files attached to it and the
 * records of other modules it cites as evidence.
 */
@Component(service = RestResource.class)
@Path("/v1/appraisal/activities")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource implements RestResource {

    /** Body of a citation: the module and its record, as {@code GET /citable} offers them. */
    public record CitationBody(String source, String reference) {
    }

    private final ActivityService activities;
    private final CitationService citations;

    @Activate
    public ActivityResource(@Reference ActivityService activities, @Reference CitationService citations) {
        this.activities = activities;
        this.citations = citations;
    }

    /** What the caller may cite as evidence, from every installed module (an innovation, a completed follow-up). */
    @GET
    @Path("/citable")
    @RequiresPermission(AppraisalPermissions.WRITE)
    public List<CitableRecord> citable(@Context Caller caller) {
        return citations.citable(caller);
    }

    @GET
    @Path("/{id}/citations")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<Citation> citations(@Context Caller caller, @PathParam("id") long id) {
        Visibility.requirePerson(caller, activities.get(id).nip());
        return citations.citations(id);
    }

    @POST
    @Path("/{id}/citations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response cite(@Context Caller caller, @PathParam("id") long id, CitationBody body) {
        if (body == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Kirim sumber dan rujukan dalam JSON", "Send the source and reference as JSON");
        }
        Citation cited = citations.cite(caller, id, body.source(), body.reference());
        return Response.created(URI.create("v1/appraisal/activities/" + id + "/citations")).entity(cited).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(AppraisalPermissions.READ)
    public Activity get(@Context Caller caller, @PathParam("id") long id) {
        Activity activity = activities.get(id);
        Visibility.requirePerson(caller, activity.nip());
        return activity;
    }

    /** A multipart upload with the file in the part named {@code file}. */
    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermission(AppraisalPermissions.WRITE)
    public Response attach(@Context Caller caller, @PathParam("id") long id,
            @FormDataParam("file") InputStream file, @FormDataParam("file") FormDataContentDisposition disposition) {
        if (file == null || disposition == null) {
            throw KinerjaException.badRequest("FILE_REQUIRED", "file", "Berkas wajib dikirim pada bagian 'file'",
                    "The file is required in the part 'file'");
        }
        Evidence attached = activities.attach(caller, id, disposition.getFileName(), file);
        return Response.created(URI.create("v1/appraisal/evidence/" + attached.id())).entity(attached).build();
    }
}
