package io.traitscore.catalog;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * One of the 15 natural traits of the source article. Its key is stable and readable, so it is the
 * primary key: ratings, openings and exports name traits by key, never by a surrogate number.
 */
@Entity
@Table(name = "trait")
public class Trait extends PanacheEntityBase {

    @Id
    @Column(name = "trait_key", length = 60)
    public String key;

    /** Position of the trait in the source article (1-15); the catalogue's natural order. */
    @Column(name = "article_number", nullable = false)
    public int articleNumber;

    @Column(nullable = false, length = 80)
    public String name;

    @Column(nullable = false, length = 600)
    public String statement;

    @Column(name = "source_title", nullable = false, length = 200)
    public String sourceTitle;

    @Column(name = "source_author", nullable = false, length = 100)
    public String sourceAuthor;

    /** The question-bank file the trait was loaded from, so errors and editors can point at it. */
    @Column(name = "bank_file", nullable = false, length = 120)
    public String bankFile;

    @ElementCollection
    @CollectionTable(name = "rubric_level", joinColumns = @JoinColumn(name = "trait_key"))
    @OrderBy("level")
    public List<RubricLevel> rubric = new ArrayList<>();

    public static List<Trait> listInArticleOrder() {
        return list("order by articleNumber");
    }

    public String anchorFor(int level) {
        return rubric.stream().filter(r -> r.level == level).map(r -> r.anchor).findFirst().orElse("");
    }
}
