package io.traitscore.outcome;

/**
 * How every error names a field, in API problem bodies and in forms alike: property names joined by
 * dots, as in the request body, and a list element named by its key where it has one, so a message
 * stays attached to the same thing however the client ordered the list:
 * {@code ratings.listens-with-empathy.score}, {@code traits.adapts-easily.weight},
 * {@code panel.42.focusTraits.adapts-easily}, {@code focusTraits.adapts-easily}. An element without a key
 * (or whose key is missing) is named by its position, from 0, in brackets: {@code candidates[3].name},
 * {@code probes[1]}. Keys and positions cannot be mistaken for each other, even where keys are numbers.
 */
public final class FieldPath {

    private FieldPath() {
    }

    /** A list element whose element type has a key: what the path names it by. */
    public interface Keyed {
        /** The element's key, or null (blank) when it has none yet: it is then named by position. */
        String pathKey();
    }

    /** {@code list.key}: the element of {@code list} with that key. */
    public static String element(String list, Object key) {
        return list + "." + key;
    }

    /** {@code list.key.property}: a property of the element of {@code list} with that key. */
    public static String element(String list, Object key, String property) {
        return element(list, key) + "." + property;
    }

    /** {@code list[index]}: an element named by its position, for lists without keys. */
    public static String position(String list, int index) {
        return list + "[" + index + "]";
    }

    /** The element's key if it has one, else its position: how a validator names a list element. */
    public static String elementOf(String list, Object element, int index) {
        if (element instanceof Keyed keyed && keyed.pathKey() != null && !keyed.pathKey().isBlank()) {
            return element(list, keyed.pathKey());
        }
        return position(list, index);
    }
}
