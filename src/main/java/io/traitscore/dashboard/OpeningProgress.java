package io.traitscore.dashboard;

import io.traitscore.candidate.CandidateView;
import io.traitscore.opening.OpeningView;
import io.traitscore.profile.ProfileService;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An opening on the dashboard with how far its candidates' scorecards have got.
 *
 * @param candidates by name: at least the first {@link #SHOWN} and everyone with an interview, not every applicant
 * @param total      how many candidates the opening has
 */
public record OpeningProgress(OpeningView opening, List<CandidateView> candidates, long total) {

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

    /** Rows the dashboard's table shows of an opening; the opening's own page lists the rest a page at a time. */
    public static final int SHOWN = 10;

    public List<CandidateView> firstCandidates() {
        return candidates.subList(0, Math.min(SHOWN, candidates.size()));
    }

    public long moreCandidates() {
        return Math.max(0, total - firstCandidates().size());
    }

    /** Candidates still waiting for scorecards, or for their first interview. */
    public long inProgress() {
        return total - readyToCompare().size();
    }
}
