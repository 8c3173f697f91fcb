package io.traitscore.mail;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditRecorded;
import io.traitscore.candidate.Candidate;
import io.traitscore.interview.Interview;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.scorecard.Scorecard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * On a submitted scorecard, in its transaction: reminders and nudges about it still waiting are withdrawn,
 * and when it was the candidate's last scheduled scorecard, the hiring manager hears that the candidate
 * is ready for the debrief (names and a link only: what the scorecards say is for the debrief page).
 */
@ApplicationScoped
class ScorecardMessages {

    private final Outbox outbox;
    private final MailConfig config;

    ScorecardMessages(Outbox outbox, MailConfig config) {
        this.outbox = outbox;
        this.config = config;
    }

    void onAudited(@Observes AuditRecorded entry) {
        if (entry.action() != AuditAction.SUBMIT || !"Scorecard".equals(entry.entityType()) || entry.entityId() == null) {
            return;
        }
        Scorecard scorecard = Scorecard.findById(Long.valueOf(entry.entityId()));
        if (scorecard == null) {
            return;
        }
        Interview interview = scorecard.interview;
        outbox.withdraw(interview.id, List.of(MessageKind.SCORECARD_REMINDER, MessageKind.SCORECARD_NUDGE));
        Candidate candidate = interview.candidate;
        long scheduled = Interview.count("candidate.id", candidate.id);
        long submitted = Scorecard.count("interview.candidate.id = ?1 and status = ?2", candidate.id, ScorecardStatus.SUBMITTED);
        if (scheduled == 0 || submitted < scheduled || candidate.opening.hiringManager == null) {
            return;
        }
        String debrief = config.baseUrl() + "/candidates/" + candidate.id + "/debrief";
        Letter letter = new Letter(candidate.opening.hiringManager.displayName,
                List.of("Every interviewer has submitted their scorecard for " + candidate.name + " ("
                        + candidate.opening.title + "): " + submitted + " of " + scheduled + ".",
                        "The candidate is ready for the debrief."),
                List.of(new Letter.Link("Open the debrief", debrief)), null);
        outbox.put(MessageKind.SCORECARDS_ALL_IN, candidate.opening.hiringManager,
                "Ready for debrief: " + candidate.name, letter, null, "all-in:" + candidate.id + ":" + scheduled, null);
    }
}
