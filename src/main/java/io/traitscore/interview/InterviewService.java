package io.traitscore.interview;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.StageService;
import io.traitscore.catalog.CatalogService;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitView;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningService;
import io.traitscore.opening.PanelMember;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotAllowed;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Schedules interviews, lists them for their interviewers and managers, and builds interview kits. */
@ApplicationScoped
public class InterviewService {

    private static final OffsetDateTime EARLIEST = OffsetDateTime.parse("2000-01-01T00:00:00Z");
    private static final OffsetDateTime LATEST = OffsetDateTime.parse("2100-01-01T00:00:00Z");

    private final CurrentUser currentUser;
    private final Access access;
    private final OpeningService openings;
    private final InterviewScorecards scorecards;
    private final CatalogService catalog;
    private final AuditLog audit;
    private final StageService stages;

    InterviewService(CurrentUser currentUser, Access access, OpeningService openings, InterviewScorecards scorecards,
            CatalogService catalog, AuditLog audit, StageService stages) {
        this.stages = stages;
        this.currentUser = currentUser;
        this.access = access;
        this.openings = openings;
        this.scorecards = scorecards;
        this.catalog = catalog;
        this.audit = audit;
    }

    @Transactional
    public InterviewView schedule(long candidateId, InterviewRequest request) {
        Candidate candidate = CandidateService.require(candidateId);
        openings.requireManageCandidates(candidate.opening);
        UserAccount interviewer = requireInterviewer(request.interviewerId());
        if (Interview.count("candidate.id = ?1 and interviewer.id = ?2", candidateId, interviewer.id) > 0) {
            throw new Conflict(interviewer.displayName + " already has an interview with this candidate");
        }
        Interview interview = new Interview();
        interview.candidate = candidate;
        interview.interviewer = interviewer;
        apply(interview, request);
        interview.persist();
        if (candidate.status == CandidateStatus.APPLIED) {
            candidate.moveTo(CandidateStatus.INTERVIEWING, Instant.now());
            StageService.recordAutomatic(candidate, CandidateStatus.APPLIED, currentUser.get().username, currentUser.id());
        }
        InterviewView created = InterviewView.of(interview, null);
        audit.recordAbout(candidate.id, AuditAction.CREATE, "Interview", interview.id, "Interview scheduled with " + interviewer.displayName,
                null, created);
        return created;
    }

    /**
     * A candidate's whole panel in one transaction: every row is checked, and a refused row (its messages
     * under {@code interviews.<interviewerId>.<field>}) stores none of them. A double-booked interviewer is a
     * warning ({@link ScheduleWarnings}) unless the request confirms it.
     */
    @Transactional
    public List<InterviewView> schedulePanel(long candidateId, PanelScheduleRequest request) {
        Candidate candidate = CandidateService.require(candidateId);
        openings.requireManageCandidates(candidate.opening);
        List<FieldError> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Set<Long> seen = new LinkedHashSet<>();
        for (InterviewRequest row : request.interviews()) {
            if (row.interviewerId() != null && !seen.add(row.interviewerId())) {
                errors.add(new FieldError(FieldPath.element("interviews", row.interviewerId(), "interviewerId"),
                        "is listed twice: one interview per interviewer"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The panel was not scheduled", errors);
        }
        // Rows of this request overlap each other's interviewers only if listed twice, which is refused above.
        for (InterviewRequest row : request.interviews()) {
            UserAccount interviewer = UserAccount.findById(row.interviewerId());
            if (interviewer != null && row.scheduledAt() != null) {
                warnings.addAll(doubleBookings(interviewer, row.scheduledAt().toInstant(), minutes(row.durationMinutes()), null));
            }
        }
        List<InterviewView> created = new ArrayList<>();
        for (InterviewRequest row : request.interviews()) {
            try {
                created.add(schedule(candidateId, row));
            } catch (Invalid e) {
                e.errors().forEach(error -> errors.add(new FieldError(
                        FieldPath.element("interviews", row.interviewerId(), error.field()), error.message())));
            } catch (Conflict e) {
                errors.add(new FieldError(FieldPath.element("interviews", row.interviewerId(), "interviewerId"), e.getMessage()));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The panel was not scheduled", errors);
        }
        if (!warnings.isEmpty() && !request.confirm()) {
            throw new ScheduleWarnings(warnings);
        }
        return created;
    }

    /** A new time and place, with a reason for the audit trail; double-booking asks for confirmation. */
    @Transactional
    public InterviewView reschedule(long id, RescheduleRequest request) {
        Interview interview = require(id);
        openings.requireManageCandidates(interview.candidate.opening);
        ScorecardStatus status = scorecardStatus(interview);
        if (status == ScorecardStatus.SUBMITTED) {
            throw new Conflict("The scorecard of interview " + id + " is submitted; the interview can no longer change");
        }
        if (request.scheduledAt().isBefore(EARLIEST) || request.scheduledAt().isAfter(LATEST)) {
            throw new Invalid("The interview is not valid", new FieldError("scheduledAt", "must be between the years 2000 and 2100"));
        }
        int minutes = request.durationMinutes() == null ? interview.durationMinutes : request.durationMinutes();
        List<String> warnings = doubleBookings(interview.interviewer, request.scheduledAt().toInstant(), minutes, interview.id);
        if (!warnings.isEmpty() && !request.confirm()) {
            throw new ScheduleWarnings(warnings);
        }
        InterviewView before = InterviewView.of(interview, status);
        interview.scheduledAt = request.scheduledAt().toInstant();
        interview.durationMinutes = minutes;
        interview.location = request.location() == null || request.location().isBlank() ? null : request.location().strip();
        InterviewView after = InterviewView.of(interview, status);
        audit.recordAbout(interview.candidate.id, AuditAction.UPDATE, "Interview", interview.id,
                "Interview rescheduled: " + request.reason().strip(),
                before, after);
        return after;
    }

    /**
     * The interviewer's other interviews that overlap {@code [start, start + minutes)}, as sentences. Interviews
     * last at most 480 minutes, so only those starting in the 8 hours before can reach into the slot.
     */
    @Transactional
    public List<String> doubleBookings(UserAccount interviewer, Instant start, int minutes, Long except) {
        Instant end = start.plusSeconds(60L * minutes);
        List<Interview> near = Interview.list("interviewer.id = ?1 and scheduledAt > ?2 and scheduledAt < ?3 order by scheduledAt",
                interviewer.id, start.minusSeconds(60L * 480), end);
        return near.stream()
                .filter(other -> except == null || !other.id.equals(except))
                .filter(other -> other.scheduledAt.plusSeconds(60L * other.durationMinutes).isAfter(start))
                .map(other -> interviewer.displayName + " already has an interview at "
                        + io.traitscore.web.WebTime.dateTime(other.scheduledAt) + " (" + other.durationMinutes + " min)")
                .toList();
    }

    private static int minutes(Integer requested) {
        return requested == null ? 45 : requested;
    }

    @Transactional
    public InterviewView update(long id, InterviewRequest request) {
        Interview interview = require(id);
        openings.requireManageCandidates(interview.candidate.opening);
        ScorecardStatus status = scorecardStatus(interview);
        if (status == ScorecardStatus.SUBMITTED) {
            throw new Conflict("The scorecard of interview " + id + " is submitted; the interview can no longer change");
        }
        if (!interview.interviewer.id.equals(request.interviewerId())) {
            throw new Invalid("The interviewer cannot change",
                    List.of(new FieldError("interviewerId", "cancel this interview and schedule a new one instead")));
        }
        InterviewView before = InterviewView.of(interview, status);
        apply(interview, request);
        InterviewView after = InterviewView.of(interview, status);
        audit.recordAbout(interview.candidate.id, AuditAction.UPDATE, "Interview", interview.id, "Interview rescheduled or refocused", before, after);
        return after;
    }

    @Transactional
    public void cancel(long id) {
        cancel(id, null);
    }

    /**
     * Cancels the interview: its row stays, marked with when, by whom and why, and from then on every query
     * of interviews leaves it out. Its draft scorecard and any parked form are removed; the audit trail keeps
     * the interview as it was.
     */
    @Transactional
    public void cancel(long id, String reason) {
        Interview interview = require(id);
        openings.requireManageCandidates(interview.candidate.opening);
        ScorecardStatus status = scorecardStatus(interview);
        if (status == ScorecardStatus.SUBMITTED) {
            throw new Conflict("The scorecard of interview " + id + " is submitted; it cannot be cancelled");
        }
        scorecards.discardDraft(id);
        audit.recordAbout(interview.candidate.id, AuditAction.DELETE, "Interview", interview.id,
                "Interview cancelled" + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()),
                InterviewView.of(interview, null), null);
        interview.cancelledAt = Instant.now();
        interview.cancelledById = currentUser.id();
        interview.cancelReason = reason == null || reason.isBlank() ? null : reason.strip();
        interview.cancelledSlot = interview.id;
        // Cancelling the last interview still owing a scorecard leaves every scheduled scorecard in, as the last
        // submit would: the candidate moves into debrief the same way (only when at least one scorecard is in).
        Interview.flush();
        stages.enterDebriefWhenEveryScorecardIsIn(interview.candidate);
    }

    @Transactional
    public InterviewView get(long id) {
        Interview interview = requireReadable(id);
        return InterviewView.of(interview, scorecardStatus(interview));
    }

    /** The caller's own interviews, soonest first. */
    @Transactional
    public List<InterviewView> mine() {
        List<Interview> interviews = Interview.list("interviewer.id = ?1 order by scheduledAt, id", currentUser.id());
        return withStatuses(interviews);
    }

    @Transactional
    public List<InterviewView> forCandidate(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        openings.requireView(candidate.opening);
        return withStatuses(Interview.list("candidate.id = ?1 order by scheduledAt, id", candidateId));
    }

    /** The interviews of some of an opening's candidates (one page of its list) by candidate, in the same queries. */
    @Transactional
    public Map<Long, List<InterviewView>> forCandidates(long openingId, Collection<Long> candidateIds) {
        openings.requireView(OpeningService.require(openingId));
        if (candidateIds.isEmpty()) {
            return Map.of();
        }
        List<Interview> interviews = Interview.list("select distinct i from Interview i join fetch i.candidate c"
                + " join fetch c.opening join fetch i.interviewer left join fetch i.focusTraits"
                + " where c.opening.id = ?1 and c.id in ?2 and c.erasedAt is null order by i.scheduledAt, i.id",
                openingId, candidateIds);
        Map<Long, ScorecardStatus> statuses = scorecards.statusesInOpening(openingId);
        return interviews.stream()
                .map(i -> InterviewView.of(i, statuses.get(i.id)))
                .collect(Collectors.groupingBy(i -> i.candidate().id()));
    }

    @Transactional
    public InterviewKit kit(long id) {
        return kitOf(requireReadable(id));
    }

    /**
     * The kit of an interview whose submitted scorecard the caller may read without seeing the interview
     * otherwise (a fellow interviewer of the candidate, after submitting their own): what the page needs to
     * show that scorecard.
     */
    @Transactional
    public InterviewKit kitOfSubmittedScorecard(long id) {
        Interview interview = require(id);
        access.require(Permission.READ_SCORECARDS, interview, "Interview " + id + " is not yours");
        if (scorecardStatus(interview) != ScorecardStatus.SUBMITTED) {
            throw new NotFound("Submitted scorecard of interview", id);
        }
        return kitOf(interview);
    }

    private InterviewKit kitOf(Interview interview) {
        Set<String> focus = interview.focusTraits.stream().map(t -> t.key).collect(Collectors.toSet());
        List<TraitView> traits = catalog.allTraits().stream().filter(t -> focus.contains(t.key())).toList();
        return new InterviewKit(InterviewView.of(interview, scorecardStatus(interview)), traits);
    }

    /** The interview, if the caller may fill its scorecard (their own) or see its opening; otherwise refused. */
    public Interview requireReadable(long id) {
        Interview interview = require(id);
        if (!access.may(Permission.FILL_SCORECARD, interview) && !access.may(Permission.VIEW_OPENINGS, interview)) {
            throw new NotAllowed("Interview " + id + " is not yours");
        }
        return interview;
    }

    public static Interview require(long id) {
        Interview interview = Interview.findById(id);
        if (interview == null || interview.candidate.erasedAt != null) {
            throw new NotFound("Interview", id);
        }
        return interview;
    }

    private void apply(Interview interview, InterviewRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.scheduledAt().isBefore(EARLIEST) || request.scheduledAt().isAfter(LATEST)) {
            errors.add(new FieldError("scheduledAt", "must be between the years 2000 and 2100"));
        }
        Set<Trait> focus = focusTraits(interview.candidate.opening, interview.interviewer, request.focusTraits(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid("The interview is not valid", errors);
        }
        interview.scheduledAt = request.scheduledAt().toInstant();
        if (request.durationMinutes() != null) {
            interview.durationMinutes = request.durationMinutes();
        }
        interview.location = request.location() == null || request.location().isBlank() ? null : request.location().strip();
        interview.focusTraits.clear();
        interview.focusTraits.addAll(focus);
    }

    private static Set<Trait> focusTraits(Opening opening, UserAccount interviewer, List<String> requested,
            List<FieldError> errors) {
        Set<Trait> focus = new LinkedHashSet<>();
        if (requested == null || requested.isEmpty()) {
            opening.panelMember(interviewer.id).map((PanelMember p) -> p.focusTraits).ifPresent(focus::addAll);
            if (focus.isEmpty()) {
                errors.add(new FieldError("focusTraits",
                        "the interviewer has no focus traits on this opening's panel; list the traits to assess"));
            }
            return focus;
        }
        for (String key : requested) {
            String field = FieldPath.element("focusTraits", key);
            var assessed = opening.trait(key);
            if (assessed.isEmpty()) {
                errors.add(new FieldError(field, "'" + key + "' is not one of the opening's traits"));
            } else if (!focus.add(assessed.get().trait)) {
                errors.add(new FieldError(field, "'" + key + "' is listed twice"));
            }
        }
        return focus;
    }

    private static UserAccount requireInterviewer(long id) {
        UserAccount user = UserAccount.findById(id);
        if (user == null || !user.active || !user.role.canInterview()) {
            throw new Invalid("The interviewer is not valid",
                    List.of(new FieldError("interviewerId", "must be an active interviewer or hiring manager")));
        }
        return user;
    }

    private ScorecardStatus scorecardStatus(Interview interview) {
        return scorecards.statuses(List.of(interview.id)).get(interview.id);
    }

    private List<InterviewView> withStatuses(List<Interview> interviews) {
        Map<Long, ScorecardStatus> statuses = scorecards.statuses(interviews.stream().map(i -> i.id).toList());
        return interviews.stream().map(i -> InterviewView.of(i, statuses.get(i.id))).toList();
    }
}
