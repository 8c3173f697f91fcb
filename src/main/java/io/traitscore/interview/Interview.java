package io.traitscore.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.candidate.Candidate;
import io.traitscore.catalog.Trait;
import io.traitscore.security.AccessTarget;
import io.traitscore.security.UserAccount;
import jakarta.persistence.Column;
import io.traitscore.text.PlainTextFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.SQLRestriction;

/**
 * One interviewer meeting one candidate, assessing a set of focus traits. A cancelled interview keeps its
 * row (when, by whom, why) but is left out of every query of this entity, so no list, count, kit or check
 * sees it; {@link CancelledInterviews} reads those rows for the candidate's record.
 */
@Entity
@SQLRestriction("cancelled_at is null")
@EntityListeners(PlainTextFields.class)
@Table(name = "interview")
public class Interview extends PanacheEntity implements AccessTarget.Part {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "candidate_id")
    public Candidate candidate;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interviewer_id")
    public UserAccount interviewer;

    @Column(name = "scheduled_at", nullable = false)
    public Instant scheduledAt;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes = 45;

    /** A room or a video link; null when not said. */
    @Column(length = 500)
    public String location;

    @ManyToMany
    @JoinTable(name = "interview_focus_trait",
            joinColumns = @JoinColumn(name = "interview_id"),
            inverseJoinColumns = @JoinColumn(name = "trait_key"))
    @OrderBy("articleNumber")
    public Set<Trait> focusTraits = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    /** When it was cancelled; null while it is live. */
    @Column(name = "cancelled_at")
    public Instant cancelledAt;

    @Column(name = "cancelled_by_id")
    public Long cancelledById;

    @Column(name = "cancel_reason", length = 300)
    public String cancelReason;

    /** 0 while live, the interview's id once cancelled: the unique pair (candidate, interviewer) binds live interviews only. */
    @Column(name = "cancelled_slot", nullable = false)
    public long cancelledSlot;

    @Version
    public long version;

    /** Focus traits in article order, also for a set changed in this session (where @OrderBy does not apply). */
    public List<Trait> focusTraitsInOrder() {
        return focusTraits.stream().sorted(Comparator.comparingInt(t -> t.articleNumber)).toList();
    }

    public boolean focusesOn(String traitKey) {
        return focusTraits.stream().anyMatch(t -> t.key.equals(traitKey));
    }

    public boolean isConductedBy(UserAccount user) {
        return interviewer.id.equals(user.id);
    }

    @Override
    public AccessTarget whole() {
        return candidate;
    }

    @Override
    public boolean isInterviewOf(long userId) {
        return interviewer.id == userId;
    }

    /** Its scorecard shows what the interviewer thought of this candidate. */
    @Override
    public Long candidateId() {
        return candidate.id;
    }
}
