package id.kinerja.core.api;

/**
 * Which page of a list to return. {@code limit} defaults to {@value #DEFAULT_LIMIT} and may not
 * exceed {@value #MAX_LIMIT}.
 *
 * @param offset where the page starts in the whole list; with {@code after}, only where the page stands
 *        (the rows before it are not read, so a list can tell "1,001–1,020")
 * @param limit the largest page size
 * @param after where the page before ended ({@link Page#next()}) in a list that offers it, {@code null} for
 *        a page at {@code offset} (since 1.8)
 */
public record PageRequest(int offset, int limit, PageCursor after) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (offset < 0) {
            throw KinerjaException.badRequest("INVALID_OFFSET", "offset",
                    "offset tidak boleh negatif", "offset must not be negative");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw KinerjaException.badRequest("INVALID_LIMIT", "limit",
                    "limit harus antara 1 dan " + MAX_LIMIT, "limit must be between 1 and " + MAX_LIMIT);
        }
    }

    /** A page at {@code offset}. */
    public PageRequest(int offset, int limit) {
        this(offset, limit, null);
    }

    /**
     * A request for how long a list is, exact up to {@code upTo} ("more than" beyond), that reads
     * at most one of its items: a list counts {@link Page#COUNT_AHEAD} past the page asked for, so
     * this asks for a page just that far before {@code upTo}. For a headcount, not for a screen.
     *
     * @since 1.7
     */
    public static PageRequest countTo(int upTo) {
        return new PageRequest(Math.max(0, upTo - Page.COUNT_AHEAD - 1), 1);
    }

    /** A page request from optional query values, with the defaults filled in. */
    public static PageRequest of(Integer offset, Integer limit) {
        return new PageRequest(offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit);
    }

    /**
     * A page request from optional query values, {@code after} a client's token ({@link Page#next()}).
     *
     * @throws KinerjaException 400 {@code INVALID_CURSOR} for a token no list made
     * @since 1.8
     */
    public static PageRequest of(Integer offset, Integer limit, String after) {
        PageRequest page = of(offset, limit);
        return new PageRequest(page.offset(), page.limit(), PageCursor.parse(after));
    }
}
