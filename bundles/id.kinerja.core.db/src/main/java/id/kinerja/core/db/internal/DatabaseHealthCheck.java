package id.kinerja.core.db.internal;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.felix.hc.api.HealthCheck;
import org.apache.felix.hc.api.Result;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The platform's health (GET /health): the Kinerja database answers. A missing datasource service
 * (its file broken, its driver absent) leaves this check unregistered, which the health endpoint
 * reports too.
 */
@Component(service = HealthCheck.class, property = { HealthCheck.NAME + "=Basis data", HealthCheck.TAGS + "=kinerja" })
public class DatabaseHealthCheck implements HealthCheck {

    private final DataSource dataSource;

    @Activate
    public DatabaseHealthCheck(@Reference(target = "(osgi.jndi.service.name=kinerja)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Result execute() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2) ? new Result(Result.Status.OK, "Basis data " + Migrations.databaseOf(c) + " menjawab")
                    : new Result(Result.Status.CRITICAL, "Basis data tidak menjawab dalam 2 detik");
        } catch (SQLException e) {
            return new Result(Result.Status.CRITICAL, "Basis data tidak dapat dihubungi: " + e.getMessage());
        }
    }
}
