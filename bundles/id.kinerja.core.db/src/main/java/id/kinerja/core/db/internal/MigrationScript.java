package id.kinerja.core.db.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One versioned SQL script of a module: {@code V<version>__<description>.sql}. */
record MigrationScript(int version, String name, String sql) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__([\\w-]+)\\.sql");

    /** The script for a file name, or {@code null} when the name does not follow the pattern. */
    static MigrationScript of(String fileName, String sql) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return null;
        }
        return new MigrationScript(Integer.parseInt(m.group(1)), fileName, sql);
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
