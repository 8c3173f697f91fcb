package io.traitscore.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.interview.Interview;
import io.traitscore.interview.ScorecardStatus;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import io.traitscore.text.PlainTextFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One interviewer's independent assessment of one candidate, from one interview. */
@Entity
@EntityListeners(PlainTextFields.class)
@Table(name = "scorecard")
public class Scorecard extends PanacheEntity {

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interview_id")
    public Interview interview;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public ScorecardStatus status = ScorecardStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    public Recommendation recommendation;

    @Column(length = 4000)
    public String summary;

    /** Content hash of the question bank the interviewer scored against. */
    @Column(name = "bank_version", nullable = false, length = 64)
    public String bankVersion;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "scorecard", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<TraitRating> ratings = new ArrayList<>();

    @Version
    public long version;

    public boolean isSubmitted() {
        return status == ScorecardStatus.SUBMITTED;
    }

    public Optional<TraitRating> rating(String traitKey) {
        return ratings.stream().filter(r -> r.trait.key.equals(traitKey)).findFirst();
    }

    public static Optional<Scorecard> findByInterview(long interviewId) {
        return find("interview.id", interviewId).firstResultOptional();
    }

    /** A candidate's scorecards, drafts included, oldest first. */
    public static List<Scorecard> listOfCandidate(long candidateId) {
        return list("interview.candidate.id = ?1 order by id", candidateId);
    }

    /** The submitted scorecards of an opening's candidates. */
    public static List<Scorecard> listSubmittedInOpening(long openingId) {
        return list("interview.candidate.opening.id = ?1 and status = ?2", openingId, ScorecardStatus.SUBMITTED);
    }

    /**
     * Removes what a candidate's scorecards say about them in words (evidence notes and summaries) and
     * keeps the scores, recommendations and who gave them: the erasure rule. Bulk updates, so the
     * persistence context is stale afterwards.
     *
     * @return the ids of the candidate's scorecards
     */
    public static List<Long> eraseTextsOfCandidate(long candidateId) {
        List<Long> ids = find("select s.id from Scorecard s where s.interview.candidate.id = ?1", candidateId)
                .project(Long.class).list();
        if (!ids.isEmpty()) {
            TraitRating.update("evidence = null where scorecard.id in ?1", ids);
            update("summary = null where id in ?1", ids);
        }
        return ids;
    }
}
