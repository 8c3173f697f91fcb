package io.traitscore.paging;

import io.traitscore.outcome.Malformed;

/**
 * Which slice of a long list to show: a 0-based page number and a page size. The one convention for the
 * audit trail, openings and candidates: the API refuses what it cannot read or what lies out of range
 * ({@link #parse}, a 400), a page forgives an old link ({@link #lenient}).
 */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;
    public PageRequest {
        if (page < 0) {
            throw new Malformed("page", "must be a whole number from 0 to " + Integer.MAX_VALUE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new Malformed("size", "must be a whole number from 1 to " + MAX_SIZE);
        }
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    /** The API's query parameters as typed (null: the default); text that is no number in range is refused. */
    public static PageRequest parse(String page, String size, int defaultSize) {
        return new PageRequest(number("page", page, 0), number("size", size, defaultSize));
    }

    /**
     * A page's {@code page} parameter: anything unreadable is the first page; one past the end shows the last
     * ({@link ResultPage#of} with {@code lastIfBeyond}).
     */
    public static PageRequest lenient(String page, int size) {
        try {
            return new PageRequest(page == null ? 0 : Math.max(0, Integer.parseInt(page.strip())), size);
        } catch (NumberFormatException e) {
            return first(size);
        }
    }

    public long offset() {
        return (long) page * size;
    }

    private static int number(String field, String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new Malformed(field, "must be a whole number");
        }
    }
}
