package io.traitscore.candidate.bulk;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.StageService;
import io.traitscore.candidate.CandidateRequest;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Bulk import of an opening's candidates from CSV with the columns {@code name, email} and optionally
 * {@code phone, source} (a header row names them, in any order). {@link #preview} stores nothing and says
 * what is wrong with each row, naming duplicates (an email already in the opening or earlier in the file);
 * {@link #importRows} stores the good rows in one transaction, and only when asked to skip the bad ones
 * if there are any.
 */
@ApplicationScoped
public class CandidateImport {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_CHARS = 1_000_000;
    private static final Pattern PHONE = Pattern.compile("[+0-9 ()./-]{3,40}");

    /** One data row of the file: its line, its values, and what is wrong with it (empty: it can be imported). */
    public record Row(int line, String name, String email, String phone, String source, List<String> problems) {

        public boolean isValid() {
            return problems.isEmpty();
        }
    }

    public record Preview(List<Row> rows, List<String> fileProblems) {

        public long validCount() {
            return rows.stream().filter(Row::isValid).count();
        }

        public long invalidCount() {
            return rows.size() - validCount();
        }

        public boolean isImportable() {
            return fileProblems.isEmpty() && validCount() > 0;
        }
    }

    public record Imported(int created, int skipped, List<Long> ids) {
    }

    private final OpeningService openings;
    private final Validator validator;
    private final AuditLog audit;
    private final CurrentUser currentUser;

    CandidateImport(OpeningService openings, Validator validator, AuditLog audit, CurrentUser currentUser) {
        this.openings = openings;
        this.validator = validator;
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @Transactional
    public Preview preview(long openingId, String csv) {
        Opening opening = OpeningService.require(openingId);
        openings.requireManageCandidates(opening);
        return check(opening, csv);
    }

    @Transactional
    public Imported importRows(long openingId, String csv, boolean skipInvalid) {
        Opening opening = OpeningService.require(openingId);
        openings.requireManageCandidates(opening);
        Preview preview = check(opening, csv);
        if (!preview.fileProblems().isEmpty()) {
            throw new Invalid("The file cannot be imported", preview.fileProblems().stream().map(p -> new FieldError("file", p)).toList());
        }
        if (preview.invalidCount() > 0 && !skipInvalid) {
            throw new Invalid("Nothing was imported: " + preview.invalidCount() + " row(s) have problems", preview.rows().stream()
                    .filter(r -> !r.isValid()).map(r -> new FieldError("line." + r.line(), String.join("; ", r.problems()))).toList());
        }
        List<Long> ids = new ArrayList<>();
        for (Row row : preview.rows()) {
            if (!row.isValid()) {
                continue;
            }
            Candidate candidate = new Candidate();
            candidate.opening = opening;
            candidate.name = row.name();
            candidate.email = row.email();
            candidate.phone = row.phone();
            candidate.source = row.source();
            candidate.persist();
            // Like a candidate added one by one: the pipeline timeline starts at "applied".
            StageService.recordAutomatic(candidate, null, currentUser.get().username, currentUser.id());
            ids.add(candidate.id);
        }
        audit.record(AuditAction.IMPORT, "Opening", opening.id, "Imported " + ids.size() + " candidate(s) from CSV"
                + (preview.invalidCount() > 0 ? ", skipped " + preview.invalidCount() + " row(s) with problems" : ""), null,
                Map.of("candidateIds", ids));
        return new Imported(ids.size(), (int) preview.invalidCount(), ids);
    }

    private Preview check(Opening opening, String csv) {
        if (csv == null || csv.isBlank()) {
            return new Preview(List.of(), List.of("The file is empty: it needs a header row (name, email, phone, source) and one row per candidate."));
        }
        if (csv.length() > MAX_CHARS) {
            return new Preview(List.of(), List.of("The file is larger than 1 MB; split it into smaller files."));
        }
        List<List<String>> lines;
        try {
            lines = CsvRows.parse(csv);
        } catch (IllegalArgumentException e) {
            return new Preview(List.of(), List.of(e.getMessage()));
        }
        if (lines.isEmpty()) {
            return new Preview(List.of(), List.of("The file has no rows: it needs a header row (name, email, phone, source) and one row per candidate."));
        }
        Map<String, Integer> columns = columns(lines.get(0));
        if (!columns.containsKey("name") || !columns.containsKey("email")) {
            return new Preview(List.of(), List.of("The first row must name the columns: name, email, and optionally phone and source"
                    + " (found: " + String.join(", ", lines.get(0)) + ")."));
        }
        if (lines.size() - 1 > MAX_ROWS) {
            return new Preview(List.of(), List.of("The file has " + (lines.size() - 1) + " rows; at most " + MAX_ROWS + " at a time."));
        }
        Map<String, String> inOpening = new HashMap<>();
        Candidate.<Candidate>list("opening.id = ?1 and email is not null and erasedAt is null", opening.id)
                .forEach(c -> inOpening.putIfAbsent(c.email.toLowerCase(Locale.ROOT), c.name));
        Map<String, Integer> inFile = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> cells = lines.get(i);
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = i + 1;
            String name = cell(cells, columns.get("name"));
            String email = cell(cells, columns.get("email"));
            String phone = blankToNull(cell(cells, columns.get("phone")));
            String source = blankToNull(cell(cells, columns.get("source")));
            List<String> problems = new ArrayList<>();
            validator.validate(new CandidateRequest(name, email.isEmpty() ? null : email, null))
                    .forEach(v -> problems.add(v.getPropertyPath() + " " + v.getMessage()));
            if (email.isEmpty()) {
                problems.add("email must not be blank");
            }
            if (phone != null && !PHONE.matcher(phone).matches()) {
                problems.add("phone must be digits, spaces and + ( ) . / - (at most 40)");
            }
            if (source != null && source.length() > 100) {
                problems.add("source must be at most 100 characters");
            }
            String key = email.toLowerCase(Locale.ROOT);
            if (!email.isEmpty()) {
                if (inOpening.containsKey(key)) {
                    problems.add("duplicate: the opening already has " + inOpening.get(key) + " with this email");
                } else if (inFile.containsKey(key)) {
                    problems.add("duplicate: line " + inFile.get(key) + " has the same email");
                } else {
                    inFile.put(key, line);
                }
            }
            rows.add(new Row(line, name, email.isEmpty() ? null : email, phone, source, List.copyOf(problems)));
        }
        if (rows.isEmpty()) {
            return new Preview(List.of(), List.of("The file has a header row but no candidates."));
        }
        return new Preview(rows, List.of());
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    private static String cell(List<String> cells, Integer column) {
        return column == null || column >= cells.size() ? "" : cells.get(column).strip();
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text;
    }
}
