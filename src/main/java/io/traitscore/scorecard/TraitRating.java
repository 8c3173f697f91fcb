package io.traitscore.scorecard;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import jakarta.persistence.Column;
import io.traitscore.text.PlainTextFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The rating of one trait on a scorecard: a score from 1 to 5, or an explicit "no evidence" when
 * the interview gave nothing to judge by (which is different from a low score).
 */
@Entity
@EntityListeners(PlainTextFields.class)
@Table(name = "trait_rating")
public class TraitRating extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "scorecard_id")
    public Scorecard scorecard;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trait_key")
    public Trait trait;

    public Integer score;

    @Column(name = "no_evidence", nullable = false)
    public boolean noEvidence;

    @Column(length = 4000)
    public String evidence;

    @ManyToMany
    @JoinTable(name = "trait_rating_question",
            joinColumns = @JoinColumn(name = "trait_rating_id"),
            inverseJoinColumns = @JoinColumn(name = "question_id"))
    public Set<Question> questionsAsked = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "trait_rating_red_flag",
            joinColumns = @JoinColumn(name = "trait_rating_id"),
            inverseJoinColumns = @JoinColumn(name = "indicator_code"))
    public Set<TraitIndicator> redFlags = new LinkedHashSet<>();

    public boolean isRated() {
        return noEvidence || score != null;
    }
}
