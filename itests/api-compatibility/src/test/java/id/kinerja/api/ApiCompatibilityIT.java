package id.kinerja.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import aQute.bnd.differ.Baseline;
import aQute.bnd.differ.Baseline.Info;
import aQute.bnd.differ.DiffPluginImpl;
import aQute.bnd.header.OSGiHeader;
import aQute.bnd.header.Parameters;
import aQute.bnd.osgi.Constants;
import aQute.bnd.osgi.Instructions;
import aQute.bnd.osgi.Jar;
import aQute.bnd.osgi.Processor;
import aQute.bnd.service.diff.Tree;
import aQute.bnd.service.diff.Type;

/**
 * The API a module builds against, checked by bnd's baseline (the engine of
 * {@code bnd-baseline-maven-plugin}) against the API recorded at the last release, kept in
 * {@code src/test/resources/baseline/<bundle>.txt} (its exports and bnd's tree of its types): a
 * change that a module built against the release would not survive (a removed or changed method, a
 * method added to an interface modules implement, {@code @ConsumerType}) needs the package's major
 * version raised, an addition its minor version. The platform has no release in a Maven repository
 * yet; its first recorded API is the baseline until the next release records its own:
 * {@code mvn verify -pl itests/api-compatibility -Dkinerja.api.record=true}.
 */
class ApiCompatibilityIT {

    /** What is kept of a release's API bundle: its Export-Package header and bnd's tree of its API and manifest. */
    record Recorded(String exports, Tree.Data tree) {
    }

    private final DiffPluginImpl differ = new DiffPluginImpl();

    @TestFactory
    Stream<DynamicTest> everyApiBundleKeepsTheContractOfItsLastRelease() {
        return apiJars().stream().map(jar -> DynamicTest.dynamicTest(jar.getName(), () -> checkAgainstRelease(jar)));
    }

    /** The check itself: an API without one of its released types is refused while its package keeps its version. */
    @Test
    void aRemovedTypeWithoutAMajorVersionIsRefused() throws Exception {
        File coreApi = apiJars().stream().filter(f -> f.getName().startsWith("id.kinerja.core.api-")).findFirst().orElseThrow();
        try (Jar jar = new Jar(coreApi)) {
            Recorded released = record(jar);
            jar.remove("id/kinerja/core/api/Page.class");
            List<String> problems = problems(jar, released);
            assertEquals(1, problems.size(), problems.toString());
            assertTrue(problems.get(0).startsWith("id.kinerja.core.api 1."), problems.get(0));
            assertTrue(problems.get(0).contains("needs 2.0.0"), problems.get(0));
        }
        try (Jar same = new Jar(coreApi)) {
            assertFalse(problems(same, record(same)).iterator().hasNext(), "an unchanged API is accepted");
        }
    }

    private void checkAgainstRelease(File file) throws Exception {
        try (Jar jar = new Jar(file)) {
            Path recordedFile = baselineFolder().resolve(jar.getBsn() + ".txt");
            if (Boolean.getBoolean("kinerja.api.record")) {
                Files.createDirectories(recordedFile.getParent());
                Files.writeString(recordedFile, ApiRecord.write(record(jar).exports(), record(jar).tree()), StandardCharsets.UTF_8);
                return;
            }
            if (!Files.isRegularFile(recordedFile)) {
                fail("No recorded release API for " + jar.getBsn() + " (" + recordedFile + "): record it with -Dkinerja.api.record=true");
            }
            ApiRecord read = ApiRecord.read(Files.readString(recordedFile, StandardCharsets.UTF_8));
            Recorded released = new Recorded(read.exports(), read.tree());
            List<String> problems = problems(jar, released);
            if (!problems.isEmpty()) {
                fail(jar.getBsn() + ": the API changed in a way its package versions do not say (a module built against the last"
                        + " release may break):\n  " + String.join("\n  ", problems));
            }
        }
    }

    /** One line per exported package whose version is lower than bnd's baseline asks for after the change. */
    private List<String> problems(Jar jar, Recorded released) throws Exception {
        Tree now = differ.deserialize(record(jar).tree());
        Tree then = differ.deserialize(released.tree());
        Set<Info> infos = new Baseline(new Processor(), differ).baseline(now, exports(jar), then,
                OSGiHeader.parseHeader(released.exports()), new Instructions());
        List<String> problems = new ArrayList<>();
        for (Info info : infos) {
            if (info.suggestedVersion == null) {
                problems.add(info.packageName + " was removed (a major change of the bundle's API)");
            } else if (info.mismatch) {
                problems.add(info.packageName + " " + info.newerVersion + " needs " + info.suggestedVersion + " (released "
                        + info.olderVersion + "): " + info.reason);
            }
        }
        return problems;
    }

    /**
     * The exports and the API and manifest of bnd's tree: not its digests of resources (they change with every
     * build and say nothing of the API), nor the JDK's internal annotations on Object's methods (they change with
     * the JDK that builds).
     */
    private Recorded record(Jar jar) throws Exception {
        Tree.Data tree = differ.tree(jar).serialize();
        tree.children = Arrays.stream(tree.children).filter(c -> c.name.equals("<api>") || c.name.equals("<manifest>")).toArray(Tree.Data[]::new);
        withoutJdkInternals(tree);
        return new Recorded(jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE), tree);
    }

    private static void withoutJdkInternals(Tree.Data node) {
        if (node.children != null) {
            node.children = Arrays.stream(node.children).filter(c -> !(c.type == Type.ANNOTATED && c.name.startsWith("jdk.internal.")))
                    .toArray(Tree.Data[]::new);
            Arrays.stream(node.children).forEach(ApiCompatibilityIT::withoutJdkInternals);
        }
    }

    private static Parameters exports(Jar jar) throws Exception {
        return OSGiHeader.parseHeader(jar.getManifest().getMainAttributes().getValue(Constants.EXPORT_PACKAGE));
    }

    private static List<File> apiJars() {
        List<File> jars = new ArrayList<>();
        for (String path : System.getProperty("kinerja.api.jars", "").split(",")) {
            File jar = new File(path.strip());
            if (!jar.isFile()) {
                throw new IllegalStateException("API bundle not built: " + jar + " (run mvn verify, which packages it)");
            }
            jars.add(jar);
        }
        return jars;
    }

    private static Path baselineFolder() throws IOException {
        return Path.of(System.getProperty("kinerja.api.baseline", "src/test/resources/baseline"));
    }
}
