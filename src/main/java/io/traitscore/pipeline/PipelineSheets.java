package io.traitscore.pipeline;

import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.CandidateView;
import io.traitscore.candidate.StageService;
import io.traitscore.decision.DecisionService;
import io.traitscore.interview.CancelledInterviews;
import io.traitscore.security.Access;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Builds the pipeline page's sheet with the reader's rights on this candidate. */
@RequestScoped
public class PipelineSheets {

    private final CandidateService candidates;
    private final StageService stages;
    private final Access access;
    private final DecisionService decisions;
    private final CancelledInterviews cancelledInterviews;

    PipelineSheets(CandidateService candidates, StageService stages, Access access, DecisionService decisions,
            CancelledInterviews cancelledInterviews) {
        this.cancelledInterviews = cancelledInterviews;
        this.candidates = candidates;
        this.stages = stages;
        this.access = access;
        this.decisions = decisions;
    }

    @Transactional
    public PipelineSheet of(long id) {
        CandidateView view = candidates.get(id);
        Candidate candidate = CandidateService.require(id);
        boolean canMove = access.may(Permission.MANAGE_CANDIDATES, candidate);
        List<CandidateStatus> next = canMove ? List.copyOf(view.status().next()) : List.of();
        boolean allIn = view.interviews() > 0 && view.scorecardsSubmitted() == view.interviews();
        boolean canReadProfile = access.may(Permission.READ_PROFILE, candidate);
        boolean canDecide = access.may(Permission.DECIDE, candidate);
        return new PipelineSheet(view, stages.timeline(id), next, canMove, canDecide, canReadProfile,
                access.may(Permission.DEBRIEF, candidate), allIn,
                canReadProfile ? decisions.ofCandidate(id) : List.of(),
                canDecide && (view.status() == CandidateStatus.DEBRIEF || view.status() == CandidateStatus.OFFERED),
                cancelledInterviews.ofCandidate(id));
    }
}
