package io.traitscore.opening;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.catalog.Trait;
import io.traitscore.security.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Set;

/** An interviewer on an opening's panel and the traits they are asked to focus on. */
@Entity
@Table(name = "panel_member")
public class PanelMember extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "opening_id")
    public Opening opening;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "interviewer_id")
    public UserAccount interviewer;

    @ManyToMany
    @JoinTable(name = "panel_member_trait",
            joinColumns = @JoinColumn(name = "panel_member_id"),
            inverseJoinColumns = @JoinColumn(name = "trait_key"))
    public Set<Trait> focusTraits = new LinkedHashSet<>();
}
