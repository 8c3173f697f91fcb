package io.traitscore.candidate;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class CandidateService {

    private final OpeningService openings;
    private final CandidateProgress.Query progress;
    private final AuditLog audit;

    CandidateService(OpeningService openings, CandidateProgress.Query progress, AuditLog audit) {
        this.openings = openings;
        this.progress = progress;
        this.audit = audit;
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
        Opening opening = OpeningService.require(openingId);
        openings.requireManageCandidates(opening);
        Candidate candidate = new Candidate();
        candidate.opening = opening;
        apply(candidate, request);
        candidate.persist();
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
        apply(candidate, request);
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

    private static void apply(Candidate candidate, CandidateRequest request) {
        candidate.name = request.name().strip();
        candidate.email = request.email() == null || request.email().isBlank() ? null : request.email().strip();
        if (request.status() != null) {
            candidate.moveTo(request.status(), Instant.now());
        }
    }

    private CandidateView view(Candidate candidate) {
        return CandidateView.of(candidate, progress.ofCandidate(candidate.id));
    }
}
