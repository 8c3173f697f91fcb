package io.traitscore.text;

/**
 * What a text field may hold: any printable character, plus tab and line breaks in multi-line notes. NUL,
 * the other C0 controls, DEL and the C1 controls are refused on the way in (they end strings in C
 * programs, move terminals' cursors and break CSV readers) and dropped on the way out.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    /** The position of the first refused character, or -1. */
    public static int firstControl(String text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isPlain(String text) {
        return firstControl(text) < 0;
    }

    /** The message every refusal shows, naming the character as U+XXXX. */
    public static String refusal(String text) {
        int at = firstControl(text);
        return "must not contain control characters (found U+" + String.format("%04X", (int) text.charAt(at))
                + " at position " + (at + 1) + ")";
    }

    /** The text without refused characters, for writers of files (data stored before this rule existed). */
    public static String strip(String text) {
        if (text == null || isPlain(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isControl(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }
}
