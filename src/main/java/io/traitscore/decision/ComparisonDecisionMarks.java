package io.traitscore.decision;

import io.traitscore.profile.CandidateComparison.DecisionMark;
import io.traitscore.profile.CandidateComparison.DecisionMarks;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.stream.Collectors;

/** The current decisions the comparison shows beside its candidates. */
@ApplicationScoped
class ComparisonDecisionMarks implements DecisionMarks {

    private final DecisionService decisions;

    ComparisonDecisionMarks(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public Map<Long, DecisionMark> ofOpening(long openingId) {
        return decisions.currentOfOpening(openingId).values().stream().collect(Collectors.toMap(DecisionView::candidateId,
                d -> new DecisionMark(d.id(), d.decision().name(), d.againstEvidence())));
    }
}
