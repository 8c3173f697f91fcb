package io.traitscore.profile;

import io.traitscore.candidate.CandidateProgress;
import io.traitscore.profile.CandidateComparison.DecisionMark;
import io.traitscore.profile.CandidateComparison.DecisionMarks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Marks a computed comparison with where its candidates stand: provisional while scheduled scorecards are still
 * to come (the rule of the comparison page), and the current decision, when there is one.
 */
@ApplicationScoped
public class ComparisonMarks {

    private final CandidateProgress.Query progress;
    private final Instance<DecisionMarks> decisions;

    ComparisonMarks(CandidateProgress.Query progress, Instance<DecisionMarks> decisions) {
        this.progress = progress;
        this.decisions = decisions;
    }

    public CandidateComparison mark(CandidateComparison comparison) {
        long openingId = comparison.opening().id();
        Map<Long, CandidateProgress> counts = progress.ofOpenings(List.of(openingId));
        Set<Long> provisional = comparison.candidates().stream().map(CandidateComparison.ComparedCandidate::id)
                .filter(id -> provisional(counts.get(id))).collect(Collectors.toSet());
        Map<Long, DecisionMark> current = new HashMap<>();
        decisions.forEach(d -> current.putAll(d.ofOpening(openingId)));
        return comparison.inPipeline(provisional, current);
    }

    /** No scorecard scheduled, or some still to come. */
    static boolean provisional(CandidateProgress counts) {
        return counts == null || counts.interviews() == 0 || counts.submitted() < counts.interviews();
    }
}
