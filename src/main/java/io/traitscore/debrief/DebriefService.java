package io.traitscore.debrief;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.opening.Opening;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.profile.CandidateProfile;
import io.traitscore.profile.CandidateProfile.RedFlagSeen;
import io.traitscore.profile.ProfileService;
import io.traitscore.profile.ResolvedRedFlag;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The debrief of a candidate: readable from the debrief stage on by whoever holds {@link Permission#DEBRIEF} on
 * them (the panel after submitting, the opening's manager, recruiters), notes only while in debrief. The
 * independence rule is the access checker's, as for the profile.
 */
@ApplicationScoped
public class DebriefService {

    static final Set<CandidateStatus> BEFORE_DEBRIEF = EnumSet.of(CandidateStatus.APPLIED, CandidateStatus.INTERVIEWING);
    static final Set<CandidateStatus> RESOLVABLE = EnumSet.of(CandidateStatus.DEBRIEF, CandidateStatus.OFFERED);

    private final ProfileService profiles;
    private final Access access;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    DebriefService(ProfileService profiles, Access access, CurrentUser currentUser, AuditLog audit) {
        this.profiles = profiles;
        this.access = access;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public Debrief debrief(long candidateId) {
        Candidate candidate = requireInDebrief(candidateId);
        List<Debrief.Note> notes = DebriefNote.<DebriefNote>list("candidateId = ?1 order by createdAt, id", candidateId)
                .stream().map(n -> new Debrief.Note(n.id, n.author, n.text, n.createdAt)).toList();
        boolean mayResolve = candidate.erasedAt == null && RESOLVABLE.contains(candidate.status)
                && access.may(Permission.DECIDE, candidate);
        return Debrief.of(profiles.profile(candidateId, Permission.DEBRIEF), candidate.status, notes, mayResolve);
    }

    @Transactional
    public Debrief.Note addNote(long candidateId, NoteRequest request) {
        Candidate candidate = requireInDebrief(candidateId);
        if (candidate.status != CandidateStatus.DEBRIEF) {
            throw new Conflict("Candidate " + candidateId + " has left the debrief (now " + candidate.status
                    + "); notes are added while the candidate is in debrief");
        }
        DebriefNote note = new DebriefNote();
        note.candidateId = candidateId;
        note.authorId = currentUser.id();
        note.author = currentUser.get().displayName;
        note.text = request.text().strip();
        note.createdAt = Instant.now();
        note.persist();
        Debrief.Note view = new Debrief.Note(note.id, note.author, note.text, note.createdAt);
        audit.recordAbout(candidateId, AuditAction.CREATE, "DebriefNote", note.id, "Debrief note on candidate " + candidateId, null, view);
        return view;
    }

    /**
     * The opening's hiring manager marks a red flag resolved, with a short note. Afterwards it no longer counts
     * as an unresolved red flag when a decision is recorded. Allowed while the candidate is in debrief or offered
     * (a decision may still be replaced then); a flag is resolved once.
     */
    @Transactional
    public RedFlagResolved resolveRedFlag(long candidateId, ResolveRedFlagRequest request) {
        Candidate candidate = CandidateService.require(candidateId);
        access.require(Permission.DECIDE, candidate, "Only the opening's hiring manager resolves red flags on candidate "
                + candidateId);
        if (candidate.erasedAt != null) {
            throw new Conflict("Candidate " + candidateId + " was erased: their red flags can no longer be resolved");
        }
        if (!RESOLVABLE.contains(candidate.status)) {
            throw new Conflict("Candidate " + candidateId + " is " + candidate.status.name().toLowerCase()
                    + ": red flags are resolved in debrief (or while an offer is out)");
        }
        String code = request.code().strip();
        RedFlagSeen flag = profiles.profile(candidateId, Permission.DECIDE).flags().redFlags().stream()
                .filter(f -> f.code().equals(code)).findFirst()
                .orElseThrow(() -> new Invalid("The red flag was not resolved", new FieldError("code",
                        "no interviewer noticed the red flag '" + code + "' on this candidate")));
        if (flag.resolved()) {
            throw new Conflict("The red flag '" + code + "' on candidate " + candidateId + " was already resolved by "
                    + flag.resolution().resolvedBy() + " at " + flag.resolution().resolvedAt());
        }
        ResolvedRedFlag resolved = new ResolvedRedFlag();
        resolved.candidateId = candidateId;
        resolved.traitKey = flag.traitKey();
        resolved.flagCode = code;
        resolved.note = request.note().strip();
        resolved.resolvedById = currentUser.id();
        resolved.resolvedBy = currentUser.get().username;
        resolved.resolvedAt = Instant.now();
        resolved.persist();
        // Cached profile figures carry the flags' resolutions: the stamp drops them on every instance.
        Opening.ratingsChanged(candidate.opening.id);
        RedFlagResolved view = new RedFlagResolved(flag.traitKey(), flag.traitName(), code, flag.text(), resolved.view());
        audit.recordAbout(candidateId, AuditAction.CREATE, "ResolvedRedFlag", resolved.id, "Red flag " + code
                + " on candidate " + candidateId + " marked resolved", null, view);
        return view;
    }

    /** A red flag just marked resolved, as the API answers it. */
    public record RedFlagResolved(String traitKey, String traitName, String code, String text,
            CandidateProfile.Resolution resolution) {
    }

    private Candidate requireInDebrief(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        access.require(Permission.DEBRIEF, candidate, "You may not take part in the debrief of candidate " + candidateId);
        if (BEFORE_DEBRIEF.contains(candidate.status)) {
            throw new Conflict("Candidate " + candidateId + " is " + candidate.status.name().toLowerCase()
                    + ": the debrief opens when every scorecard is in (or the hiring manager opens it early)");
        }
        return candidate;
    }
}
