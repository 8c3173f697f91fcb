package io.traitscore.interview;

import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.opening.OpeningService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;

/**
 * A candidate's cancelled interviews, for their record. The {@link Interview} entity leaves cancelled rows
 * out of every query, so they are read here, by SQL, and only here.
 */
@ApplicationScoped
public class CancelledInterviews {

    /** A cancelled interview as the candidate's record shows it; {@code cancelledBy} is null when the account is gone. */
    public record CancelledInterview(long id, String interviewer, Instant scheduledAt, int durationMinutes,
            Instant cancelledAt, String cancelledBy, String reason) {
    }

    private final EntityManager em;
    private final OpeningService openings;

    CancelledInterviews(EntityManager em, OpeningService openings) {
        this.em = em;
        this.openings = openings;
    }

    /** The candidate's cancelled interviews, most recently cancelled first; for those who may view the opening. */
    @Transactional
    public List<CancelledInterview> ofCandidate(long candidateId) {
        Candidate candidate = CandidateService.require(candidateId);
        openings.requireView(candidate.opening);
        return listFor(candidateId);
    }

    /** The same, for a caller that checked access itself (the personal-data export). */
    @Transactional
    public List<CancelledInterview> listFor(long candidateId) {
        List<?> rows = em.createNativeQuery("select i.id, u.display_name, i.scheduled_at, i.duration_minutes, i.cancelled_at,"
                        + " b.display_name, i.cancel_reason from interview i join user_account u on u.id = i.interviewer_id"
                        + " left join user_account b on b.id = i.cancelled_by_id"
                        + " where i.candidate_id = ?1 and i.cancelled_at is not null order by i.cancelled_at desc, i.id desc")
                .setParameter(1, candidateId).getResultList();
        return rows.stream().map(row -> (Object[]) row).map(r -> new CancelledInterview(((Number) r[0]).longValue(),
                (String) r[1], instant(r[2]), ((Number) r[3]).intValue(), instant(r[4]), (String) r[5], (String) r[6])).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        if (value instanceof Date date) {
            return date.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
