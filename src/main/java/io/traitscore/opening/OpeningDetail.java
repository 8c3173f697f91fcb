package io.traitscore.opening;

import io.traitscore.candidate.CandidateSort;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.CandidateView;
import io.traitscore.interview.InterviewView;
import io.traitscore.paging.PageLinks;
import io.traitscore.security.UserView;
import io.traitscore.web.FormErrors;
import java.util.List;

/**
 * What an opening's page shows, and what the viewer may do there. {@code candidates} is one page of the
 * candidates that match {@code filters}; {@code pages} links to the others.
 */
public record OpeningDetail(OpeningView opening, List<CandidateRow> candidates, CandidateFilters filters,
        FormErrors filterErrors, PageLinks pages, boolean canManage, boolean canManageCandidates, List<UserView> interviewers) {

    public List<CandidateStatus> stages() {
        return List.of(CandidateStatus.values());
    }

    public List<CandidateSort> sorts() {
        return List.of(CandidateSort.values());
    }

    /**
     * A candidate with their interviews. {@code showScorecards} is false while the viewer still owes
     * this candidate a scorecard of their own, so they are not swayed by colleagues' ratings.
     */
    public record CandidateRow(CandidateView candidate, List<InterviewView> interviews, boolean showScorecards) {
    }

    public String traitName(String key) {
        return opening.traits().stream().filter(t -> t.traitKey().equals(key)).map(OpeningView.TraitWeightView::traitName)
                .findFirst().orElse(key);
    }

    /** The panel members who focus on a trait, by name. */
    public List<String> coveredBy(String key) {
        return opening.panel().stream().filter(p -> p.focusTraits().contains(key))
                .map(OpeningView.PanelSeatView::interviewerName).toList();
    }

    /** The coverage warning about a trait, or an empty text. */
    public String warning(String key) {
        return opening.coverageWarnings().stream().filter(w -> w.traitKey().equals(key))
                .map(OpeningView.CoverageWarning::message).findFirst().orElse("");
    }
}
