package io.traitscore.candidate;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CandidateService {

    private final OpeningService openings;
    private final CandidateProgress.Query progress;
    private final AuditLog audit;
    private final StageService stages;
    private final CurrentUser currentUser;

    CandidateService(OpeningService openings, CandidateProgress.Query progress, AuditLog audit, StageService stages,
            CurrentUser currentUser) {
        this.openings = openings;
        this.progress = progress;
        this.audit = audit;
        this.stages = stages;
        this.currentUser = currentUser;
    }

    @Transactional
    public List<CandidateView> list(long openingId) {
        Opening opening = OpeningService.require(openingId);
        openings.requireView(opening);
        List<Candidate> candidates = Candidate.list("opening.id = ?1 and erasedAt is null order by name, id", openingId);
        Map<Long, CandidateProgress> counts = progress.ofOpenings(List.of(openingId));
        return candidates.stream()
                .map(c -> CandidateView.of(c, counts.getOrDefault(c.id, CandidateProgress.NONE)))
                .toList();
    }

    @Transactional
    public CandidateView get(long id) {
        Candidate candidate = require(id);
        openings.requireView(candidate.opening);
        return view(candidate);
    }

    @Transactional
    public CandidateView create(long openingId, CandidateRequest request) {
        return create(openingId, request, true);
    }

    /**
     * Adds a candidate. Unless {@code duplicateConfirmed}, an email that another candidate of the opening
     * already has is a {@link DuplicateCandidate} naming them (the same person applying twice, most often),
     * and nothing is stored.
     */
    @Transactional
    public CandidateView create(long openingId, CandidateRequest request, boolean duplicateConfirmed) {
        Opening opening = OpeningService.require(openingId);
        openings.requireManageCandidates(opening);
        if (request.status() != null && request.status() != CandidateStatus.APPLIED) {
            throw new Invalid("The candidate was not added", new FieldError("status",
                    "a new candidate starts as APPLIED; move them on with POST /api/candidates/{id}/stage"));
        }
        if (!duplicateConfirmed && request.email() != null && !request.email().isBlank()) {
            List<String> same = Candidate.<Candidate>list("opening.id = ?1 and lower(email) = ?2 and erasedAt is null",
                    openingId, request.email().strip().toLowerCase(java.util.Locale.ROOT)).stream().map(c -> c.name).toList();
            if (!same.isEmpty()) {
                throw new DuplicateCandidate(request.email().strip(), same);
            }
        }
        Candidate candidate = new Candidate();
        candidate.opening = opening;
        applyDetails(candidate, request);
        candidate.persist();
        StageService.recordAutomatic(candidate, null, currentUser.get().username, currentUser.id());
        CandidateView created = CandidateView.of(candidate, CandidateProgress.NONE);
        audit.recordAbout(candidate.id, AuditAction.CREATE, "Candidate", candidate.id,
                "Candidate added to opening " + opening.id, null, created);
        return created;
    }

    @Transactional
    public CandidateView update(long id, CandidateRequest request) {
        Candidate candidate = require(id);
        openings.requireManageCandidates(candidate.opening);
        CandidateView before = view(candidate);
        applyDetails(candidate, request);
        if (request.status() != null && request.status() != candidate.status) {
            // The same rules as the stage endpoint: a move that needs a reason is refused here and made there.
            stages.apply(candidate, new StageRequest(request.status(), null, null, null));
        }
        Candidate.flush();
        CandidateView after = view(candidate);
        audit.recordAbout(candidate.id, AuditAction.UPDATE, "Candidate", candidate.id,
                "Candidate changed (status " + candidate.status + ")",
                before, after);
        return after;
    }

    public static Candidate require(long id) {
        Candidate candidate = Candidate.findById(id);
        if (candidate == null || candidate.erasedAt != null) {
            throw new NotFound("Candidate", id);
        }
        return candidate;
    }

    private static void applyDetails(Candidate candidate, CandidateRequest request) {
        candidate.name = request.name().strip();
        candidate.email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
    }

    private CandidateView view(Candidate candidate) {
        return CandidateView.of(candidate, progress.ofCandidate(candidate.id));
    }
}
