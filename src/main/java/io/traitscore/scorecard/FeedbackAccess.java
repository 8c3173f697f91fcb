package io.traitscore.scorecard;

import io.traitscore.candidate.Candidate;
import io.traitscore.interview.Interview;
import io.traitscore.opening.OpeningAccess;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.UserAccount;
import io.traitscore.web.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * The independence rule: whoever interviews a candidate sees nobody else's ratings or notes on that
 * candidate until their own scorecard is submitted, whatever their role, so that first impressions
 * are their own. Every reader's first look at others' feedback is recorded for the anchoring audit.
 */
@RequestScoped
public class FeedbackAccess {

    private final CurrentUser currentUser;
    private final OpeningAccess openingAccess;

    FeedbackAccess(CurrentUser currentUser, OpeningAccess openingAccess) {
        this.currentUser = currentUser;
        this.openingAccess = openingAccess;
    }

    /** Throws 403 unless the caller may read others' feedback on the candidate; records the first look. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requireMayReadOthersFeedback(Candidate candidate) {
        UserAccount me = currentUser.get();
        Optional<Interview> ownInterview = Interview.find("candidate.id = ?1 and interviewer.id = ?2", candidate.id, me.id)
                .firstResultOptional();
        if (ownInterview.isPresent()) {
            if (!hasSubmitted(ownInterview.get())) {
                throw ProblemException.forbidden("Submit your own scorecard for this candidate first: until then, "
                        + "other interviewers' ratings and notes stay hidden so that your judgement is your own");
            }
        } else if (!openingAccess.canView(candidate.opening)) {
            throw ProblemException.forbidden("You may not read feedback on candidate " + candidate.id);
        }
        recordFirstView(me, candidate);
    }

    /** Whether the caller interviews this candidate and has not submitted yet (pages hide others' feedback then). */
    public boolean isWaitingForOwnScorecard(Candidate candidate) {
        return Interview.<Interview>find("candidate.id = ?1 and interviewer.id = ?2", candidate.id, currentUser.id())
                .firstResultOptional().map(interview -> !hasSubmitted(interview)).orElse(false);
    }

    private static boolean hasSubmitted(Interview interview) {
        return Scorecard.count("interview.id = ?1 and status = ?2", interview.id, ScorecardStatus.SUBMITTED) > 0;
    }

    private static void recordFirstView(UserAccount reader, Candidate candidate) {
        if (FeedbackView.count("userId = ?1 and candidateId = ?2", reader.id, candidate.id) == 0) {
            FeedbackView view = new FeedbackView();
            view.userId = reader.id;
            view.candidateId = candidate.id;
            view.firstViewedAt = Instant.now();
            view.persist();
        }
    }
}
