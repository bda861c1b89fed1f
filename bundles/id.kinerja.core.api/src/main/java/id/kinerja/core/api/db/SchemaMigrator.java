package id.kinerja.core.api.db;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Brings a module's tables up to date with the SQL scripts it ships.
 * <p>
 * A module keeps its scripts in its bundle as {@code <folder>/V<n>__<description>.sql}
 * ({@code n} = 1, 2, 3, ...). Each script runs once, in order, in its own transaction; the
 * versions applied are recorded per module in the table {@code KINERJA_SCHEMA_VERSION}. Scripts
 * that ran are never run again, so data survives restarts and upgrades. A module owns its tables
 * and never changes another module's.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * Applies the scripts of {@code module} not applied yet.
     *
     * @param module the module's name, e.g. {@code staff}
     * @param bundle the bundle that holds the scripts (the module itself)
     * @param folder the folder of the scripts inside the bundle, e.g. {@code db/staff}
     * @return the highest version applied after migration
     * @throws IllegalStateException when a script fails; its transaction is rolled back
     */
    int migrate(String module, Bundle bundle, String folder);
}
