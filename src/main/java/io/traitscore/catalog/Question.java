package io.traitscore.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.traitscore.security.UserAccount;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import io.traitscore.text.PlainTextFields;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An interview question for one trait. Bank questions come from the YAML files and carry a code;
 * custom questions are added by hiring managers, live only in the database and are never touched
 * by a bank reload. Bank questions that disappear from the files are retired, not deleted, because
 * submitted scorecards may record that they were asked.
 */
@Entity
@EntityListeners(PlainTextFields.class)
@Table(name = "question")
public class Question extends PanacheEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "trait_key")
    public Trait trait;

    @Column(length = 80, unique = true)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public QuestionKind kind;

    @Column(nullable = false, length = 1000)
    public String text;

    @Column(length = 200)
    public String source;

    @Column(nullable = false)
    public boolean custom;

    @Column(nullable = false)
    public boolean retired;

    @Column(nullable = false)
    public int position;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "created_by")
    public UserAccount createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @ElementCollection
    @CollectionTable(name = "question_probe", joinColumns = @JoinColumn(name = "question_id"))
    @OrderColumn(name = "position")
    @Column(name = "text", nullable = false, length = 600)
    public List<String> probes = new ArrayList<>();

    public String traitKey() {
        return trait.key;
    }
}
