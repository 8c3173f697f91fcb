package io.traitscore.stats.model;

import java.util.Objects;

/**
 * A fixed effect: the mean score of a trait for an average candidate and an average interviewer.
 *
 * @param traitKey the trait
 * @param mean     the estimate β_t with its standard error √(σ²·(M⁻¹)_ββ) and Satterthwaite interval
 */
public record TraitMean(String traitKey, Prediction mean) {

    public TraitMean {
        Objects.requireNonNull(traitKey, "traitKey");
        Objects.requireNonNull(mean, "mean");
    }
}
