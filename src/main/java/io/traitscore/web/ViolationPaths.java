package io.traitscore.web;

import io.traitscore.outcome.FieldPath;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Names the field of a Bean Validation message by the {@link FieldPath} convention, for the API's
 * problem bodies and the forms alike: "saveDraft.draft.ratings[0].evidence" becomes
 * "ratings.adapts-easily.evidence" (the caller knows no method names, and a list element is named
 * by its key, read from the validated element itself).
 */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    public static String fieldOf(ConstraintViolation<?> violation) {
        String parameter = "";
        String field = "";
        // The value at the path so far, to find a list element's key: the validated object, then its properties.
        Object current = violation.getRootBean();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                Object[] arguments = violation.getExecutableParameters();
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                current = arguments != null && index < arguments.length ? arguments[index] : null;
                continue;
            }
            if (node.getKind() != ElementKind.PROPERTY && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            // Hibernate Validator puts a list element's index on the node that follows the list.
            if (node.isInIterable() && node.getIndex() != null) {
                int index = node.getIndex();
                current = current instanceof List<?> list && index < list.size() ? list.get(index) : null;
                field = FieldPath.elementOf(field, current, index);
            }
            // Container elements are called "<list element>" and the like: the position already names them.
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field = field.isEmpty() ? node.getName() : field + "." + node.getName();
                current = property(current, node.getName());
            }
        }
        return field.isEmpty() ? parameter : field;
    }

    /** A property of a request record (its accessor), or null when there is none. */
    private static Object property(Object bean, String name) {
        if (bean == null || !bean.getClass().isRecord()) {
            return null;
        }
        for (RecordComponent component : bean.getClass().getRecordComponents()) {
            if (component.getName().equals(name)) {
                try {
                    return component.getAccessor().invoke(bean);
                } catch (ReflectiveOperationException e) {
                    return null;
                }
            }
        }
        return null;
    }
}
