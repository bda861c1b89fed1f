package id.kinerja.staff.internal.rest;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;

import org.glassfish.jersey.media.multipart.FormDataParam;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.staff.ImportReport;
import id.kinerja.core.api.staff.StaffCsvService;
import id.kinerja.core.api.staff.StaffHistoryEntry;
import id.kinerja.core.api.staff.StaffMember;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.core.api.staff.StaffService;
import id.kinerja.core.api.staff.StaffStatus;
import id.kinerja.core.api.time.CityTime;
import id.kinerja.staff.internal.StaffPermissions;

/** {@code /api/v1/staff}: the staff registry over HTTP. */
@Component(service = RestResource.class)
@Path("/v1/staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource implements RestResource {

    /** Largest CSV accepted by the import, in bytes. */
    static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;
    private static final String CSV = "text/csv";

    private final StaffService staff;
    private final StaffCsvService csv;
    private final CityTime city;

    @Activate
    public StaffResource(@Reference StaffService staff, @Reference StaffCsvService csv, @Reference CityTime city) {
        this.staff = staff;
        this.csv = csv;
        this.city = city;
    }

    @GET
    @RequiresPermission(StaffPermissions.LIST)
    public Page<StaffMember> list(@Context Caller caller, @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
            @QueryParam("after") String after, @QueryParam("unitCode") String unitCode, @QueryParam("includeSubunits") boolean includeSubunits,
            @QueryParam("rank") String rank, @QueryParam("status") StaffStatus status, @QueryParam("q") String text) {
        // without the whole registry, a unit head lists only a unit they head (with the units below)
        caller.requireUnit(blankToNull(unitCode), StaffPermissions.READ_ALL, "unitCode");
        // after= a page's "next": the page that follows it, read from there in the index (offset then only says where it stands)
        return staff.list(new StaffQuery(blankToNull(unitCode), includeSubunits, blankToNull(rank), status, text),
                PageRequest.of(offset, limit, after));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(StaffPermissions.WRITE)
    public Response create(StaffMember body) {
        StaffMember created = staff.create(body);
        return Response.created(URI.create("v1/staff/" + created.nip())).entity(created).build();
    }

    @GET
    @Path("/{nip}")
    @RequiresPermission(StaffPermissions.READ)
    public StaffMember get(@Context Caller caller, @PathParam("nip") String nip) {
        caller.requireRead(nip, StaffPermissions.READ_ALL);
        return staff.get(nip);
    }

    /** Replaces the record; {@code effectiveDate} (default today) dates the changes in the history. */
    @PUT
    @Path("/{nip}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(StaffPermissions.WRITE)
    public StaffMember update(@PathParam("nip") String nip, @QueryParam("effectiveDate") LocalDateParam effectiveDate,
            StaffMember body) {
        return staff.update(nip, body, LocalDateParam.value(effectiveDate));
    }

    /** Deactivates (status RETIRED or DISMISSED, default DISMISSED); the record is kept. */
    @DELETE
    @Path("/{nip}")
    @RequiresPermission(StaffPermissions.WRITE)
    public StaffMember deactivate(@PathParam("nip") String nip, @QueryParam("status") StaffStatus status,
            @QueryParam("effectiveDate") LocalDateParam effectiveDate) {
        return staff.deactivate(nip, status, LocalDateParam.value(effectiveDate));
    }

    @GET
    @Path("/{nip}/subordinates")
    @RequiresPermission(StaffPermissions.READ)
    public Page<StaffMember> subordinates(@Context Caller caller, @PathParam("nip") String nip, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        caller.requireRead(nip, StaffPermissions.READ_ALL);
        return staff.subordinates(nip, PageRequest.of(offset, limit));
    }

    /**
     * The supervisor chain above a staff member, nearest first: who each is (NIP, name, position,
     * unit), not their records.
     */
    @GET
    @Path("/{nip}/supervisors")
    @RequiresPermission(StaffPermissions.READ)
    public List<Supervisor> supervisors(@Context Caller caller, @PathParam("nip") String nip) {
        caller.requireRead(nip, StaffPermissions.READ_ALL);
        return staff.supervisorChain(nip).stream().map(Supervisor::of).toList();
    }

    /** One link of a supervisor chain. */
    public record Supervisor(String nip, String fullName, String positionName, String unitCode) {
        static Supervisor of(StaffMember member) {
            return new Supervisor(member.nip(), member.fullName(), member.positionName(), member.unitCode());
        }
    }

    @GET
    @Path("/{nip}/history")
    @RequiresPermission(StaffPermissions.READ)
    public Page<StaffHistoryEntry> history(@Context Caller caller, @PathParam("nip") String nip) {
        caller.requireRead(nip, StaffPermissions.READ_ALL);
        List<StaffHistoryEntry> entries = staff.history(nip);
        return new Page<>(entries, entries.size(), 0, Math.max(entries.size(), 1));
    }

    /** Import as a raw CSV body ({@code Content-Type: text/csv}). */
    @POST
    @Path("/import")
    @Consumes({ CSV, MediaType.TEXT_PLAIN })
    @RequiresPermission(StaffPermissions.WRITE)
    public ImportReport importCsv(InputStream body) {
        return importFrom(body);
    }

    /** Import as a form upload, the file in the part named {@code file}. */
    @POST
    @Path("/import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermission(StaffPermissions.WRITE)
    public ImportReport importUpload(@FormDataParam("file") InputStream file) {
        if (file == null) {
            throw KinerjaException.badRequest("FILE_REQUIRED", "file",
                    "Berkas CSV wajib dikirim pada bagian 'file'", "The CSV file is required in the part 'file'");
        }
        return importFrom(file);
    }

    private ImportReport importFrom(InputStream in) {
        byte[] bytes;
        try (InputStream limited = new LimitedInputStream(in, MAX_IMPORT_BYTES)) {
            bytes = limited.readAllBytes();
        } catch (java.io.IOException e) {
            throw KinerjaException.badRequest("MALFORMED_CSV", "file", "Berkas CSV tidak dapat dibaca", "The CSV file cannot be read");
        }
        return csv.importCsv(new java.io.StringReader(id.kinerja.core.api.Texts.utf8(bytes, "file")));
    }

    @GET
    @Path("/export")
    @Produces(CSV)
    @RequiresPermission(StaffPermissions.LIST)
    public Response export(@Context Caller caller, @QueryParam("unitCode") String unitCode, @QueryParam("includeSubunits") boolean includeSubunits,
            @QueryParam("rank") String rank, @QueryParam("status") StaffStatus status, @QueryParam("q") String text) {
        caller.requireUnit(blankToNull(unitCode), StaffPermissions.READ_ALL, "unitCode");
        StaffQuery query = new StaffQuery(blankToNull(unitCode), includeSubunits, blankToNull(rank), status, text);
        StreamingOutput body = out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            csv.exportCsv(query, writer);
            writer.flush();
        };
        return Response.ok(body, CSV + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pegawai-" + city.today() + ".csv\"").build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
