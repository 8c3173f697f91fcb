package io.traitscore.decision;

import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.StageService;
import io.traitscore.outcome.Conflict;
import jakarta.enterprise.context.ApplicationScoped;

/** An offer follows a recorded decision to hire: the pipeline and the decision record tell the same story. */
@ApplicationScoped
class OfferNeedsHireDecision implements StageService.StageGate {

    private final DecisionService decisions;

    OfferNeedsHireDecision(DecisionService decisions) {
        this.decisions = decisions;
    }

    @Override
    public void check(Candidate candidate, CandidateStatus target) {
        if (target == CandidateStatus.OFFERED && !decisions.decidedToHire(candidate.id)) {
            throw new Conflict("Record the decision to hire candidate " + candidate.id + " before making an offer");
        }
    }
}
