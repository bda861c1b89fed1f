package id.kinerja.core.api.module;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Lists, installs and removes the Kinerja modules of the platform at runtime.
 * <p>
 * Installing or removing a module through this service never refreshes (restarts) other bundles:
 * the core and the other modules keep serving.
 */
@ProviderType
public interface ModuleService {

    /** Every Kinerja module of the registered feature repositories, installed or not, by name. */
    List<ModuleInfo> list();

    /**
     * Installs and starts the newest version of a module offered (and the modules it needs),
     * refreshing no other bundle. An older version that is installed is replaced: its bundles are
     * updated in place, its data stays.
     *
     * @throws id.kinerja.core.api.KinerjaException NOT_FOUND when there is no such module
     */
    ModuleInfo install(String name);

    /**
     * Stops and removes a module, refreshing no other bundle. Its data and configuration stay.
     *
     * @throws id.kinerja.core.api.KinerjaException NOT_FOUND when there is no such module,
     *         CONFLICT for the core
     */
    ModuleInfo uninstall(String name);
}
