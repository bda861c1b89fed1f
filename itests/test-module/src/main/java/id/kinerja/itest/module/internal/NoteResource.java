package id.kinerja.itest.module.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.db.SchemaMigrator;
import id.kinerja.core.api.rest.RestResource;
import id.kinerja.core.api.security.RequiresPermission;

/** {@code /api/v1/itest-notes}: the module's own data, kept in its own table while it is removed. */
@Component(service = RestResource.class)
@Path("/v1/itest-notes")
@Produces(MediaType.APPLICATION_JSON)
public class NoteResource implements RestResource {

    private final DataSource dataSource;

    @Activate
    public NoteResource(@Reference(target = "(osgi.jndi.service.name=kinerja)") DataSource dataSource,
            @Reference SchemaMigrator migrator, BundleContext context) {
        this.dataSource = dataSource;
        migrator.migrate("itest", context.getBundle(), "db/itest");
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @RequiresPermission(TestModulePermissions.NOTES)
    public List<String> add(String text) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement insert = c.prepareStatement("INSERT INTO ITEST_NOTE (NOTE_TEXT) VALUES (?)")) {
            insert.setString(1, text);
            insert.executeUpdate();
        }
        return list();
    }

    @GET
    @RequiresPermission(TestModulePermissions.NOTES)
    public List<String> list() throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT NOTE_TEXT FROM ITEST_NOTE ORDER BY ID");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }
}
