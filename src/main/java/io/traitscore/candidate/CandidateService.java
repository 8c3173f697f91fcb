package io.traitscore.candidate;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CandidateService {

    private final OpeningService openings;
    private final AuditLog audit;

    CandidateService(OpeningService openings, AuditLog audit) {
        this.openings = openings;
        this.audit = audit;
    }

    @Transactional
    public List<CandidateView> list(long openingId) {
        Opening opening = OpeningService.require(openingId);
        openings.requireView(opening);
        List<Candidate> candidates = Candidate.list("opening.id = ?1 and erasedAt is null order by name, id", openingId);
        Map<Long, CandidateProgress> progress = progress(openingId);
        return candidates.stream()
                .map(c -> CandidateView.of(c, progress.getOrDefault(c.id, CandidateProgress.NONE)))
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
        audit.record(AuditAction.CREATE, "Candidate", candidate.id, "Candidate added to opening " + opening.id, null, created);
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
        audit.record(AuditAction.UPDATE, "Candidate", candidate.id, "Candidate changed (status " + candidate.status + ")",
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

    private static CandidateView view(Candidate candidate) {
        CandidateProgress progress = Candidate.getEntityManager()
                .createQuery(CandidateProgress.QUERY.formatted("i.candidate.id = :candidate"), CandidateProgress.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .setParameter("candidate", candidate.id)
                .getResultStream().findFirst().orElse(CandidateProgress.NONE);
        return CandidateView.of(candidate, progress);
    }

    private static Map<Long, CandidateProgress> progress(long openingId) {
        return Candidate.getEntityManager()
                .createQuery(CandidateProgress.QUERY.formatted("i.candidate.opening.id = :opening"), CandidateProgress.class)
                .setParameter("submitted", ScorecardStatus.SUBMITTED)
                .setParameter("opening", openingId)
                .getResultStream()
                .collect(Collectors.toMap(CandidateProgress::candidateId, Function.identity()));
    }
}
