package id.kinerja.core.db.internal;

import java.util.regex.Pattern;

/**
 * The few column types the modules' scripts write as Derby knows them and PostgreSQL names
 * otherwise, translated as a script is run, so that one script serves both: {@code CLOB} is
 * {@code TEXT}, {@code BLOB(...)} is {@code BYTEA}, {@code DOUBLE} is {@code DOUBLE PRECISION}; and
 * Derby's way of changing a column's nullability ({@code ALTER COLUMN C NULL}, {@code ... NOT NULL})
 * is PostgreSQL's {@code DROP NOT NULL} and {@code SET NOT NULL}.
 * Anything else that differs gets a script of its own ({@code V<n>__<what>.postgresql.sql}).
 */
final class Dialects {

    private static final Pattern CLOB = Pattern.compile("\\bCLOB\\b(\\s*\\(\\s*\\d+\\s*[KMG]?\\s*\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b(\\s*\\(\\s*\\d+\\s*[KMG]?\\s*\\))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE = Pattern.compile("\\bDOUBLE\\b(?!\\s+PRECISION)", Pattern.CASE_INSENSITIVE);

    private static final Pattern NULLABLE = Pattern.compile("\\bALTER\\s+COLUMN\\s+(\\w+)\\s+NULL\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_NULLABLE = Pattern.compile("\\bALTER\\s+COLUMN\\s+(\\w+)\\s+NOT\\s+NULL\\s*$", Pattern.CASE_INSENSITIVE);

    private Dialects() {
    }

    /** A statement as {@code database} ({@code derby}, {@code postgresql}) runs it. */
    static String translate(String statement, String database) {
        if (!"postgresql".equals(database)) {
            return statement;
        }
        String sql = CLOB.matcher(statement).replaceAll("TEXT");
        sql = BLOB.matcher(sql).replaceAll("BYTEA");
        sql = DOUBLE.matcher(sql).replaceAll("DOUBLE PRECISION");
        sql = NULLABLE.matcher(sql).replaceAll("ALTER COLUMN $1 DROP NOT NULL");
        return NOT_NULLABLE.matcher(sql).replaceAll("ALTER COLUMN $1 SET NOT NULL");
    }
}
