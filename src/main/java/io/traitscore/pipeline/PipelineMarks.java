package io.traitscore.pipeline;

import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateProgress;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.decision.Decision;
import io.traitscore.decision.DecisionService;
import io.traitscore.decision.DecisionView;
import io.traitscore.security.Access;
import io.traitscore.security.Permission;
import io.traitscore.security.Permission.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What pages built elsewhere (profile, comparison, dashboard) show about the pipeline, asked from their
 * templates ({@code inject:pipelineMarks}) so those pages need no change of their own: whether a candidate is
 * still provisional (scorecards to come), their current decision, and who waits for a decision.
 */
@Named("pipelineMarks")
@RequestScoped
public class PipelineMarks {

    private final DecisionService decisions;
    private final CandidateProgress.Query progress;
    private final Access access;
    private final Map<Long, OpeningMarks> openings = new HashMap<>();

    PipelineMarks(DecisionService decisions, CandidateProgress.Query progress, Access access) {
        this.decisions = decisions;
        this.progress = progress;
        this.access = access;
    }

    /** The marks of one opening's candidates, read once per request. */
    public OpeningMarks of(long openingId) {
        return openings.computeIfAbsent(openingId, id -> new OpeningMarks(progress.ofOpenings(List.of(id)),
                decisions.currentOfOpening(id)));
    }

    /** The current decision on one candidate (null: none); the caller's page already checked access. */
    public DecisionView decision(long candidateId) {
        return decisions.currentOf(candidateId);
    }

    public record OpeningMarks(Map<Long, CandidateProgress> progress, Map<Long, DecisionView> decisions) {

        /** Scorecards are still to come: the figures may change. */
        public boolean provisional(long candidateId) {
            CandidateProgress p = progress.get(candidateId);
            return p == null || p.submitted() < p.interviews();
        }

        public DecisionView decision(long candidateId) {
            return decisions.get(candidateId);
        }
    }

    /** A candidate in debrief without a decision to hire or not (held ones wait too), and since when. */
    public record Waiting(long candidateId, String name, long openingId, String openingTitle, Instant since,
            boolean held) {

        public long days() {
            return Duration.between(since, Instant.now()).toDays();
        }
    }

    /** Candidates in debrief the reader may move along, longest waiting first. */
    @Transactional
    public List<Waiting> awaitingDecision() {
        Set<Scope> scopes = access.scopes(Permission.MANAGE_CANDIDATES);
        if (scopes.isEmpty()) {
            return List.of();
        }
        List<Candidate> inDebrief = Candidate.list("status = ?1 and erasedAt is null order by statusChangedAt, id",
                CandidateStatus.DEBRIEF);
        return inDebrief.stream().filter(c -> access.may(Permission.MANAGE_CANDIDATES, c))
                .map(c -> Map.entry(c, java.util.Optional.ofNullable(decisions.currentOf(c.id))))
                .filter(e -> e.getValue().map(d -> d.decision() == Decision.HOLD).orElse(true))
                .map(e -> new Waiting(e.getKey().id, e.getKey().name, e.getKey().opening.id, e.getKey().opening.title,
                        e.getKey().statusChangedAt, e.getValue().isPresent()))
                .toList();
    }
}
