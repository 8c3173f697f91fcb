package io.traitscore.interview;

import io.traitscore.outcome.Conflict;
import java.util.List;

/**
 * Scheduling would double-book someone: said, and nothing stored, until the request is sent again with
 * {@code confirm} (the page's "Schedule anyway").
 */
public class ScheduleWarnings extends Conflict {

    private final List<String> warnings;

    public ScheduleWarnings(List<String> warnings) {
        super("Not scheduled, please confirm: " + String.join("; ", warnings)
                + ". Send the same request with confirm=true to schedule anyway.");
        this.warnings = List.copyOf(warnings);
    }

    public List<String> warnings() {
        return warnings;
    }
}
