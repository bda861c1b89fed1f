package id.kinerja.core.api.db;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/** Online backup of the embedded database, while the platform keeps serving. */
@ProviderType
public interface BackupService {

    /**
     * Copies the database into a new folder below {@code targetFolder}, consistent and without
     * stopping the platform.
     *
     * @return the folder of the backup
     */
    Path backup(Path targetFolder);
}
