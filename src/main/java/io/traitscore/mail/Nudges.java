package io.traitscore.mail;

import io.traitscore.interview.Interview;
import io.traitscore.interview.InterviewService;
import io.traitscore.interview.ScorecardDue;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.outcome.Conflict;
import io.traitscore.scorecard.Scorecard;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A hiring manager or recruiter asks an interviewer, by e-mail, for an overdue scorecard. At most one nudge
 * per scorecard in {@code traitscore.mail.nudge-interval}: the interview's row is locked while the last
 * nudge is checked, so two people pressing the button at once send one.
 */
@ApplicationScoped
public class Nudges {

    private final Access access;
    private final CurrentUser currentUser;
    private final Outbox outbox;
    private final MailConfig config;
    private final ScorecardDue scorecardDue;

    Nudges(Access access, CurrentUser currentUser, Outbox outbox, MailConfig config, ScorecardDue scorecardDue) {
        this.scorecardDue = scorecardDue;
        this.access = access;
        this.currentUser = currentUser;
        this.outbox = outbox;
        this.config = config;
    }

    /** @return the candidate's opening id, for the page to go back to */
    @Transactional
    public long nudge(long interviewId, Instant now) {
        Interview interview = InterviewService.require(interviewId);
        access.require(Permission.NUDGE_SCORECARD, interview, "You may not nudge about interview " + interviewId);
        if (Scorecard.count("interview.id = ?1 and status = ?2", interviewId, ScorecardStatus.SUBMITTED) > 0) {
            throw new Conflict("The scorecard of interview " + interviewId + " is already submitted");
        }
        // The same rule as the pages' "Overdue" badge, which is where the button is.
        if (scorecardDue.overdueAt(interview.scheduledAt, interview.durationMinutes).isAfter(now)) {
            throw new Conflict("The scorecard of interview " + interviewId + " is not overdue yet (due "
                    + scorecardDue.graceText() + " after the interview ends)");
        }
        Interview.getEntityManager().createNativeQuery("select id from interview where id = ?1 for update")
                .setParameter(1, interviewId).getResultList();
        OutboxMessage.<OutboxMessage>find("interviewId = ?1 and kind = ?2 order by createdAt desc", interviewId,
                MessageKind.SCORECARD_NUDGE).firstResultOptional().ifPresent(last -> {
            Instant again = last.createdAt.plus(config.nudgeInterval());
            if (now.isBefore(again)) {
                throw new NudgeTooSoon(Duration.between(now, again));
            }
        });
        String scorecard = config.baseUrl() + "/interviews/" + interview.id + "/scorecard";
        Letter letter = new Letter(interview.interviewer.displayName,
                List.of(currentUser.get().displayName + " is waiting for your scorecard for the interview with "
                                + interview.candidate.name + " (" + interview.candidate.opening.title + ", "
                                + RecipientTime.dateTime(interview.interviewer, interview.scheduledAt) + ").",
                        "Please submit it as soon as you can."),
                List.of(new Letter.Link("Your scorecard", scorecard)), null);
        boolean put = outbox.put(MessageKind.SCORECARD_NUDGE, interview.interviewer,
                "Waiting for your scorecard: " + interview.candidate.name, letter, interview.id, null, null);
        if (!put) {
            throw new Conflict(interview.interviewer.displayName + " has no e-mail address to nudge");
        }
        return interview.candidate.opening.id;
    }
}
