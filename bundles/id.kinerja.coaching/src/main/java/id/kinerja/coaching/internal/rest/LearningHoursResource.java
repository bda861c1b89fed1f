package id.kinerja.coaching.internal.rest;

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
import id.kinerja.coaching.internal.Behind;
import id.kinerja.coaching.internal.CoachingPermissions;
import id.kinerja.coaching.internal.LearningHoursService;
import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;

/**
 * {@code /api/v1/coaching/learning-hours}: who is behind the year's minimum of learning hours. The
 * person acting is the owner of the token.
 */
@Component(service = RestResource.class)
@Path("/v1/coaching/learning-hours")
@Produces(MediaType.APPLICATION_JSON)
public class LearningHoursResource implements RestResource {

    private final LearningHoursService hours;

    @Activate
    public LearningHoursResource(@Reference LearningHoursService hours) {
        this.hours = hours;
    }

    /** Staff short of the year's minimum JP, of a unit (with its subunits) or everyone, least hours first. */
    @GET
    @Path("/{year}/behind")
    @RequiresPermission(CoachingPermissions.LEARNING_HOURS_READ)
    public Page<Behind> behind(@Context Caller caller, @PathParam("year") int year, @QueryParam("unitCode") String unitCode,
            @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        caller.requireUnit(unitCode, CoachingPermissions.READ_ALL, "unitCode");
        return hours.behind(year, unitCode, PageRequest.of(offset, limit));
    }
}
