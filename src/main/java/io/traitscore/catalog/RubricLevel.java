package io.traitscore.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One level (1-5) of a trait's behaviourally anchored rating scale. */
@Embeddable
public class RubricLevel {

    @Column(nullable = false)
    public int level;

    @Column(nullable = false, length = 600)
    public String anchor;

    public RubricLevel() {
    }

    public RubricLevel(int level, String anchor) {
        this.level = level;
        this.anchor = anchor;
    }
}
