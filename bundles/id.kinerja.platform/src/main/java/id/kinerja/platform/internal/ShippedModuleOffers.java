package id.kinerja.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.karaf.features.FeatureEvent;
import org.apache.karaf.features.FeaturesListener;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.features.RepositoryEvent;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the platform's own modules offered. The distribution lists each module's features repository
 * in {@code etc/org.apache.karaf.features.cfg}; a KAR of such a module (a newer build of ours, or the
 * same file a city was given) names the same repository, and Karaf's {@code kar:uninstall} (the file
 * deleted from {@code deploy/}) removes the repositories its KAR named: the module would vanish from
 * {@code kinerja:modules} until the next start, when Karaf adds the configured repositories again.
 * This adds such a repository back at once, as the next start would, and nothing else: a vendor's
 * repository (not in that list) leaves with its KAR, and a repository an administrator removes with
 * {@code feature:repo-remove} stays removed, also when a KAR that names it comes and goes later (it is
 * the KAR removal only: Karaf's KAR service removes
 * the repositories an installed KAR named, listed in {@code <karStorage>/<kar>/features.cfg}, before
 * it deletes that folder).
 */
@Component(service = FeaturesListener.class, immediate = true)
public class ShippedModuleOffers implements FeaturesListener {

    private static final Logger LOG = LoggerFactory.getLogger(ShippedModuleOffers.class);
    /** Karaf's features service configuration, where the distribution lists the repositories it offers. */
    static final String FEATURES_PID = "org.apache.karaf.features";
    static final String REPOSITORIES = "featuresRepositories";
    /** Only the platform's own repositories; Karaf's are not this listener's business. */
    static final String OURS = "mvn:id.kinerja/";
    /** Karaf's KAR service configuration, and where it keeps what each installed KAR brought. */
    static final String KAR_PID = "org.apache.karaf.kar";
    static final String KAR_REPOSITORIES_FILE = "features.cfg";

    private final FeaturesService features;
    private final ConfigurationAdmin configurations;
    /** Our configured repositories an administrator removed (not a KAR): not offered again. */
    private final Set<String> withdrawn = ConcurrentHashMap.newKeySet();
    private final ExecutorService adder = Executors.newSingleThreadExecutor(r -> new Thread(r, "kinerja-shipped-module-offers"));

    @Activate
    public ShippedModuleOffers(@Reference FeaturesService features, @Reference ConfigurationAdmin configurations) {
        this.features = features;
        this.configurations = configurations;
    }

    @Deactivate
    void deactivate() {
        adder.shutdownNow();
    }

    @Override
    public void featureEvent(FeatureEvent event) {
        // features come and go by the administrator's choice
    }

    @Override
    public void repositoryEvent(RepositoryEvent event) {
        String uri = event.getRepository().getURI().toString();
        if (event.isReplay() || !uri.startsWith(OURS)) {
            return;
        }
        boolean byAKar = namedByAKar(karStorage(), uri);
        if (event.getType() == RepositoryEvent.EventType.RepositoryAdded) {
            if (!byAKar) {
                withdrawn.remove(uri);
            }
        } else if (event.getType() == RepositoryEvent.EventType.RepositoryRemoved) {
            if (!byAKar) {
                // the administrator's feature:repo-remove: withdrawn until added again (or the next start)
                withdrawn.add(uri);
            } else if (!withdrawn.contains(uri) && property(FEATURES_PID, REPOSITORIES).map(ShippedModuleOffers::parse).orElse(Set.of()).contains(uri)) {
                // not from within the features service's own call
                adder.execute(() -> {
                    try {
                        features.addRepository(URI.create(uri), false);
                        LOG.info("The platform's module repository {} is offered again (removed with a KAR that named it)", uri);
                    } catch (Exception e) {
                        LOG.warn("Could not offer {} again: {}", uri, e.getMessage());
                    }
                });
            }
        }
    }

    /** A property of a configuration, if there is one. */
    Optional<String> property(String pid, String name) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + pid + ")");
            Dictionary<String, Object> properties = found == null || found.length == 0 ? null : found[0].getProperties();
            return Optional.ofNullable(properties == null ? null : properties.get(name)).map(Object::toString);
        } catch (Exception e) {
            LOG.warn("Cannot read {}: {}", pid, e.getMessage());
            return Optional.empty();
        }
    }

    /** Where Karaf's KAR service keeps the installed KARs (its default: {@code data/kar}). */
    Path karStorage() {
        return Path.of(property(KAR_PID, "karStorage").orElse(System.getProperty("karaf.data", "data") + "/kar"));
    }

    /** Whether an installed KAR (still in {@code storage} while it is being removed) named the repository. */
    static boolean namedByAKar(Path storage, String repository) {
        if (!Files.isDirectory(storage)) {
            return false;
        }
        try (Stream<Path> kars = Files.list(storage)) {
            return kars.map(kar -> kar.resolve(KAR_REPOSITORIES_FILE)).filter(Files::isRegularFile).anyMatch(listed -> {
                try {
                    return Files.readAllLines(listed).stream().map(String::trim).anyMatch(repository::equals);
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** The comma-separated list of {@code featuresRepositories}. */
    static Set<String> parse(String listed) {
        return Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
