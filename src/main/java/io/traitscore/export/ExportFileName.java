package io.traitscore.export;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Download names people can file away: traitscore-customer-support-specialist-ratings-2026-11-23.csv.
 * The subject is reduced to lowercase ASCII letters, digits and dashes, so the name is safe in a
 * Content-Disposition header and on every file system.
 */
final class ExportFileName {

    private static final int MAX_SUBJECT = 60;

    private ExportFileName() {
    }

    static String of(String subject, String kind, String extension) {
        return "traitscore-" + slug(subject) + "-" + kind + "-" + LocalDate.now(ZoneOffset.UTC) + "." + extension;
    }

    static String slug(String text) {
        String ascii = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SUBJECT) {
            slug = slug.substring(0, MAX_SUBJECT).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "export" : slug;
    }

    static String contentDisposition(String fileName) {
        return "attachment; filename=\"" + fileName + "\"";
    }
}
