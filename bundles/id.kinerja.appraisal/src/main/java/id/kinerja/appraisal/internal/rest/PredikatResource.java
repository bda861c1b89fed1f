package id.kinerja.appraisal.internal.rest;

import java.util.List;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Period;
import id.kinerja.appraisal.api.PredikatRecord;
import id.kinerja.appraisal.api.PredikatService;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/appraisal/predikat}: official predikat and their history per NIP. */
@Component(service = RestResource.class)
@Path("/v1/appraisal/predikat")
@Produces(MediaType.APPLICATION_JSON)
public class PredikatResource implements RestResource {

    private final PredikatService predikat;

    @Activate
    public PredikatResource(@Reference PredikatService predikat) {
        this.predikat = predikat;
    }

    /** Every predikat recorded for the person, replaced ones included, oldest first. */
    @GET
    @Path("/{nip}")
    @RequiresPermission(AppraisalPermissions.READ)
    public List<PredikatRecord> history(@Context Caller caller, @PathParam("nip") String nip) {
        Visibility.requirePerson(caller, nip);
        return predikat.history(nip);
    }

    /** The predikat in force for a period; for a year ({@code 2026}) the annual predikat by the annual rule. */
    @GET
    @Path("/{nip}/{period}")
    @RequiresPermission(AppraisalPermissions.READ)
    public PredikatRecord current(@Context Caller caller, @PathParam("nip") String nip, @PathParam("period") String period) {
        Visibility.requirePerson(caller, nip);
        Period p = Period.parse(period);
        return (p.isAnnual() ? predikat.annual(nip, p.year()) : predikat.current(nip, p))
                .orElseThrow(() -> KinerjaException.notFound("NO_PREDIKAT", "period",
                        "Belum ada predikat final untuk " + nip + " periode " + p, "No final predikat for " + nip + " in " + p));
    }
}
