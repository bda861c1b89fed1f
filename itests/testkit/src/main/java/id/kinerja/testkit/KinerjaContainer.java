package id.kinerja.testkit;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.util.Properties;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.karaf.options.KarafDistributionBaseConfigurationOption;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * The Pax Exam configuration of a container that runs the assembled Kinerja distribution (the
 * archive README command 1 builds and installs), on free ports, with this kit inside it. Evaluated
 * outside the container, in a test's {@code @Configuration} method:
 *
 * <pre>
 * &#64;Configuration
 * public Option[] config() {
 *     return KinerjaContainer.options(systemProperty("my.kar").value(System.getProperty("my.kar")));
 * }
 * </pre>
 *
 * The distribution is {@code mvn:id.kinerja/kinerja-distribution/<this kit's version>/tar.gz}, or the
 * archive the system property {@value #DISTRIBUTION} names. The container is kept under
 * {@code target/exam} so that its {@code data/log/karaf.log} can be read after a failure.
 */
public final class KinerjaContainer {

    /** System property naming the distribution archive to boot (a path), instead of the Maven artifact. */
    public static final String DISTRIBUTION = "kinerja.distribution";
    /**
     * System property naming the KAR of the module under test (a path), handed into the container for
     * {@link KinerjaPlatform#installModule()}; the build of a module (parent {@code kinerja-bundles}) sets it.
     */
    public static final String MODULE_KAR = "kinerja.module.kar";

    private KinerjaContainer() {
    }

    /** The container's options, then {@code extra}. */
    public static Option[] options(Option... extra) {
        String httpPort = String.valueOf(freePort());
        Option[] base = {
                distribution().name("Kinerja").karafVersion(karafVersion()).unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                keepRuntimeFolder(),
                configureConsole().ignoreLocalConsole().ignoreRemoteShell(),
                logLevel(LogLevel.WARN),
                // the distribution comes with its boot features installed (data/cache, README "Starts"), and Karaf reads
                // featuresBoot at a first start only: Pax Exam adds its own features there, so the container starts
                // from an empty bundle cache, as a distribution without one would
                editConfigurationFilePut("etc/system.properties", "karaf.clean.cache", "true"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.kinerja.name", "id.kinerja"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.kinerja.level", "INFO"),
                // what Pax Web's whiteboard registers and maps (a few lines per servlet): when an address is not served,
                // the log says whether its servlet never came or came and was not mapped
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.paxweb.name", "org.ops4j.pax.web"),
                editConfigurationFilePut("etc/org.ops4j.pax.logging.cfg", "log4j2.logger.paxweb.level", "INFO"),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(freePort())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(freePort())),
                systemProperty(KinerjaPlatform.PORT).value(httpPort),
                // injected services (JPA units among them) may take longer than Pax Exam's 10 s on a busy 2-core machine
                systemProperty("pax.exam.service.timeout").value("90000"),
                systemProperty(MODULE_KAR).value(System.getProperty(MODULE_KAR, "")),
                bundle(ownBundle()),
        };
        return OptionUtils.combine(base, extra);
    }

    /** The distribution the container runs: a path given by {@value #DISTRIBUTION}, or the Maven artifact of this kit's version. */
    private static KarafDistributionBaseConfigurationOption distribution() {
        String path = System.getProperty(DISTRIBUTION);
        if (path != null && !path.isBlank()) {
            File archive = new File(path);
            if (!archive.isFile()) {
                throw new IllegalStateException("The distribution archive is missing: " + path + " (build karaf-distribution first)");
            }
            return karafDistributionConfiguration().frameworkUrl(archive.toURI().toString());
        }
        return karafDistributionConfiguration().frameworkUrl(
                maven().groupId("id.kinerja").artifactId("kinerja-distribution").version(kitVersion()).type("tar.gz"));
    }

    /** This kit's jar, installed into the container for the helpers the tests call there. */
    private static String ownBundle() {
        try {
            File jar = new File(KinerjaContainer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!jar.isFile()) {
                throw new IllegalStateException("The Kinerja test kit is not a jar here (" + jar
                        + "): run the integration tests with 'mvn verify', which packages it first");
            }
            return jar.toURI().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The platform version this kit belongs to (the distribution's). */
    static String kitVersion() {
        return kit().getProperty("kinerja.version");
    }

    /** The Karaf version of the distribution. */
    private static String karafVersion() {
        return kit().getProperty("karaf.version");
    }

    private static Properties kit() {
        try (InputStream in = KinerjaContainer.class.getResourceAsStream("kit.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next port {@link #freePort} tries (from a random place, so that two runs one after the other do not retry the same ports). */
    private static int nextPort = (int) (Math.random() * 6_000);

    /**
     * A port free now, below the kernel's range for outgoing connections (32768–60999 on Linux), where a
     * port found free could be given to a connection before the container binds it, and apart from the
     * ports the tests' other platforms take (26000–31999): 20000–25999, each once per run.
     */
    private static synchronized int freePort() {
        for (int tried = 0; tried < 6_000; tried++) {
            int port = 20_000 + nextPort++ % 6_000;
            try (ServerSocket socket = new ServerSocket(port)) {
                return port;
            } catch (IOException taken) {
                // in use: the next
            }
        }
        throw new IllegalStateException("no free port in 20000-25999");
    }
}
