package id.kinerja.appraisal.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.appraisal.internal.ProgressReport;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/appraisal/progress/{code}?period=}: how far a unit's appraisal stands, unit by unit below it. */
@Component(service = RestResource.class)
@Path("/v1/appraisal/progress")
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource implements RestResource {

    private final ProgressReport report;

    @Activate
    public ProgressResource(@Reference ProgressReport report) {
        this.report = report;
    }

    @GET
    @Path("/{code}")
    @RequiresPermission(AppraisalPermissions.CALIBRATE)
    public List<ProgressReport.UnitProgress> progress(@Context Caller caller, @PathParam("code") String code, @QueryParam("period") String period) {
        caller.requireUnit(code, AppraisalPermissions.READ_ALL, "code");
        return report.progress(code, Period.parse(period));
    }
}
