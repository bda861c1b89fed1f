package id.kinerja.complaints.internal.rest;

import java.util.List;
import java.util.Locale;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.complaints.internal.ComplaintService;
import id.kinerja.complaints.internal.ComplaintStats;
import id.kinerja.complaints.internal.ComplaintStatus;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;

/**
 * {@code /api/v1/complaints}: the staff's side of complaint handling (verify, reject, assign, work,
 * answer, close; internal notes). The reporter's identity is never part of it. The person acting is
 * named by {@code X-Kinerja-NIP} until issue 7 brings accounts and roles.
 */
@Component(service = RestResource.class)
@Path("/v1/complaints")
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource implements RestResource {

    /** Body with a text: a reason, an answer or a note. */
    public record TextBody(String text) {
    }

    /** Body of an assignment. */
    public record AssignBody(String unitCode, List<String> responsible) {
    }

    private final ComplaintService complaints;

    @Activate
    public ComplaintResource(@Reference ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GET
    public Page<ComplaintService.StaffView> list(@QueryParam("status") String status, @QueryParam("unitCode") String unitCode,
            @QueryParam("overdue") boolean overdue, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        ComplaintStatus s = null;
        if (status != null && !status.isBlank()) {
            try {
                s = ComplaintStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw KinerjaException.badRequest("INVALID_STATUS", "status", "Status tidak dikenal: " + status, "Unknown status: " + status);
            }
        }
        return complaints.list(s, unitCode == null || unitCode.isBlank() ? null : unitCode.strip(), overdue, PageRequest.of(offset, limit));
    }

    /** Complaints per unit per month: received, answered, median hours to answer, share in time, satisfaction. */
    @GET
    @Path("/dashboard")
    public List<ComplaintStats.Row> dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return complaints.dashboard(month(from, "from"), month(to, "to"));
    }

    /** The dashboard as CSV (UTF-8), for a spreadsheet. */
    @GET
    @Path("/dashboard/export")
    @Produces("text/csv")
    public javax.ws.rs.core.Response dashboardCsv(@QueryParam("from") String from, @QueryParam("to") String to) throws java.io.IOException {
        StringBuilder csv = new StringBuilder();
        complaints.dashboardCsv(month(from, "from"), month(to, "to"), csv);
        return javax.ws.rs.core.Response.ok(csv.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pengaduan-" + from + "-" + to + ".csv\"").build();
    }

    private static java.time.YearMonth month(String text, String field) {
        try {
            return java.time.YearMonth.parse(text == null ? "" : text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw KinerjaException.badRequest("INVALID_MONTH", field, "Bulan tidak valid: " + text + " (contoh 2026-03)",
                    "Invalid month: " + text + " (e.g. 2026-03)");
        }
    }

    @GET
    @Path("/{id}")
    public ComplaintService.StaffView get(@PathParam("id") long id) {
        return complaints.get(id);
    }

    @GET
    @Path("/{id}/attachments")
    public List<ComplaintService.Attachment> attachments(@PathParam("id") long id) {
        return complaints.attachments(id);
    }

    /** The file as the citizen sent it (its type checked on arrival); always offered as a download. */
    @GET
    @Path("/{id}/attachments/{attachment}")
    public javax.ws.rs.core.Response attachment(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        ComplaintService.AttachmentContent file = complaints.attachment(id, attachment);
        return javax.ws.rs.core.Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/{id}/verify")
    public ComplaintService.StaffView verify(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id) {
        return complaints.verify(actor, id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintService.StaffView reject(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, TextBody body) {
        return complaints.reject(actor, id, body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintService.StaffView assign(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, AssignBody body) {
        return complaints.assign(actor, id, body == null ? null : body.unitCode(), body == null ? null : body.responsible());
    }

    @POST
    @Path("/{id}/start")
    public ComplaintService.StaffView start(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id) {
        return complaints.start(actor, id);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintService.StaffView answer(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, TextBody body) {
        return complaints.answer(actor, id, body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/close")
    public ComplaintService.StaffView close(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id) {
        return complaints.close(actor, id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComplaintService.StaffView note(@HeaderParam(RestResource.ACTOR_HEADER) String actor, @PathParam("id") long id, TextBody body) {
        return complaints.note(actor, id, body == null ? null : body.text());
    }
}
