package io.traitscore.debrief;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.outcome.Conflict;
import io.traitscore.profile.ProfileService;
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
        return Debrief.of(profiles.profile(candidateId, Permission.DEBRIEF), candidate.status, notes);
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
