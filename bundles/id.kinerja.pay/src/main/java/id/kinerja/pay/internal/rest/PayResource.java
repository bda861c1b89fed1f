package id.kinerja.pay.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

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

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.Dates;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.pay.internal.AwardService;
import id.kinerja.pay.internal.Candidate;
import id.kinerja.pay.internal.DisciplineEvent;
import id.kinerja.pay.internal.DisciplineService;
import id.kinerja.pay.internal.PayPermissions;
import id.kinerja.pay.internal.PayPolicies;
import id.kinerja.pay.internal.PayRun;
import id.kinerja.pay.internal.PayRunService;
import id.kinerja.pay.internal.PayRunSteps;
import id.kinerja.pay.internal.PaySlips;
import id.kinerja.pay.internal.PolicyBody;
import id.kinerja.pay.internal.PolicyEditor;
import id.kinerja.pay.internal.PolicySummary;
import id.kinerja.pay.internal.PolicyView;
import id.kinerja.pay.internal.SalaryTableDetail;
import id.kinerja.pay.internal.SalaryTableService;
import id.kinerja.pay.internal.SalaryTableVersion;
import id.kinerja.pay.internal.Slip;
import id.kinerja.pay.internal.UnitTotal;
import id.kinerja.pay.internal.YearlyBonus;

/**
 * {@code /api/v1/pay}: discipline events, monthly TPP runs and slips. The person acting is the owner
 * of the token; each method's permission is one of {@link PayPermissions}.
 */
@Component(service = RestResource.class)
@Path("/v1/pay")
@Produces(MediaType.APPLICATION_JSON)
public class PayResource implements RestResource {

    static final int MAX_IMPORT_BYTES = 20 * 1024 * 1024;

    /** One event as sent: {@code minutes} only for LATE and EARLY_LEAVE. */
    public record EventBody(String nip, LocalDate date, DisciplineEvent.Kind kind, Integer minutes, String note) {
    }

    /** Body of a run: {@code {"month": "2026-03"}}, and {@code "unitCode"} for one unit with its subunits. */
    public record RunBody(String month, String unitCode) {
    }

    private final PayRunService pay;
    private final PayRunSteps steps;
    private final PaySlips slips;
    private final DisciplineService discipline;
    private final PayPolicies policies;
    private final AwardService awards;
    private final SalaryTableService salaries;
    private final PolicyEditor editor;

    @Activate
    public PayResource(@Reference PayRunService pay, @Reference PayRunSteps steps, @Reference PaySlips slips, @Reference DisciplineService discipline,
            @Reference PayPolicies policies, @Reference AwardService awards, @Reference SalaryTableService salaries, @Reference PolicyEditor editor) {
        this.pay = pay;
        this.steps = steps;
        this.slips = slips;
        this.discipline = discipline;
        this.policies = policies;
        this.awards = awards;
        this.salaries = salaries;
        this.editor = editor;
    }

    /** The TPP policies configured (etc/id.kinerja.pay.policy-*.cfg), the latest first. */
    @GET
    @Path("/policies")
    @RequiresPermission(PayPermissions.POLICIES_READ)
    public List<PolicySummary> policies() {
        return policies.policies();
    }

    /** The policy in force from a month ({@code YYYY-MM}), all its settings, and whether the caller may change it. */
    @GET
    @Path("/policies/{effectiveFrom}")
    @RequiresPermission(PayPermissions.POLICIES_READ)
    public PolicyView policy(@Context Caller caller, @PathParam("effectiveFrom") String effectiveFrom) {
        return editor.view(caller, effectiveFrom);
    }

    /**
     * Sets the policy in force from a month not paid yet: 201 for a new one (a new file in etc/), 200
     * when the one of that month is replaced; in force when answered.
     */
    @PUT
    @Path("/policies/{effectiveFrom}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PayPermissions.POLICIES_WRITE)
    public Response savePolicy(@Context Caller caller, @PathParam("effectiveFrom") String effectiveFrom, PolicyBody body) {
        PolicyEditor.Saved saved = editor.save(caller, effectiveFrom, body);
        return (saved.created() ? Response.created(URI.create("v1/pay/policies/" + saved.view().effectiveFrom())) : Response.ok())
                .entity(saved.view()).build();
    }

    /** Removes the policy in force from a month not paid yet (its months fall to the policy before it). */
    @DELETE
    @Path("/policies/{effectiveFrom}")
    @RequiresPermission(PayPermissions.POLICIES_WRITE)
    public Response deletePolicy(@Context Caller caller, @PathParam("effectiveFrom") String effectiveFrom) {
        editor.delete(caller, effectiveFrom);
        return Response.noContent().build();
    }

    @POST
    @Path("/discipline-events")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PayPermissions.DISCIPLINE_WRITE)
    public Response record(@Context Caller caller, List<EventBody> body) {
        List<DisciplineEvent> events = body == null ? null : body.stream()
                .map(e -> e == null ? null : new DisciplineEvent(e.nip(), e.date(), e.kind(), e.minutes() == null ? 0 : e.minutes(), e.note()))
                .toList();
        return Response.status(201).entity(Map.of("recorded", discipline.record(caller, events))).build();
    }

    /** Attendance from the city's system as CSV (see docs/pay.md), all rows or none; at most 20 MB. */
    @POST
    @Path("/discipline-events/import")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RequiresPermission(PayPermissions.DISCIPLINE_WRITE)
    public Response importCsv(@Context Caller caller, java.io.InputStream body) throws java.io.IOException {
        return Response.status(201).entity(Map.of("recorded", discipline.importCsv(caller, text(body)))).build();
    }

    /**
     * Imports a version of the salary table (gaji pokok) as CSV {@code golongan,masaKerja,gajiPokok},
     * in force from {@code effectiveFrom} ({@code YYYY-MM}); all rows or none; at most 20 MB.
     */
    @POST
    @Path("/salary-tables")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN })
    @RequiresPermission(PayPermissions.SALARY_TABLES_WRITE)
    public Response importSalaryTable(@Context Caller caller, @QueryParam("name") String name,
            @QueryParam("effectiveFrom") String effectiveFrom, java.io.InputStream body) throws java.io.IOException {
        SalaryTableVersion version = salaries.importCsv(caller, name, effectiveFrom, text(body));
        return Response.created(URI.create("v1/pay/salary-tables/" + version.id())).entity(version).build();
    }

    /** The salary table versions, the one in force latest first. */
    @GET
    @Path("/salary-tables")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public List<SalaryTableVersion> salaryTables() {
        return salaries.versions();
    }

    @GET
    @Path("/salary-tables/{id}")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public SalaryTableDetail salaryTable(@PathParam("id") long id) {
        return salaries.get(id);
    }

    @GET
    @Path("/discipline-events")
    @RequiresPermission(PayPermissions.READ)
    public List<DisciplineEvent> events(@Context Caller caller, @QueryParam("nip") String nip, @QueryParam("month") String month) {
        if (nip == null || nip.isBlank()) {
            throw KinerjaException.badRequest("REQUIRED", "nip", "Sebutkan nip", "Give nip");
        }
        caller.requireRead(nip.strip(), PayPermissions.READ_ALL);
        return discipline.events(nip.strip(), month(month));
    }

    /** Computes the run of a month, or recomputes it while it is a draft. */
    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(PayPermissions.RUNS_COMPUTE)
    public Response compute(@Context Caller caller, @QueryParam("background") boolean background, RunBody body) {
        java.time.YearMonth month = month(body == null ? null : body.month());
        String unitCode = body == null ? null : body.unitCode();
        if (background) {
            // a job: 202 at once with the run and its progress, followed at GET /runs/{id}
            PayRun run = pay.computeInBackground(caller, month, unitCode);
            return Response.accepted(run).location(URI.create("v1/pay/runs/" + run.id())).build();
        }
        PayRun run = pay.compute(caller, month, unitCode);
        return Response.created(URI.create("v1/pay/runs/" + run.id())).entity(run).build();
    }

    /** Stops this node's background computation of the run after its current chunk (computing again resumes it). */
    @POST
    @Path("/runs/{id}/cancel")
    @RequiresPermission(PayPermissions.RUNS_COMPUTE)
    public PayRun cancel(@PathParam("id") long id) {
        return pay.cancel(id);
    }

    @GET
    @Path("/runs")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public List<PayRun> runs(@Context Caller caller) {
        boolean open = caller.has(PayPermissions.RUNS_READ_OPEN);
        return pay.runs().stream().filter(r -> open || r.status() == PayRun.Status.CLOSED).toList();
    }

    @GET
    @Path("/runs/{id}")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public PayRun run(@Context Caller caller, @PathParam("id") long id) {
        return readable(caller, id);
    }

    @GET
    @Path("/runs/{id}/slips")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public Page<Slip> slips(@Context Caller caller, @PathParam("id") long id, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        readable(caller, id);
        return slips.slips(id, PageRequest.of(offset, limit, after)); // after= a page's "next"
    }

    /** Slips and totals per unit. */
    @GET
    @Path("/runs/{id}/summary")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public List<UnitTotal> summary(@Context Caller caller, @PathParam("id") long id) {
        readable(caller, id);
        return slips.summary(id);
    }

    /** The treasury's CSV file (UTF-8): a row per slip and a last row of totals. */
    @GET
    @Path("/runs/{id}/export")
    @Produces("text/csv")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public Response export(@Context Caller caller, @PathParam("id") long id) throws java.io.IOException {
        readable(caller, id);
        StringBuilder csv = new StringBuilder();
        slips.export(id, csv);
        return Response.ok(csv.toString(), "text/csv;charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"tpp-" + pay.get(id).month() + ".csv\"").build();
    }

    @POST
    @Path("/runs/{id}/check")
    @RequiresPermission(PayPermissions.RUNS_COMPUTE)
    public PayRun check(@Context Caller caller, @PathParam("id") long id) {
        return steps.advance(caller, id, PayRun.Status.CHECKED);
    }

    @POST
    @Path("/runs/{id}/approve")
    @RequiresPermission(PayPermissions.RUNS_APPROVE)
    public PayRun approve(@Context Caller caller, @PathParam("id") long id) {
        return steps.advance(caller, id, PayRun.Status.APPROVED);
    }

    @POST
    @Path("/runs/{id}/close")
    @RequiresPermission(PayPermissions.RUNS_APPROVE)
    public PayRun close(@Context Caller caller, @PathParam("id") long id) {
        return steps.advance(caller, id, PayRun.Status.CLOSED);
    }

    /** The yearly bonuses by annual predikat, with their total. */
    @GET
    @Path("/bonus/{year}")
    @RequiresPermission(PayPermissions.RUNS_READ)
    public YearlyBonus bonus(@PathParam("year") int year) {
        return awards.bonuses(year);
    }

    /** Candidates for promotion or recognition (e.g. Sangat Baik two years running), for the personnel office. */
    @GET
    @Path("/recognition/{year}")
    @RequiresPermission(PayPermissions.RECOGNITION_READ)
    public List<Candidate> recognition(@PathParam("year") int year) {
        return awards.candidates(year);
    }

    /** The slip as a PDF (A4), every line with its rule. */
    @GET
    @Path("/slips/{nip}/{month}/pdf")
    @Produces("application/pdf")
    @RequiresPermission(PayPermissions.READ)
    public Response slipPdf(@Context Caller caller, @PathParam("nip") String nip, @PathParam("month") String month) {
        caller.requireRead(nip, PayPermissions.READ_ALL);
        YearMonth m = month(month);
        return Response.ok(slips.slipPdf(nip, m), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"slip-tpp-" + nip.replaceAll("[^0-9]", "") + "-" + m + ".pdf\"").build();
    }

    /** A person's slips, the newest month first (theirs, their chain's and unit's, or anybody's with pay.read.all). */
    @GET
    @Path("/slips/{nip}")
    @RequiresPermission(PayPermissions.READ)
    public List<id.kinerja.pay.internal.SlipMonth> slips(@Context Caller caller, @PathParam("nip") String nip) {
        caller.requireRead(nip, PayPermissions.READ_ALL);
        return slips.slipsOf(nip);
    }

    @GET
    @Path("/slips/{nip}/{month}")
    @RequiresPermission(PayPermissions.READ)
    public Slip slip(@Context Caller caller, @PathParam("nip") String nip, @PathParam("month") String month) {
        caller.requireRead(nip, PayPermissions.READ_ALL);
        return slips.slip(nip, month(month));
    }

    /** The run, if the caller may read it: closed runs, or any with {@link PayPermissions#RUNS_READ_OPEN}. */
    private PayRun readable(Caller caller, long id) {
        PayRun run = pay.get(id);
        if (run.status() != PayRun.Status.CLOSED && !caller.has(PayPermissions.RUNS_READ_OPEN)) {
            throw KinerjaException.forbidden("RUN_NOT_CLOSED", "id", "Proses TPP ini belum ditutup", "This pay run is not closed yet");
        }
        return run;
    }

    private static YearMonth month(String text) {
        return Dates.month("month", text);
    }

    private static String text(java.io.InputStream body) throws java.io.IOException {
        byte[] bytes = body.readNBytes(MAX_IMPORT_BYTES + 1);
        if (bytes.length > MAX_IMPORT_BYTES) {
            throw KinerjaException.badRequest("FILE_TOO_LARGE", "file", "Berkas terlalu besar (paling besar 20 MB)", "The file is too large (at most 20 MB)");
        }
        return id.kinerja.core.api.Texts.utf8(bytes, "file");
    }
}
