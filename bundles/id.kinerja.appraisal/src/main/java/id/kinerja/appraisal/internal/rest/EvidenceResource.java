package id.kinerja.appraisal.internal.rest;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.ActivityService;
import id.kinerja.appraisal.api.Evidence;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/appraisal/evidence}: evidence files, their metadata and their content. */
@Component(service = RestResource.class)
@Path("/v1/appraisal/evidence")
@Produces(MediaType.APPLICATION_JSON)
public class EvidenceResource implements RestResource {

    private final ActivityService activities;

    @Activate
    public EvidenceResource(@Reference ActivityService activities) {
        this.activities = activities;
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(AppraisalPermissions.READ)
    public Evidence evidence(@Context Caller caller, @PathParam("id") long id) {
        return visible(caller, id);
    }

    /** The file as uploaded, as an attachment (never rendered inline by the browser). */
    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(AppraisalPermissions.READ)
    public Response content(@Context Caller caller, @PathParam("id") long id) {
        Evidence evidence = visible(caller, id);
        StreamingOutput body = out -> {
            try (InputStream in = activities.content(id)) {
                in.transferTo(out);
            }
        };
        String asciiName = evidence.fileName().replaceAll("[^\\x20-\\x7E]|\"", "_");
        String encodedName = URLEncoder.encode(evidence.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(body, evidence.contentType()).header("Content-Length", evidence.size())
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''" + encodedName)
                .header("X-Content-Type-Options", "nosniff").build();
    }

    /** The evidence, if the caller may see the records of the activity's owner. */
    private Evidence visible(Caller caller, long id) {
        Evidence evidence = activities.evidence(id);
        Visibility.requirePerson(caller, activities.get(evidence.activityId()).nip());
        return evidence;
    }
}
