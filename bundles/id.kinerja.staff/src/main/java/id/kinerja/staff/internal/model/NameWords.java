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

    /** The words of a search text (at most three), each to be found as the start of a word of the name. */
    public static List<String> ofSearch(String text) {
        return of(text).stream().limit(3).toList();
    }
}
