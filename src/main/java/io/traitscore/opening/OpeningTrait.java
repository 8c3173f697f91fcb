package io.traitscore.opening;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.catalog.Trait;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A trait an opening assesses, with its weight (1-3) in the overall score and whether it is a must-have. */
@Entity
@Table(name = "opening_trait")
public class OpeningTrait extends PanacheEntity {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 3;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opening_id")
    public Opening opening;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trait_key")
    public Trait trait;

    @Column(nullable = false)
    public int weight;

    @Column(name = "must_have", nullable = false)
    public boolean mustHave;
}
