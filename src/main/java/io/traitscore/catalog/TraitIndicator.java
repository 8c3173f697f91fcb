package io.traitscore.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A positive signal or a red flag an interviewer can tick while rating a trait. */
@Entity
@Table(name = "trait_indicator")
public class TraitIndicator extends PanacheEntityBase {

    @Id
    @Column(length = 80)
    public String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trait_key")
    public Trait trait;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public IndicatorKind kind;

    @Column(nullable = false, length = 600)
    public String text;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public boolean retired;
}
