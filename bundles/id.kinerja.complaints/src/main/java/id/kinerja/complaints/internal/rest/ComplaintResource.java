package id.kinerja.complaints.internal.rest;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.complaints.internal.Attachment;
import id.kinerja.complaints.internal.AttachmentContent;
import id.kinerja.complaints.internal.ComplaintHandling;
import id.kinerja.complaints.internal.ComplaintPermissions;
import id.kinerja.complaints.internal.ComplaintReports;
import id.kinerja.complaints.internal.ComplaintStats;
import id.kinerja.complaints.internal.ComplaintStatus;
import id.kinerja.complaints.internal.StaffView;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/complaints}: the staff's side of complaint handling (verify, reject, assign, work,
 * answer, close; internal notes). The reporter's identity is never part of it. The person acting is
 * the owner of the token: those who handle complaints see them all, the responsible staff theirs.
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

    private final ComplaintHandling complaints;
    private final ComplaintReports reports;

    @Activate
    public ComplaintResource(@Reference ComplaintHandling complaints, @Reference ComplaintReports reports) {
        this.complaints = complaints;
        this.reports = reports;
    }

    /**
     * The complaints to handle: of every unit for whoever handles them all, else of the units the
     * caller heads (or the one of them named by {@code unitCode}).
     */
    @GET
    @RequiresPermission(ComplaintPermissions.HANDLE)
    public Page<StaffView> list(@Context Caller caller, @QueryParam("status") String status,
            @QueryParam("unitCode") String unitCode, @QueryParam("overdue") boolean overdue, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        List<String> units;
        if (unitCode != null && !unitCode.isBlank()) {
            caller.requireUnit(unitCode, ComplaintPermissions.HANDLE_ALL, "unitCode");
            units = List.of(unitCode.strip());
        } else if (caller.has(ComplaintPermissions.HANDLE_ALL)) {
            units = null;
        } else if (!caller.headedUnits().isEmpty()) {
            units = List.copyOf(caller.headedUnits());
        } else {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", "unitCode", "Anda tidak memimpin unit kerja (unitCode)", "You head no unit (unitCode)");
        }
        // after= a page's "next": the complaints after its last one (offset then only says where the page stands)
        return complaints.list(status(status), units, null, overdue, PageRequest.of(offset, limit, after));
    }

    /** The complaints the caller is responsible for (assigned to them), the latest first. */
    @GET
    @Path("/assigned")
    @RequiresPermission(ComplaintPermissions.WORK)
    public Page<StaffView> assigned(@Context Caller caller, @QueryParam("status") String status, @QueryParam("overdue") boolean overdue,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        return complaints.list(status(status), null, caller.actingNip(), overdue, PageRequest.of(offset, limit, after));
    }

    private static ComplaintStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return ComplaintStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw KinerjaException.badRequest("INVALID_STATUS", "status", "Status tidak dikenal: " + status, "Unknown status: " + status);
        }
    }

    /** Complaints per unit per month: received, answered, median hours to answer, share in time, satisfaction. */
    @GET
    @Path("/dashboard")
    @RequiresPermission(ComplaintPermissions.DASHBOARD)
    public List<ComplaintStats.Row> dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return reports.dashboard(month(from, "from"), month(to, "to"));
    }

    /** The dashboard as CSV (UTF-8), for a spreadsheet. */
    @GET
    @Path("/dashboard/export")
    @Produces("text/csv")
    @RequiresPermission(ComplaintPermissions.DASHBOARD)
    public javax.ws.rs.core.Response dashboardCsv(@QueryParam("from") String from, @QueryParam("to") String to) throws java.io.IOException {
        StringBuilder csv = new StringBuilder();
        reports.dashboardCsv(month(from, "from"), month(to, "to"), csv);
        return javax.ws.rs.core.Response.ok(csv.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pengaduan-" + from + "-" + to + ".csv\"").build();
    }

    private static java.time.YearMonth month(String text, String field) {
        return id.kinerja.core.api.Dates.month(field, text);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(ComplaintPermissions.WORK)
    public StaffView get(@Context Caller caller, @PathParam("id") long id) {
        return workable(caller, id);
    }

    @GET
    @Path("/{id}/attachments")
    @RequiresPermission(ComplaintPermissions.WORK)
    public List<Attachment> attachments(@Context Caller caller, @PathParam("id") long id) {
        workable(caller, id);
        return complaints.attachments(id);
    }

    /** The file as the citizen sent it (its type checked on arrival); always offered as a download. */
    @GET
    @Path("/{id}/attachments/{attachment}")
    @RequiresPermission(ComplaintPermissions.WORK)
    public javax.ws.rs.core.Response attachment(@Context Caller caller, @PathParam("id") long id,
            @PathParam("attachment") long attachment) {
        workable(caller, id);
        AttachmentContent file = complaints.attachment(id, attachment);
        return javax.ws.rs.core.Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @POST
    @Path("/{id}/verify")
    @RequiresPermission(ComplaintPermissions.HANDLE)
    public StaffView verify(@Context Caller caller,
            @PathParam("id") long id) {
        handleable(caller, id);
        return complaints.verify(caller, id);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ComplaintPermissions.HANDLE)
    public StaffView reject(@Context Caller caller,
            @PathParam("id") long id, TextBody body) {
        handleable(caller, id);
        return complaints.reject(caller, id, body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/assign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ComplaintPermissions.HANDLE)
    public StaffView assign(@Context Caller caller,
            @PathParam("id") long id, AssignBody body) {
        handleable(caller, id);
        return complaints.assign(caller, id, body == null ? null : body.unitCode(), body == null ? null : body.responsible());
    }

    @POST
    @Path("/{id}/start")
    @RequiresPermission(ComplaintPermissions.WORK)
    public StaffView start(@Context Caller caller,
            @PathParam("id") long id) {
        workable(caller, id);
        return complaints.start(caller, id);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ComplaintPermissions.WORK)
    public StaffView answer(@Context Caller caller,
            @PathParam("id") long id, TextBody body) {
        workable(caller, id);
        return complaints.answer(caller, id, body == null ? null : body.text());
    }

    @POST
    @Path("/{id}/close")
    @RequiresPermission(ComplaintPermissions.HANDLE)
    public StaffView close(@Context Caller caller,
            @PathParam("id") long id) {
        handleable(caller, id);
        return complaints.close(caller, id);
    }

    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(ComplaintPermissions.WORK)
    public StaffView note(@Context Caller caller,
            @PathParam("id") long id, TextBody body) {
        workable(caller, id);
        return complaints.note(caller, id, body == null ? null : body.text());
    }

    /** The complaint, if the caller handles it ({@link #handles}) or is one of its responsible staff. */
    private StaffView workable(Caller caller, long id) {
        StaffView complaint = complaints.get(id);
        if (!handles(caller, complaint) && !complaint.responsible().contains(caller.nip())) {
            throw KinerjaException.forbidden("NOT_RESPONSIBLE", "id", "Pengaduan ini tidak ditugaskan kepada Anda",
                    "This complaint is not assigned to you");
        }
        return complaint;
    }

    /** The complaint, if the caller handles it ({@link #handles}). */
    private void handleable(Caller caller, long id) {
        if (!handles(caller, complaints.get(id))) {
            throw KinerjaException.forbidden("OUT_OF_SCOPE", "id", "Pengaduan ini bukan untuk unit yang Anda pimpin",
                    "This complaint is not for a unit you head");
        }
    }

    /** Whoever handles every unit's complaints, or the head of the unit it is assigned (else reported) to. */
    private static boolean handles(Caller caller, StaffView complaint) {
        if (caller.has(ComplaintPermissions.HANDLE_ALL)) {
            return true;
        }
        String unit = complaint.unitCode() != null ? complaint.unitCode() : complaint.reportedUnitCode();
        return caller.has(ComplaintPermissions.HANDLE) && unit != null && caller.headedUnits().contains(unit);
    }
}
