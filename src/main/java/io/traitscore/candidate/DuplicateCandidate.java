package io.traitscore.candidate;

import io.traitscore.outcome.Conflict;
import java.util.List;

/** The opening already has a candidate with this email: said, and nothing stored, until confirmed. */
public class DuplicateCandidate extends Conflict {

    private final List<String> existing;

    public DuplicateCandidate(String email, List<String> existing) {
        super("The opening already has a candidate with the email " + email + ": " + String.join(", ", existing)
                + ". Send the request again with confirmDuplicate=true to add them anyway.");
        this.existing = List.copyOf(existing);
    }

    public List<String> existing() {
        return existing;
    }
}
