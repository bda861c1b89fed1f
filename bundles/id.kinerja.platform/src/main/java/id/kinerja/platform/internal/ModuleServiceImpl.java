package id.kinerja.platform.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeatureState;
import org.apache.karaf.features.FeaturesService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

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
    static final List<String> LIBRARIES = List.of("kinerja-jersey", "kinerja-persistence");

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
