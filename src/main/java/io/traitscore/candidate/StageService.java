package io.traitscore.candidate;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Moves candidates through the pipeline by the rules of {@link CandidateStatus#next()}: who may move is the
 * matrix's "move them along" ({@link Permission#MANAGE_CANDIDATES}); every move is written to the candidate's
 * timeline and the audit trail.
 */
@ApplicationScoped
public class StageService {

    private final OpeningService openings;
    private final CandidateProgress.Query progress;
    private final Access access;
    private final Instance<CurrentUser> currentUser;
    private final AuditLog audit;
    private final Instance<StageGate> gates;

    StageService(OpeningService openings, CandidateProgress.Query progress, Access access,
            Instance<CurrentUser> currentUser, AuditLog audit, Instance<StageGate> gates) {
        this.openings = openings;
        this.progress = progress;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
        this.gates = gates;
    }

    /** A check another feature adds to a move (a decision must be recorded before an offer). */
    public interface StageGate {
        /** Throws a refusal when the candidate may not enter the stage. */
        void check(Candidate candidate, CandidateStatus target);
    }

    @Transactional
    public CandidateView move(long candidateId, StageRequest request) {
        Candidate candidate = CandidateService.require(candidateId);
        openings.requireManageCandidates(candidate.opening);
        CandidateView before = view(candidate);
        StageChange change = apply(candidate, request);
        Candidate.flush();
        CandidateView after = view(candidate);
        audit.recordAbout(candidate.id, AuditAction.UPDATE, "Candidate", candidate.id, "Candidate moved from " + change.fromStatus
                + " to " + change.toStatus + (change.reason == null ? "" : " (" + change.reason + ")"), before, after);
        return after;
    }

    /**
     * Checks and makes the move on a candidate the caller may manage; the caller audits. Also used when a
     * candidate's status comes in through {@code PUT /api/candidates/{id}}, so both ways obey the same rules.
     */
    StageChange apply(Candidate candidate, StageRequest request) {
        CandidateStatus from = candidate.status;
        CandidateStatus to = request.stage();
        if (to == from) {
            throw new Conflict("Candidate " + candidate.id + " is already in stage " + to);
        }
        if (!from.mayMoveTo(to)) {
            throw new Conflict("A candidate cannot move from " + from + " to " + to + "; from " + from + " they may move to "
                    + (from.next().isEmpty() ? "no other stage (it is final)"
                            : from.next().stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        List<FieldError> errors = new ArrayList<>();
        if (to.needsReason()) {
            if (request.reason() == null) {
                errors.add(new FieldError("reason", "must be one of " + StageReason.of(to).stream().map(Enum::name)
                        .collect(Collectors.joining(", ")) + " to move a candidate to " + to));
            } else if (request.reason().stage() != to) {
                errors.add(new FieldError("reason", request.reason() + " is a reason for " + request.reason().stage()
                        + ", not for " + to));
            }
            if (note == null) {
                errors.add(new FieldError("note", "must say in a few words why the candidate is " + to.name().toLowerCase()));
            }
        } else if (request.reason() != null) {
            errors.add(new FieldError("reason", "is only given for REJECTED or WITHDRAWN"));
        }
        boolean override = false;
        if (to == CandidateStatus.DEBRIEF) {
            CandidateProgress counts = progress.ofCandidate(candidate.id);
            boolean allIn = counts.interviews() > 0 && counts.submitted() == counts.interviews();
            if (!allIn) {
                if (!request.overrides()) {
                    throw new Conflict(counts.submitted() + " of " + counts.interviews() + " scorecards are in: the"
                            + " debrief opens when every scheduled scorecard is submitted, or when the hiring manager"
                            + " opens it early (overrideDebrief) saying why");
                }
                access.require(Permission.DECIDE, candidate,
                        "Only the opening's hiring manager may open the debrief before every scorecard is in");
                if (note == null) {
                    errors.add(new FieldError("note", "must say why the debrief opens before every scorecard is in"));
                }
                override = true;
            }
        } else if (request.overrides()) {
            errors.add(new FieldError("overrideDebrief", "only applies to a move to DEBRIEF"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The candidate was not moved", errors);
        }
        gates.forEach(gate -> gate.check(candidate, to));
        Instant now = Instant.now();
        candidate.moveTo(to, now);
        CurrentUser user = currentUser.get();
        StageChange change = new StageChange();
        change.candidateId = candidate.id;
        change.fromStatus = from;
        change.toStatus = to;
        change.reason = request.reason();
        change.note = note;
        change.debriefOverride = override;
        change.actorId = user.id();
        change.actor = user.get().username;
        change.changedAt = now;
        change.persist();
        return change;
    }

    /**
     * Moves an interviewing candidate into debrief once every scheduled scorecard is in, in the transaction
     * that submitted the last one. The candidate's row is locked before counting, so two last scorecards
     * submitted at once cannot both see the other one missing. Only interviewing moves: a candidate already
     * in debrief or beyond, rejected or withdrawn stays where they are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enterDebriefWhenEveryScorecardIsIn(Candidate candidate) {
        // A plain "for update" (Hibernate's lock modes write SQL the H2 mode here does not read), then the fresh row.
        Candidate.getEntityManager().createNativeQuery("select id from candidate where id = ?1 for update")
                .setParameter(1, candidate.id).getResultList();
        Candidate.getEntityManager().refresh(candidate);
        if (candidate.status != CandidateStatus.INTERVIEWING) {
            return;
        }
        CandidateProgress counts = progress.ofCandidate(candidate.id);
        if (counts.interviews() == 0 || counts.submitted() < counts.interviews()) {
            return;
        }
        CandidateView before = view(candidate);
        Instant now = Instant.now();
        candidate.moveTo(CandidateStatus.DEBRIEF, now);
        StageChange change = new StageChange();
        change.candidateId = candidate.id;
        change.fromStatus = CandidateStatus.INTERVIEWING;
        change.toStatus = CandidateStatus.DEBRIEF;
        change.automatic = true;
        change.actor = AuditLog.SYSTEM;
        change.changedAt = now;
        change.persist();
        Candidate.flush();
        audit.recordAbout(candidate.id, AuditAction.UPDATE, "Candidate", candidate.id, "Candidate moved automatically from "
                + CandidateStatus.INTERVIEWING + " to " + CandidateStatus.DEBRIEF + ": all " + counts.interviews()
                + " scheduled scorecards are in", before, view(candidate));
    }

    /** Records a move made by the system (scheduling the first interview), so the timeline has no holes. */
    public static void recordAutomatic(Candidate candidate, CandidateStatus from, String actor, Long actorId) {
        StageChange change = new StageChange();
        change.candidateId = candidate.id;
        change.fromStatus = from;
        change.toStatus = candidate.status;
        change.actorId = actorId;
        change.actor = actor;
        change.changedAt = candidate.statusChangedAt;
        change.persist();
    }

    /** The candidate's moves, oldest first: whoever may see the opening's candidates may read it. */
    @Transactional
    public List<StageChangeView> timeline(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        openings.requireView(candidate.opening);
        return StageChange.<StageChange>list("candidateId = ?1 order by changedAt, id", candidateId).stream()
                .map(StageChangeView::of).toList();
    }

    private CandidateView view(Candidate candidate) {
        return CandidateView.of(candidate, progress.ofCandidate(candidate.id));
    }
}
