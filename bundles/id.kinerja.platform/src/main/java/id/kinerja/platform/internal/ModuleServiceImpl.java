package id.kinerja.platform.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.kinerja.core.api.KinerjaException;
import id.kinerja.core.api.module.ModuleInfo;
import id.kinerja.core.api.module.ModuleService;

/**
 * Kinerja modules are the Karaf features named {@code kinerja-*}, except the third-party library
 * features that only support them.
 */
@Component(service = ModuleService.class)
public class ModuleServiceImpl implements ModuleService {

    static final String PREFIX = "kinerja-";
    /** Library features: part of the platform's plumbing, not modules an admin chooses. */
    static final List<String> LIBRARIES = List.of("kinerja-jersey", "kinerja-persistence", "kinerja-health");

    static final String CORE = "kinerja-core";
    private static final EnumSet<FeaturesService.Option> NO_REFRESH = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles);
    /** Installing a module's newest version replaces an older one that is installed (its bundles updated in place). */
    private static final EnumSet<FeaturesService.Option> UPGRADE = EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles,
            FeaturesService.Option.Upgrade);

    private final FeaturesService features;

    @Activate
    public ModuleServiceImpl(@Reference FeaturesService features) {
        this.features = features;
    }

    @Override
    public List<ModuleInfo> list() {
        try {
            return Arrays.stream(features.listFeatures())
                    .filter(f -> f.getName().startsWith(PREFIX) && !LIBRARIES.contains(f.getName()))
                    .map(this::toInfo)
                    .sorted(Comparator.comparing(ModuleInfo::name).thenComparing(ModuleInfo::version))
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot list the features: " + e.getMessage(), e);
        }
    }

    @Override
    public ModuleInfo install(String name) {
        Feature feature = module(name);
        try {
            features.installFeature(feature.getName(), feature.getVersion(), UPGRADE);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot install " + name + ": " + e.getMessage(), e);
        }
        return toInfo(feature);
    }

    @Override
    public ModuleInfo uninstall(String name) {
        Feature feature = module(name);
        if (CORE.equals(feature.getName())) {
            throw KinerjaException.conflict("MODULE_REQUIRED", "name",
                    "Modul inti tidak dapat dilepas", "The core module cannot be removed");
        }
        try {
            if (features.isInstalled(feature)) {
                features.uninstallFeature(feature.getName(), feature.getVersion(), NO_REFRESH);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot uninstall " + name + ": " + e.getMessage(), e);
        }
        return toInfo(feature);
    }

    private Feature module(String name) {
        try {
            Feature[] matches = name == null || !name.startsWith(PREFIX) || LIBRARIES.contains(name)
                    ? new Feature[0] : features.getFeatures(name);
            if (matches == null || matches.length == 0) {
                throw KinerjaException.notFound("MODULE_NOT_FOUND", "name",
                        "Modul " + name + " tidak dikenal", "No module " + name);
            }
            return Arrays.stream(matches).max(Comparator.comparing(f -> new Version(f.getVersion()))).orElseThrow();
        } catch (KinerjaException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot look up " + name + ": " + e.getMessage(), e);
        }
    }

    private ModuleInfo toInfo(Feature feature) {
        boolean installed = features.isInstalled(feature);
        String state = installed ? stateOf(feature) : "Uninstalled";
        return new ModuleInfo(feature.getName(), feature.getVersion(), feature.getDescription(), installed, state);
    }

    private String stateOf(Feature feature) {
        FeatureState state = features.getState(feature.getId());
        return state == null ? "Installed" : state.toString();
    }
}
