package id.kinerja.core.api.module;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Lists the Kinerja modules known to the platform. */
@ProviderType
public interface ModuleService {

    /** Every Kinerja module of the registered feature repositories, installed or not, by name. */
    List<ModuleInfo> list();
}
