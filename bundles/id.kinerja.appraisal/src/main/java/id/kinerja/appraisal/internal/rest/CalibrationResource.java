package id.kinerja.appraisal.internal.rest;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.CalibrationService;
import id.kinerja.appraisal.api.OrganisationPredikat;
import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.UnitDistribution;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/appraisal/units}: predikat distribution per unit against the curve, and the organisation predikat. */
@Component(service = RestResource.class)
@Path("/v1/appraisal/units")
@Produces(MediaType.APPLICATION_JSON)
public class CalibrationResource implements RestResource {

    /** Body: {@code {"predikat": "BAIK"}}. */
    public record OrganisationRating(OrganisationPredikat predikat) {
    }

    private final CalibrationService calibration;

    @Activate
    public CalibrationResource(@Reference CalibrationService calibration) {
        this.calibration = calibration;
    }

    /** Units whose distribution for {@code ?period=} breaks their curve. */
    @GET
    @Path("/over-quota")
    @RequiresPermission(AppraisalPermissions.CALIBRATE)
    public List<UnitDistribution> overQuota(@Context Caller caller, @QueryParam("period") String period) {
        caller.requireUnit(null, AppraisalPermissions.READ_ALL, "code");
        return calibration.overQuota(Period.parse(period));
    }

    @GET
    @Path("/{code}/distribution")
    @RequiresPermission(AppraisalPermissions.CALIBRATE)
    public UnitDistribution distribution(@Context Caller caller, @PathParam("code") String code, @QueryParam("period") String period) {
        caller.requireUnit(code, AppraisalPermissions.READ_ALL, "code");
        return calibration.distribution(code, Period.parse(period));
    }

    @PUT
    @Path("/{code}/organisation-predikat/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.CALIBRATE)
    public UnitDistribution setOrganisationPredikat(@Context Caller caller, @PathParam("code") String code,
            @PathParam("year") int year, OrganisationRating body) {
        calibration.setOrganisationPredikat(caller, code, year, body == null ? null : body.predikat());
        return calibration.distribution(code, Period.annual(year));
    }
}
