package io.traitscore.dashboard;

import io.traitscore.candidate.CandidateView;
import io.traitscore.opening.OpeningView;
import java.util.List;

/** An opening on the dashboard with its candidates and how far their scorecards have got. */
public record OpeningProgress(OpeningView opening, List<CandidateView> candidates) {

    /** Every scheduled interview has a submitted scorecard, so the candidate can be compared fairly. */
    public static boolean isComplete(CandidateView candidate) {
        return candidate.interviews() > 0 && candidate.scorecardsSubmitted() == candidate.interviews();
    }

    public List<CandidateView> readyToCompare() {
        return candidates.stream().filter(OpeningProgress::isComplete).toList();
    }

    public List<CandidateView> inProgress() {
        return candidates.stream().filter(c -> !isComplete(c)).toList();
    }
}
