package io.traitscore.dashboard;

import io.traitscore.candidate.CandidateView;
import io.traitscore.opening.OpeningView;
import io.traitscore.profile.ProfileService;
import java.util.List;
import java.util.stream.Collectors;

/** An opening on the dashboard with its candidates and how far their scorecards have got. */
public record OpeningProgress(OpeningView opening, List<CandidateView> candidates) {

    /** Every scheduled interview has a submitted scorecard, so the candidate can be compared fairly. */
    public static boolean isComplete(CandidateView candidate) {
        return candidate.interviews() > 0 && candidate.scorecardsSubmitted() == candidate.interviews();
    }

    public List<CandidateView> readyToCompare() {
        return candidates.stream().filter(OpeningProgress::isComplete).toList();
    }

    /**
     * The comparison's address query for the ready candidates. More than one comparison shows would make
     * an address too long for servers (and a refused comparison): the comparison page then offers to pick.
     */
    public String readyToCompareQuery() {
        List<CandidateView> ready = readyToCompare();
        return ready.size() > ProfileService.MAX_COMPARED ? ""
                : "?candidates=" + ready.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(","));
    }

    public List<CandidateView> inProgress() {
        return candidates.stream().filter(c -> !isComplete(c)).toList();
    }
}
