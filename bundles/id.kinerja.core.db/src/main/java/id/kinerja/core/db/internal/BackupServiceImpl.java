package id.kinerja.core.db.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.db.BackupService;
import id.kinerja.core.api.time.CityTime;

/** Online backup of the embedded Derby database with {@code SYSCS_UTIL.SYSCS_BACKUP_DATABASE}. */
@Component(service = BackupService.class)
public class BackupServiceImpl implements BackupService {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final DataSource dataSource;
    private final CityTime city;

    @Activate
    public BackupServiceImpl(@Reference(target = "(osgi.jndi.service.name=kinerja)") DataSource dataSource, @Reference CityTime city) {
        this.dataSource = dataSource;
        this.city = city;
    }

    @Override
    public Path backup(Path targetFolder) {
        Path folder = targetFolder.toAbsolutePath().resolve("kinerja-" + STAMP.format(LocalDateTime.now(city.clock())));
        try (Connection c = dataSource.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName();
            if (!product.contains("Derby")) {
                throw KinerjaException.unprocessable("BACKUP_UNSUPPORTED", null,
                        "Cadangan daring hanya untuk Derby bawaan; gunakan alat cadangan basis data " + product,
                        "Online backup covers embedded Derby only; use the backup tool of " + product);
            }
            Files.createDirectories(folder);
            try (CallableStatement call = c.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
                call.setString(1, folder.toString());
                call.execute();
            }
            return folder;
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("Backup to " + folder + " failed: " + e.getMessage(), e);
        }
    }
}
