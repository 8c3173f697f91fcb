package io.traitscore.opening;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.security.AccessTarget;
import io.traitscore.security.UserAccount;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import io.traitscore.text.PlainTextFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A job opening: which traits it assesses, how much each weighs, and who interviews for it. */
@Entity
@EntityListeners(PlainTextFields.class)
@Table(name = "opening")
public class Opening extends PanacheEntity implements AccessTarget {

    @Column(nullable = false, length = 150)
    public String title;

    @Column(nullable = false, length = 100)
    public String team;

    @Column(length = 2000)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public OpeningStatus status = OpeningStatus.OPEN;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hiring_manager_id")
    public UserAccount hiringManager;

    @OneToMany(mappedBy = "opening", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<OpeningTrait> traits = new ArrayList<>();

    @OneToMany(mappedBy = "opening", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<PanelMember> panel = new ArrayList<>();

    /** Hiring managers other than the owner who may see this opening and its results. */
    @ManyToMany
    @JoinTable(name = "opening_access",
            joinColumns = @JoinColumn(name = "opening_id"),
            inverseJoinColumns = @JoinColumn(name = "user_id"))
    public Set<UserAccount> sharedWith = new LinkedHashSet<>();

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Version
    public long version;

    /**
     * Goes up on every submitted scorecard and every change of the opening's traits or weights: the
     * rater model's fit is cached per opening under this stamp (profile/RaterModelCache).
     */
    // Read-only to the entity: only the one-statement increment below moves it, so an Opening loaded before
    // a submit and flushed after it can never write an older stamp back.
    @Column(name = "ratings_stamp", nullable = false, insertable = false, updatable = false)
    public long ratingsStamp;

    /** Marks the opening's submitted ratings as changed, in the caller's transaction (one statement). */
    public static void ratingsChanged(long openingId) {
        update("ratingsStamp = ratingsStamp + 1 where id = ?1", openingId);
    }

    public Optional<OpeningTrait> trait(String traitKey) {
        return traits.stream().filter(t -> t.trait.key.equals(traitKey)).findFirst();
    }

    public boolean assesses(String traitKey) {
        return trait(traitKey).isPresent();
    }

    public Optional<PanelMember> panelMember(long interviewerId) {
        return panel.stream().filter(p -> p.interviewer.id == interviewerId).findFirst();
    }

    @Override
    public boolean isInOpeningOwnedBy(long userId) {
        return hiringManager.id == userId;
    }

    @Override
    public boolean isInOpeningSharedWith(long userId) {
        return sharedWith.stream().anyMatch(u -> u.id == userId);
    }
}
