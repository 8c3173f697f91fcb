package io.traitscore.privacy;

import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Finds candidates past the retention period and erases them, one transaction each. */
@ApplicationScoped
public class RetentionService {

    private static final Logger LOG = Logger.getLogger(RetentionService.class);

    private final RetentionConfig config;
    private final ErasureService erasure;

    RetentionService(RetentionConfig config, ErasureService erasure) {
        this.config = config;
        this.erasure = erasure;
    }

    public record DueCandidate(long id, String name, long openingId, String openingTitle, CandidateStatus status,
            Instant decidedAt) {
    }

    public record RetentionReport(int daysAfterDecision, Instant cutoff, boolean applied, List<DueCandidate> candidates) {
    }

    /** The dry run: who would be erased now, and why. */
    @Transactional
    public RetentionReport dryRun() {
        Instant cutoff = cutoff();
        return new RetentionReport(config.daysAfterDecision(), cutoff, false, due(cutoff));
    }

    /** Erases every candidate past the retention period; a failure on one does not stop the others. */
    public RetentionReport apply() {
        RetentionReport due = dryRun();
        List<DueCandidate> erased = new ArrayList<>();
        for (DueCandidate candidate : due.candidates()) {
            try {
                erasure.erase(candidate.id(), "retention period of " + config.daysAfterDecision() + " days after the decision");
                erased.add(candidate);
            } catch (RuntimeException e) {
                LOG.warnf("Retention could not erase candidate %d: %s", candidate.id(), e.getMessage());
            }
        }
        return new RetentionReport(config.daysAfterDecision(), due.cutoff(), true, erased);
    }

    private Instant cutoff() {
        return Instant.now().minus(Duration.ofDays(config.daysAfterDecision()));
    }

    private static List<DueCandidate> due(Instant cutoff) {
        return Candidate.<Candidate>list("select c from Candidate c join fetch c.opening where c.erasedAt is null"
                        + " and c.decidedAt is not null and c.decidedAt < ?1 order by c.decidedAt, c.id", cutoff).stream()
                .map(c -> new DueCandidate(c.id, c.name, c.opening.id, c.opening.title, c.status, c.decidedAt))
                .toList();
    }
}
