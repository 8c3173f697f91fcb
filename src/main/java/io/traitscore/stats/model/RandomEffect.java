package io.traitscore.stats.model;

import java.util.Objects;

/**
 * One level of a random term, as lme4's {@code ranef()} lists it.
 *
 * @param term                    the term
 * @param level                   lme4's level name: the candidate or interviewer id, or
 *                                "candidateId:traitKey", "candidateId:interviewerId"
 * @param estimate                the BLUP b̂ = θ·û
 * @param conditionalVariance     Var(b | y) with the fixed effects taken as known: lme4's {@code condVar}
 * @param predictionErrorVariance Var(b̂ − b), which also counts the uncertainty of the fixed effects
 */
public record RandomEffect(VarianceTerm term, String level, double estimate, double conditionalVariance,
        double predictionErrorVariance) {

    public RandomEffect {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(level, "level");
    }
}
