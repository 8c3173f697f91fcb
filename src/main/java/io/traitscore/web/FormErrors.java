package io.traitscore.web;

import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.Refusal;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Messages for a form being re-rendered: one or more per field, shown next to the field, plus
 * messages that belong to no single field (shown above the form).
 */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /** Bean Validation messages, each under its field as the API names it ({@link ViolationPaths}). */
    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(ViolationPaths.fieldOf(v), v.getMessage()));
        return errors;
    }

    /** A service's refusal of the input: its field errors under the fields it names, else its message. */
    public static FormErrors of(Refusal refusal) {
        FormErrors errors = new FormErrors();
        List<FieldError> fields = refusal instanceof Invalid invalid ? invalid.errors() : List.of();
        if (fields.isEmpty()) {
            errors.general(refusal.getMessage());
        }
        fields.forEach(e -> errors.add(e.field(), e.message()));
        return errors;
    }

    public FormErrors add(String field, String message) {
        if (field == null || field.isBlank()) {
            return general(message);
        }
        byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    public FormErrors general(String message) {
        general.add(message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The field's messages joined into one sentence; empty when the field is fine. */
    public String of(String field) {
        return String.join("; ", byField.getOrDefault(field, List.of()));
    }

    /**
     * The messages of a list element's part, {@code list.key.part} (e.g. {@code ratings.adapts-easily.score}),
     * and of anything below it (one of its red flags).
     */
    public String at(String list, Object key, String part) {
        return under(FieldPath.element(list, key, part));
    }

    /**
     * The messages of a field and of everything below it, for a form that shows them in one place:
     * {@code under("focusTraits")} covers {@code focusTraits.adapts-easily} and {@code focusTraits[2]}.
     */
    public String under(String field) {
        return String.join("; ", byField.entrySet().stream()
                .filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + ".") || e.getKey().startsWith(field + "["))
                .flatMap(e -> e.getValue().stream()).toList());
    }

    /** The messages of a list element and everything below it, e.g. {@code panel.42.focusTraits.adapts-easily}. */
    public String under(String list, Object key) {
        return under(FieldPath.element(list, key));
    }

    public List<String> getGeneralMessages() {
        return general;
    }

    public int getCount() {
        return general.size() + byField.values().stream().mapToInt(List::size).sum();
    }

    public Map<String, List<String>> byField() {
        return byField;
    }
}
