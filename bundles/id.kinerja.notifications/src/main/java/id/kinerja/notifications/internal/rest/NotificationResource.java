package id.kinerja.notifications.internal.rest;

import java.util.Map;

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

import id.kinerja.core.api.Page;
import id.kinerja.core.api.PageRequest;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.Caller;
import id.kinerja.core.api.security.RequiresPermission;
import id.kinerja.notifications.internal.Notification;
import id.kinerja.notifications.internal.NotificationInbox;
import id.kinerja.notifications.internal.NotificationPermissions;

/** {@code /api/v1/notifications}: the signed-in person's own notifications, their unread count, marking them read. */
@Component(service = RestResource.class)
@Path("/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource implements RestResource {

    private final NotificationInbox inbox;

    @Activate
    public NotificationResource(@Reference NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @GET
    @RequiresPermission(NotificationPermissions.OWN)
    public Page<Notification> list(@Context Caller caller, @QueryParam("unread") boolean unread, @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit, @QueryParam("after") String after) {
        return inbox.list(caller.actingNip(), unread, PageRequest.of(offset, limit, after)); // after= a page's "next"
    }

    /** The bell's number: {@code unread}, exact when {@code exact}, else at least that many (counted so far). */
    @GET
    @Path("/unread-count")
    @RequiresPermission(NotificationPermissions.OWN)
    public Map<String, Object> unread(@Context Caller caller) {
        long unread = inbox.unread(caller.actingNip());
        return Map.of("unread", unread, "exact", unread < NotificationInbox.UNREAD_COUNTED);
    }

    @POST
    @Path("/{id}/read")
    @RequiresPermission(NotificationPermissions.OWN)
    public Notification read(@Context Caller caller, @PathParam("id") long id) {
        return inbox.markRead(caller.actingNip(), id);
    }

    @POST
    @Path("/read-all")
    @RequiresPermission(NotificationPermissions.OWN)
    public Map<String, Integer> readAll(@Context Caller caller) {
        return Map.of("marked", inbox.markAllRead(caller.actingNip()));
    }
}
