package id.kinerja.core.api;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Where a page of a list read in the order of an index ends: the values of the order's columns at
 * its last row. A list that offers it returns it as {@link Page#next()}, an opaque token the client
 * sends back ({@code after=}) to read the following page from that point of the index, so a page
 * deep in a long list costs what the first one does (an offset reads and skips every row before it).
 *
 * @param values the values of the order's columns at the last row shown, in the order's order
 * @since 1.8
 */
public record PageCursor(List<String> values) {

    /** The longest token taken: a few names and a NIP, with room to spare. */
    public static final int MAX_TOKEN_LENGTH = 2000;

    public PageCursor {
        values = List.copyOf(values);
    }

    /** The cursor of these values. */
    public static PageCursor of(Object... values) {
        return new PageCursor(Arrays.stream(values).map(String::valueOf).toList());
    }

    /** The token a client sends back: URL-safe; what it holds may change between versions, so a client keeps it as it is. */
    public String token() {
        String joined = String.join(",", values.stream().map(v -> URLEncoder.encode(v, StandardCharsets.UTF_8)).toList());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor of a token a client sent, {@code null} for none (absent or blank).
     *
     * @throws KinerjaException 400 {@code INVALID_CURSOR} for a token this class did not make
     */
    public static PageCursor parse(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw invalid();
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            return new PageCursor(Arrays.stream(joined.split(",", -1)).map(v -> URLDecoder.decode(v, StandardCharsets.UTF_8)).toList());
        } catch (IllegalArgumentException unreadable) {
            throw invalid();
        }
    }

    /**
     * This cursor's values for a list ordered by {@code columns} columns.
     *
     * @throws KinerjaException 400 {@code INVALID_CURSOR} when the cursor is another list's (another number of columns)
     */
    public List<String> valuesFor(int columns) {
        if (values.size() != columns) {
            throw invalid();
        }
        return values;
    }

    /**
     * The {@code i}-th value, read by {@code read} (a number, an instant...).
     *
     * @throws KinerjaException 400 {@code INVALID_CURSOR} for a value {@code read} refuses, or none at {@code i}
     */
    public <T> T value(int i, Function<String, T> read) {
        try {
            return read.apply(values.get(i));
        } catch (RuntimeException unreadable) {
            throw invalid();
        }
    }

    private static KinerjaException invalid() {
        return KinerjaException.badRequest("INVALID_CURSOR", "after",
                "Penanda halaman (after) tidak dikenali: mulai lagi dari halaman pertama",
                "The page marker (after) is not recognised: start again from the first page");
    }
}
