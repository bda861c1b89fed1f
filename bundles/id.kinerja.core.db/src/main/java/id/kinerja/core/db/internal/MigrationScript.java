package id.kinerja.core.db.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One versioned SQL script of a module: {@code V<version>__<description>.sql}, portable SQL that
 * every supported database runs, or {@code V<version>__<description>.<database>.sql} (database
 * {@code derby} or {@code postgresql}) that replaces the portable script of that version on that
 * database only.
 *
 * @param database the database the script is for, {@code null} for a portable one
 */
public record MigrationScript(int version, String name, String sql, String database) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+?)(?:\\.(derby|postgresql))?\\.sql");

    /** The script for a file name, or {@code null} when the name does not follow the pattern. */
    public static MigrationScript of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), fileName, sql, m.group(3));
    }

    /**
     * The scripts a database runs: of each version its own variant where there is one, the portable
     * script otherwise; versions in order.
     */
    static List<MigrationScript> forDatabase(List<MigrationScript> scripts, String database) {
        java.util.Map<Integer, MigrationScript> chosen = new java.util.TreeMap<>();
        for (MigrationScript s : scripts) {
            if (s.database() == null) {
                MigrationScript before = chosen.putIfAbsent(s.version(), s);
                if (before != null && before.database() == null) {
                    throw new IllegalStateException("Two migration scripts of version " + s.version() + ": " + before.name() + ", " + s.name());
                }
            } else if (s.database().equals(database)) {
                chosen.put(s.version(), s);
            }
        }
        return List.copyOf(chosen.values());
    }

    /**
     * The statements of the script: separated by a semicolon at the end of a line; lines starting
     * with {@code --} are comments.
     */
    List<String> statements() {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (trimmed.endsWith(";")) {
                current.append(trimmed, 0, trimmed.length() - 1);
                statements.add(current.toString().trim());
                current.setLength(0);
            } else {
                current.append(trimmed).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().trim());
        }
        return statements;
    }
}
