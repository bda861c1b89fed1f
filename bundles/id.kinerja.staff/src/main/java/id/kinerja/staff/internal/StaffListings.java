package id.kinerja.staff.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.kinerja.core.api.staff.OrgUnitService;
import id.kinerja.core.api.staff.StaffQuery;
import id.kinerja.staff.internal.model.NameWords;

/**
 * What a list of staff reads and in which order, so that an index serves both: the registry in name
 * order, a unit's staff, the start of a NIP, a name's words through their index, or, on PostgreSQL
 * with the names' trigram index, several words through it. The page, its bounded count and the
 * export's batches are {@link StaffServiceImpl}'s.
 */
final class StaffListings {

    private static final String NAME_TRIGRAMS = "IX_STAFF_NAME_TRGM";
    /**
     * PostgreSQL's regular expression for "at the start of a word" as {@link NameWords} splits them (at
     * what is neither a letter nor a digit); a search's words hold only letters and digits.
     */
    static final String WORD_START = "(^|[^[:alnum:]])";
    private static final Logger LOG = LoggerFactory.getLogger(StaffListings.class);

    private final OrgUnitService units;
    /** The database holds the names' trigram index (PostgreSQL with pg_trgm, schema V5). */
    private final boolean nameTrigrams;

    StaffListings(OrgUnitService units, boolean nameTrigrams) {
        this.units = units;
        this.nameTrigrams = nameTrigrams;
    }

    /** The listings of this database: asks whether it holds the names' trigram index and logs how names are searched. */
    static StaffListings asking(JpaTemplate jpa, OrgUnitService units) {
        boolean trigrams = hasNameTrigrams(jpa);
        LOG.info(trigrams ? "Names searched by several words through their trigrams (IX_STAFF_NAME_TRGM)"
                : "Names searched by several words through the first word's index (no IX_STAFF_NAME_TRGM here)");
        return new StaffListings(units, trigrams);
    }

    /** Whether the database holds the trigram index of the lower-case names (created by the PostgreSQL V5 where pg_trgm could be). */
    static boolean hasNameTrigrams(JpaTemplate jpa) {
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                Connection connection = em.unwrap(Connection.class);
                if (connection == null) {
                    return false;
                }
                try {
                    DatabaseMetaData database = connection.getMetaData();
                    if (database.getDatabaseProductName().startsWith("Apache Derby")) {
                        return false; // only PostgreSQL's V5 makes it; Derby's catalogue query costs a start 0.1-0.2 s cold
                    }
                    try (ResultSet indexes = database.getIndexInfo(null, null, database.storesLowerCaseIdentifiers() ? "staff" : "STAFF",
                            false, true)) {
                        while (indexes.next()) {
                            if (NAME_TRIGRAMS.equalsIgnoreCase(indexes.getString("INDEX_NAME"))) {
                                return true;
                            }
                        }
                    }
                    return false;
                } catch (java.sql.SQLException unreadable) {
                    throw new IllegalStateException(unreadable);
                }
            });
        } catch (RuntimeException unknown) {
            LOG.warn("Could not tell whether the names' trigram index is there; searching without it", unknown);
            return false;
        }
    }

    /**
     * What a list reads: the NIPs of {@code alias} from {@code from} under {@code where}, in the
     * order of {@code order}'s columns (an index's, the NIP last: unique, so a position in the list
     * is a value of these columns).
     */
    record Listing(String alias, String from, String where, Map<String, Object> params, List<String> order) {

        String orderBy() {
            return " ORDER BY " + String.join(", ", order);
        }

        /** The condition "after the row with these values of the order's columns", its parameters added. */
        String after(Object[] values, Map<String, Object> params) {
            StringBuilder after = new StringBuilder(" AND ").append(order.get(0)).append(" >= :after0 AND (");
            for (int i = 0; i < order.size(); i++) {
                params.put("after" + i, values[i]);
                after.append(i == 0 ? "" : " OR (");
                for (int j = 0; j < i; j++) {
                    after.append(order.get(j)).append(" = :after").append(j).append(" AND ");
                }
                after.append(order.get(i)).append(" > :after").append(i).append(i == 0 ? "" : ")");
            }
            return after.append(')').toString();
        }
    }


    /** What a list of this query reads, and in which order. */
    Listing of(StaffQuery query) {
        StaffQuery q = query == null ? StaffQuery.ALL : query;
        Set<String> codes = null;
        if (q.unitCode() != null) {
            codes = q.includeSubunits() ? units.subtreeCodes(q.unitCode()) : Set.of(q.unitCode());
        }
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (codes != null && codes.size() == 1) {
            // one unit: its index (unit, name, NIP) serves the order
            where.append(" AND s.unitCode = :unit");
            params.put("unit", codes.iterator().next());
        } else if (codes != null) {
            where.append(" AND s.unitCode IN :units");
            params.put("units", List.copyOf(codes));
        }
        if (q.rank() != null) {
            where.append(" AND s.rank = :rank");
            params.put("rank", q.rank());
        }
        if (q.status() != null) {
            where.append(" AND s.status = :status");
            params.put("status", q.status());
        }
        boolean filtered = !params.isEmpty();
        String text = StaffValidator.trim(q.text());
        List<String> words = text == null ? List.of() : searchWords(text, where, params);
        if (words.isEmpty()) {
            // a search by the start of a NIP is read in NIP order, from the primary key
            return new Listing("s", " FROM StaffEntity s", where.toString(), params,
                    params.containsKey("nipStart") ? List.of("s.nip") : List.of("s.fullName", "s.nip"));
        }
        if (words.size() > 1 && words.get(0).length() >= NameWords.PAIRED_LENGTH && words.get(1).length() >= NameWords.PAIRED_LENGTH
                && !words.get(0).startsWith(words.get(1)) && !words.get(1).startsWith(words.get(0))) {
            // (two words one name's word could start, as "budi bud", may be that one word: not a pair)
            return ofPair(words, where, params, filtered);
        }
        if (words.size() > 1 && nameTrigrams) {
            // several words on PostgreSQL: each must start a word of the lower-case name (a regular expression
            // the trigram index answers: the names holding every word are intersected there, few rows read
            // whatever the words, and the expression is checked on those rows alone); in the order of names
            for (int i = 0; i < words.size(); i++) {
                where.append(" AND LOWER(s.fullName) REGEXP :starts").append(i);
                params.put("starts" + i, WORD_START + words.get(i));
            }
            return new Listing("s", " FROM StaffEntity s", where.toString(), params, List.of("s.fullName", "s.nip"));
        }
        // a name's words with the name: the page is read in the order of the index (word, name, NIP) of the
        // first word typed (names whose word is "siregar" by name, then "siregarx"...), and stops there;
        // every other word typed must start a word of the same name; the staff's table only for other filters.
        // The name in the index's row holds every other word somewhere first (a test on the row read, no
        // further read), which leaves the check of a word's start for the few names that pass it
        StringBuilder from = new StringBuilder(" FROM StaffNameWordEntity w0");
        where.append(" AND w0.word LIKE :word0");
        params.put("word0", words.get(0) + "%");
        for (int i = 1; i < words.size(); i++) {
            startsAWord("w0", i, words.get(i), where, params);
        }
        if (filtered) {
            joinStaff("w0", from, where);
        }
        return new Listing("w0", from.toString(), where.toString(), params, List.of("w0.word", "w0.fullName", "w0.nip"));
    }

    /**
     * Two words or more, the first two of {@link NameWords#PAIRED_LENGTH} letters or more: the range of
     * the pairs' index that starts as the first word's first letters, a space and the second word (the
     * names holding both, by the second word and then by name), the rest of the first word checked on
     * the whole first word in the same index row, any third word as for a word's index on those names only.
     */
    private static Listing ofPair(List<String> words, StringBuilder where, Map<String, Object> params, boolean filtered) {
        StringBuilder from = new StringBuilder(" FROM StaffNamePairEntity p");
        where.append(" AND p.pair LIKE :pair");
        params.put("pair", words.get(0).substring(0, NameWords.PAIRED_LENGTH) + ' ' + words.get(1) + '%');
        if (words.get(0).length() > NameWords.PAIRED_LENGTH) {
            where.append(" AND p.firstWord LIKE :first");
            params.put("first", words.get(0) + '%');
        }
        for (int i = 2; i < words.size(); i++) {
            startsAWord("p", i, words.get(i), where, params);
        }
        if (filtered) {
            joinStaff("p", from, where);
        }
        return new Listing("p", from.toString(), where.toString(), params, List.of("p.pair", "p.fullName", "p.nip"));
    }

    /**
     * The condition that the {@code i}-th word typed starts a word of the name in the row of
     * {@code alias}: looked for in the name on that row first (no further read), then checked in the
     * words' table for the few names that pass.
     */
    private static void startsAWord(String alias, int i, String word, StringBuilder where, Map<String, Object> params) {
        where.append(" AND LOWER(").append(alias).append(".fullName) LIKE :within").append(i);
        params.put("within" + i, "%" + word + "%");
        where.append(" AND EXISTS (SELECT w").append(i).append(".nip FROM StaffNameWordEntity w").append(i).append(" WHERE w")
                .append(i).append(".nip = ").append(alias).append(".nip AND w").append(i).append(".word LIKE :word").append(i).append(')');
        params.put("word" + i, word + "%");
    }

    /**
     * The least digits after every string of digits that starts with {@code digits} ("1979" → "198",
     * "1999" → "2"), or {@code null} when there is none ("99"): the end of their range.
     */
    static String nextStart(String digits) {
        for (int i = digits.length() - 1; i >= 0; i--) {
            char digit = digits.charAt(i);
            if (digit < '9') {
                return digits.substring(0, i) + (char) (digit + 1);
            }
        }
        return null;
    }

    /** The staff's table joined to the rows of {@code alias}, for the list's other filters (unit, rank, status). */
    private static void joinStaff(String alias, StringBuilder from, StringBuilder where) {
        from.append(", StaffEntity s");
        where.append(" AND s.nip = ").append(alias).append(".nip");
    }

    /**
     * The search text: digits are the start of a NIP, read as the range of the primary key from those
     * digits to the next such start ({@link #nextStart}), in which every NIP starts so, and checked with
     * {@code LIKE} as well; otherwise its words, each to be the start of a word of the name
     * ({@link NameWords}), or a condition that nothing matches when it has none.
     * <p>
     * The range is what lets PostgreSQL read the page from the primary key in its order: outside the C
     * collation a {@code LIKE} alone is served by the NIPs' pattern index, whose order is not the list's,
     * so it read every NIP that starts so and sorted them, or walked the primary key from its first NIP
     * (a start shared by 28,000 of 100,000: 4.0 ms, by the range 0.19 ms).
     */
    static List<String> searchWords(String text, StringBuilder where, Map<String, Object> params) {
        String digits = text.replaceAll("[\\s.]", "");
        if (digits.matches("\\d+")) {
            where.append(" AND s.nip >= :nipFrom");
            params.put("nipFrom", digits);
            String next = nextStart(digits);
            if (next != null) {
                where.append(" AND s.nip < :nipBefore");
                params.put("nipBefore", next);
            }
            where.append(" AND s.nip LIKE :nipStart");
            params.put("nipStart", digits + "%");
            return List.of();
        }
        List<String> words = NameWords.ofSearch(text);
        if (words.isEmpty()) {
            where.append(" AND 1 = 0");
        }
        return words;
    }
}
