package id.kinerja.complaints.internal.rest;

import java.net.URI;
import java.util.List;

import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.complaints.internal.Category;
import id.kinerja.complaints.internal.ComplaintPermissions;
import id.kinerja.complaints.internal.ComplaintIntake;
import id.kinerja.complaints.internal.NewComplaint;
import id.kinerja.complaints.internal.PublicView;
import id.kinerja.complaints.internal.Receipt;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/public/complaints}: citizens file and follow complaints without an account. The
 * tracking code and the secret (header {@code X-Tracking-Secret}) open one complaint and nothing
 * else; filing is limited per client address.
 */
@Component(service = RestResource.class)
@Path("/v1/public/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class PublicComplaintResource implements RestResource {

    static final String SECRET_HEADER = "X-Tracking-Secret";

    /** Body of a rating. */
    public record RatingBody(Integer rating, String comment) {
    }

    /** Body of a reopening. */
    public record ReopenBody(String reason) {
    }

    private final ComplaintIntake complaints;

    @Activate
    public PublicComplaintResource(@Reference ComplaintIntake complaints) {
        this.complaints = complaints;
    }

    /** The service categories to choose from. */
    @GET
    @Path("/categories")
    @RequiresPermission(ComplaintPermissions.FILE)
    public List<Category> categories() {
        return complaints.categories();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ComplaintPermissions.FILE)
    public Response file(@Context HttpServletRequest request, NewComplaint body) {
        complaints.admit(client(request));
        Receipt receipt = complaints.file(body);
        return Response.created(URI.create("v1/public/complaints/" + receipt.trackingCode())).entity(receipt).build();
    }

    @GET
    @Path("/{code}")
    @RequiresPermission(ComplaintPermissions.FILE)
    public PublicView track(@Context HttpServletRequest request, @PathParam("code") String code,
            @HeaderParam(SECRET_HEADER) String secret) {
        complaints.admitLookup(client(request));
        return complaints.track(code, secret);
    }

    @POST
    @Path("/{code}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ComplaintPermissions.FILE)
    public PublicView rate(@Context HttpServletRequest request, @PathParam("code") String code,
            @HeaderParam(SECRET_HEADER) String secret, RatingBody body) {
        complaints.admitLookup(client(request));
        return complaints.rate(code, secret, body == null ? null : body.rating(), body == null ? null : body.comment());
    }

    /** A photo (JPEG, PNG) or a PDF as the request body, at most 5 MB, 3 per complaint, while it is open. */
    @POST
    @Path("/{code}/attachments")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(ComplaintPermissions.FILE)
    public PublicView attach(@Context HttpServletRequest request, @PathParam("code") String code,
            @HeaderParam(SECRET_HEADER) String secret, @javax.ws.rs.QueryParam("fileName") String fileName, java.io.InputStream body)
            throws java.io.IOException {
        complaints.admitLookup(client(request));
        byte[] content = body.readNBytes(id.kinerja.complaints.internal.Attachments.MAX_BYTES + 1);
        return complaints.attach(code, secret, fileName, content);
    }

    @POST
    @Path("/{code}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ComplaintPermissions.FILE)
    public PublicView reopen(@Context HttpServletRequest request, @PathParam("code") String code,
            @HeaderParam(SECRET_HEADER) String secret, ReopenBody body) {
        complaints.admitLookup(client(request));
        return complaints.reopen(code, secret, body == null ? null : body.reason());
    }

    private static String client(HttpServletRequest request) {
        return (String) request.getAttribute(RestResource.CLIENT_ADDRESS_ATTRIBUTE);
    }
}
