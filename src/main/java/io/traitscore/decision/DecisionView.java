package io.traitscore.decision;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/** A decision record as the API, pages and exports show it; rationale and justification are null once erased. */
public record DecisionView(long id, long candidateId, long openingId, Decision decision, String rationale,
        List<String> citedTraits, boolean againstEvidence, List<EvidenceConflict> conflicts, String justification,
        JsonNode snapshot, String decidedBy, Instant decidedAt, Long supersededBy) {

    public boolean isCurrent() {
        return supersededBy == null;
    }

    /** "Hire", "No hire" or "Hold", with the mark when it went against the evidence. */
    public String label() {
        String word = switch (decision) {
            case HIRE -> "Hire";
            case NO_HIRE -> "No hire";
            case HOLD -> "Hold";
        };
        return againstEvidence ? word + " (decided against the evidence)" : word;
    }
}
