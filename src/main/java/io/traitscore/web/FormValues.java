package io.traitscore.web;

import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * Reads posted form fields leniently: a missing field is empty and a number that does not parse is
 * null, so the form is re-rendered with the user's input and the service's validation message
 * instead of failing before validation.
 */
public final class FormValues {

    private FormValues() {
    }

    public static String first(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }

    /** Every non-blank value of a repeated field, such as ticked checkboxes. */
    public static List<String> all(MultivaluedMap<String, String> fields, String name) {
        List<String> values = fields.get(name);
        return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
    }

    public static Long parseLong(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static Integer parseInt(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
