package id.kinerja.appraisal.internal.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.appraisal.api.Delegation;
import id.kinerja.appraisal.api.DelegationService;
import id.kinerja.appraisal.internal.AppraisalPermissions;
import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.time.CityTime;

/** {@code /api/v1/appraisal/delegations}: acting officials (Plt/Plh). */
@Component(service = RestResource.class)
@Path("/v1/appraisal/delegations")
@Produces(MediaType.APPLICATION_JSON)
public class DelegationResource implements RestResource {

    /** Body of a new delegation. */
    public record NewDelegation(String principalNip, String delegateNip, Delegation.Kind kind, LocalDate startDate,
            LocalDate endDate, String decree) {
    }

    private final DelegationService delegations;
    private final CityTime city;

    @Activate
    public DelegationResource(@Reference DelegationService delegations, @Reference CityTime city) {
        this.delegations = delegations;
        this.city = city;
    }

    /** {@code ?principal=}: the delegations of an official; {@code ?delegate=}: those in force today for an acting official. */
    @GET
    @RequiresPermission(AppraisalPermissions.READ)
    public List<Delegation> list(@Context Caller caller, @QueryParam("principal") String principal,
            @QueryParam("delegate") String delegate) {
        if (principal != null && !principal.isBlank()) {
            Visibility.requireSelf(caller, principal.strip(), "principal");
            return delegations.delegationsOf(principal.strip());
        }
        if (delegate != null && !delegate.isBlank()) {
            Visibility.requireSelf(caller, delegate.strip(), "delegate");
            return delegations.actingFor(delegate.strip(), city.today());
        }
        throw KinerjaException.badRequest("FILTER_REQUIRED", "principal", "Sebutkan principal atau delegate", "Give principal or delegate");
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(AppraisalPermissions.DELEGATIONS)
    public Response create(@Context Caller caller, NewDelegation body) {
        Delegation created = delegations.create(caller, body == null ? null : new Delegation(0, body.principalNip(),
                body.delegateNip(), body.kind(), body.startDate(), body.endDate(), body.decree()));
        return Response.created(URI.create("v1/appraisal/delegations/" + created.id())).entity(created).build();
    }
}
