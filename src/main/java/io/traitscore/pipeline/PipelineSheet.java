package io.traitscore.pipeline;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.CandidateView;
import io.traitscore.candidate.StageChangeView;
import io.traitscore.candidate.StageReason;
import io.traitscore.decision.DecisionView;
import io.traitscore.interview.CancelledInterviews;
import java.util.List;

/**
 * What the pipeline page shows: the candidate and their timeline (with their cancelled interviews), the moves the reader may make, and
 * which of the candidate's other pages they may open.
 */
public record PipelineSheet(CandidateView candidate, List<StageChangeView> timeline, List<CandidateStatus> next,
        boolean canMove, boolean canOverrideDebrief, boolean canReadProfile, boolean canDebrief, boolean scorecardsAllIn,
        List<DecisionView> decisions, boolean canDecide, List<CancelledInterviews.CancelledInterview> cancelledInterviews) {

    /** The debrief page exists from the debrief stage on. */
    public boolean debriefOpen() {
        return candidate.status() != CandidateStatus.APPLIED && candidate.status() != CandidateStatus.INTERVIEWING;
    }

    public List<StageReason> reasons(CandidateStatus stage) {
        return StageReason.of(stage);
    }

    public boolean offersDebriefOverride() {
        return canOverrideDebrief && !scorecardsAllIn && next.contains(CandidateStatus.DEBRIEF);
    }

    public List<StageReason> leavingReasons() {
        return next.stream().flatMap(s -> StageReason.of(s).stream()).toList();
    }
}
