package id.kinerja.cluster.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * The settings a cluster's nodes share: the files {@code id.kinerja.*.cfg} of a node's {@code etc/}
 * folder, which Karaf's file watcher turns into configurations (a module's settings, the TPP
 * policies, the city's settings). Two texts are the same settings when they give the same keys and
 * values, whatever their comments, order or spacing.
 */
final class SettingsFiles {

    static final String GLOB = "id.kinerja.*.cfg";

    /** Keys a file may hold that describe the file or its configuration rather than settings. */
    private static final Set<String> NOT_SETTINGS = Set.of("felix.fileinstall.filename", "service.pid", "service.factoryPid", "service.bundleLocation");

    private final Path etc;

    SettingsFiles(Path etc) {
        this.etc = etc;
    }

    /** The shared files of the folder by name, with their text. */
    Map<String, String> read() {
        Map<String, String> files = new TreeMap<>();
        try (DirectoryStream<Path> found = Files.newDirectoryStream(etc, GLOB)) {
            for (Path file : found) {
                if (Files.isRegularFile(file)) {
                    files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the settings in " + etc, e);
        }
        return files;
    }

    /**
     * Writes a file's text, or removes the file ({@code text} null): written beside it first and
     * moved into place, so that the file watcher never reads half a file.
     */
    void write(String name, String text) {
        if (!name.matches("id\\.kinerja\\.[A-Za-z0-9._~-]+\\.cfg")) {
            throw new IllegalArgumentException("Not a shared settings file: " + name);
        }
        Path file = etc.resolve(name);
        try {
            if (text == null) {
                Files.deleteIfExists(file);
                return;
            }
            Path next = etc.resolve("." + name + ".cluster");
            Files.writeString(next, text, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Whether two texts (each may be null: no file) give the same settings. */
    static boolean same(String a, String b) {
        if (a == null || b == null) {
            return a == b;
        }
        return settings(a).equals(settings(b));
    }

    static Map<String, String> settings(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Map.of("", text); // not a properties text: compared as it is
        }
        Map<String, String> settings = new HashMap<>();
        properties.stringPropertyNames().stream().filter(k -> !NOT_SETTINGS.contains(k)).forEach(k -> settings.put(k, properties.getProperty(k).strip()));
        return settings;
    }
}
