package io.traitscore.paging;

import io.traitscore.outcome.Malformed;
import java.util.Locale;

/**
 * What someone typed into a search box, as a case-insensitive "contains" pattern for
 * {@code lower(column) like :pattern escape '\'}. The same rule for every search: surrounding blanks do
 * not count, {@code %} and {@code _} are letters like any other, and an empty box searches for nothing.
 */
public final class SearchText {

    public static final int MAX_LENGTH = 100;
    /** The escape clause every query that uses {@link #pattern} appends. */
    public static final String ESCAPE = " escape '\\'";

    private SearchText() {
    }

    public static boolean present(String typed) {
        return typed != null && !typed.isBlank();
    }

    /** The pattern for the typed text, or null when nothing was typed. */
    public static String pattern(String field, String typed) {
        if (!present(typed)) {
            return null;
        }
        String text = typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw new Malformed(field, "must be at most " + MAX_LENGTH + " characters");
        }
        String escaped = text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
