package io.traitscore.text;

import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The last guard before text is stored: an entity listener on the entities people type into (openings,
 * candidates, scorecards, ratings, questions), whichever way the text came (JSON, a form, an import).
 * JSON bodies are refused earlier, with the field's path; forms end here, with the entity's field name.
 */
public class PlainTextFields {

    @PrePersist
    @PreUpdate
    void refuseControlCharacters(Object entity) {
        List<FieldError> errors = new ArrayList<>();
        for (Class<?> type = entity.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() != String.class || Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                try {
                    field.setAccessible(true);
                    String value = (String) field.get(entity);
                    if (!PlainText.isPlain(value)) {
                        errors.add(new FieldError(field.getName(), PlainText.refusal(value)));
                    }
                } catch (IllegalAccessException | RuntimeException e) {
                    // A field we cannot read is not one people typed into.
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("Text fields must not contain control characters", errors);
        }
    }
}
