package id.kinerja.staff.internal.rest;

import java.net.URI;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.core.api.staff.OrgUnit;
import id.kinerja.core.api.staff.OrgUnitNode;
import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.staff.internal.StaffPermissions;

/** {@code /api/v1/units}: the tree of organisation units. */
@Component(service = RestResource.class)
@Path("/v1/units")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource implements RestResource {

    /** Body of a rename: {@code {"name": "..."}}. */
    public record Rename(String name) {
    }

    /** Body of a move: {@code {"parentCode": "..."}} ({@code null} makes the unit a root). */
    public record Move(String parentCode) {
    }

    /** Body of a head: {@code {"nip": "..."}} ({@code null} clears it). */
    public record Head(String nip) {
    }

    private final OrgUnitService units;

    @Activate
    public UnitResource(@Reference OrgUnitService units) {
        this.units = units;
    }

    @GET
    @RequiresPermission(StaffPermissions.UNITS_READ)
    public Page<OrgUnit> list(@QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        return units.list(PageRequest.of(offset, limit));
    }

    @GET
    @Path("/tree")
    @RequiresPermission(StaffPermissions.UNITS_READ)
    public List<OrgUnitNode> tree() {
        return units.tree();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(StaffPermissions.UNITS_WRITE)
    public Response create(OrgUnit body) {
        OrgUnit created = units.create(body);
        return Response.created(URI.create("v1/units/" + created.code())).entity(created).build();
    }

    @GET
    @Path("/{code}")
    @RequiresPermission(StaffPermissions.UNITS_READ)
    public OrgUnit get(@PathParam("code") String code) {
        return units.get(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(StaffPermissions.UNITS_WRITE)
    public OrgUnit rename(@PathParam("code") String code, Rename body) {
        return units.rename(code, body == null ? null : body.name());
    }

    @POST
    @Path("/{code}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(StaffPermissions.UNITS_WRITE)
    public OrgUnit move(@PathParam("code") String code, Move body) {
        if (body == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null,
                    "Kirim {\"parentCode\": ...}", "Send {\"parentCode\": ...}");
        }
        return units.move(code, body.parentCode());
    }

    /** Records who heads the unit (its structural position), or clears it with {@code {"nip": null}}. */
    @PUT
    @Path("/{code}/head")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(StaffPermissions.UNITS_WRITE)
    public OrgUnit head(@PathParam("code") String code, Head body) {
        if (body == null) {
            throw KinerjaException.badRequest("BODY_REQUIRED", null, "Kirim {\"nip\": ...}", "Send {\"nip\": ...}");
        }
        return units.setHead(code, body.nip());
    }
}
