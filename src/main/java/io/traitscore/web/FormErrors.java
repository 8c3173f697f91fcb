package io.traitscore.web;

import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.Refusal;
import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

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

    /** Bean Validation messages, with each property path renamed to the form's field name. */
    public static FormErrors of(Set<? extends ConstraintViolation<?>> violations, UnaryOperator<String> fieldName) {
        FormErrors errors = new FormErrors();
        violations.forEach(v -> errors.add(fieldName.apply(v.getPropertyPath().toString()), v.getMessage()));
        return errors;
    }

    /** A service's refusal of the input: its field errors renamed to the form's field names, else its message. */
    public static FormErrors of(Refusal refusal, UnaryOperator<String> fieldName) {
        FormErrors errors = new FormErrors();
        List<FieldError> fields = refusal instanceof Invalid invalid ? invalid.errors() : List.of();
        if (fields.isEmpty()) {
            errors.general(refusal.getMessage());
        }
        fields.forEach(e -> errors.add(fieldName.apply(e.field()), e.message()));
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

    /** The messages of field {@code prefix.key.part}, e.g. {@code ratings.adapts-easily.score}. */
    public String at(String prefix, String key, String part) {
        return of(prefix + "." + key + "." + part);
    }

    /** The messages of field {@code prefix.key}, e.g. {@code panel.42}. */
    public String forKey(String prefix, Object key) {
        return of(prefix + "." + key);
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
