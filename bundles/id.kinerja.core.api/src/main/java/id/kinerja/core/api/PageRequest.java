package id.kinerja.core.api;

/**
 * Which page of a list to return. {@code limit} defaults to {@value #DEFAULT_LIMIT} and may not
 * exceed {@value #MAX_LIMIT}.
 */
public record PageRequest(int offset, int limit) {

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
}
