package id.kinerja.staff.internal.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of a name as the registry's search finds them: lower case, split at everything that is
 * not a letter or a digit ({@code "Ratna Wijaya, S.H."} is {@code ratna, wijaya, s, h}). A search
 * for {@code "siregar"} or {@code "sir"} finds every name with a word that starts so, through an
 * index of (word, NIP) on either database, instead of reading every name of the table.
 */
public final class NameWords {

    /** The longest word kept (the column's width). */
    public static final int MAX_LENGTH = 60;
    /** The most words of one name kept, and of one search. */
    public static final int MAX_WORDS = 12;

    private NameWords() {
    }

    /** The distinct words of a name, in their order. */
    public static Set<String> of(String name) {
        if (name == null) {
            return Set.of();
        }
        return Arrays.stream(name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{Nd}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_LENGTH ? word.substring(0, MAX_LENGTH) : word)
                .limit(MAX_WORDS)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * How much of a pair's first word its key keeps, and the shortest word paired: a name's titles and
     * initials ({@code s}, {@code h}, {@code dr}) make no pairs, so that a long name makes few.
     */
    public static final int PAIRED_LENGTH = 3;

    /**
     * The ordered pairs of a name's words of at least {@link #PAIRED_LENGTH} letters, each keyed by the
     * start of the first word ({@value #PAIRED_LENGTH} letters), a space and the whole second word, with
     * the whole first word: {@code "Dewi Sartika Lubis"} is {@code dew sartika, dew lubis, sar dewi,
     * sar lubis, lub dewi, lub sartika}, the first three with {@code dewi}. A search of two words reads
     * the range of keys that start as its first word's first letters, a space and its second word, and
     * checks the rest of the first word against the first word kept in the same index row.
     */
    public static Set<WordPair> pairs(String name) {
        List<String> words = of(name).stream().filter(word -> word.length() >= PAIRED_LENGTH).toList();
        Set<WordPair> pairs = new LinkedHashSet<>();
        for (String first : words) {
            for (String second : words) {
                if (!first.equals(second)) {
                    pairs.add(new WordPair(first.substring(0, PAIRED_LENGTH) + ' ' + second, first));
                }
            }
        }
        return pairs;
    }

    /**
     * A pair of a name's words as {@link #pairs} keeps it.
     *
     * @param key the first word's first {@value #PAIRED_LENGTH} letters, a space, the second word
     * @param firstWord the whole first word
     */
    public record WordPair(String key, String firstWord) {
    }

    /** The words of a search text (at most three), each to be found as the start of a word of the name. */
    public static List<String> ofSearch(String text) {
        return of(text).stream().limit(3).toList();
    }
}
