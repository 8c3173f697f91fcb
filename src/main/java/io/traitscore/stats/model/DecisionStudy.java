package io.traitscore.stats.model;

import io.traitscore.stats.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Generalizability theory's decision study: how reliable a candidate's score would be with n interviewers,
 * from the rater model's variance components (the G study; Brennan 2001, "Generalizability Theory",
 * Springer; Shavelson &amp; Webb 1991, "Generalizability Theory: A Primer", Sage).
 *
 * <p>The candidate is the object of measurement and interviewers the facet; each of n interviewers scores
 * every trait once. For one trait's score:
 * <pre>
 *   universe-score variance  τ = σ²_c + σ²_ct
 *   relative error           δ = (σ²_ci + σ²_e) / n            E ρ² = τ / (τ + δ)
 *   absolute error           Δ = (σ²_i + σ²_ci + σ²_e) / n     Φ   = τ / (τ + Δ)
 * </pre>
 * For the weighted overall score Σ a_t·score_t (Σ a_t = 1) the trait-specific parts average out:
 * τ = σ²_c + σ²_ct·Σa_t², δ = (σ²_ci + σ²_e·Σa_t²)/n, Δ = (σ²_i + σ²_ci + σ²_e·Σa_t²)/n, because an
 * interviewer's leniency and impression of a candidate are shared by every trait they score.
 *
 * <p>E ρ² (relative) is the reliability of candidates' order when every candidate meets the same panel, or
 * once the model has removed leniency; Φ (absolute) is the reliability of a score read against a fixed bar
 * (a must-have of 3) when panels differ. The interviewers needed for a target reliability R solve
 * τ/(τ + err₁/n) ≥ R: n = ⌈R/(1 − R) · err₁/τ⌉, where err₁ is one interviewer's error variance.
 *
 * @param components     the G study
 * @param traitScore     E ρ² and Φ of one trait's score for 1 to {@value #PROJECTED_UP_TO} interviewers
 * @param overallScore   the same for the weighted overall score
 * @param traitNeeded    interviewers needed for a trait score of {@value #TARGET} (relative, absolute)
 * @param overallNeeded  the same for the overall score
 */
public record DecisionStudy(VarianceComponents components, List<Projection> traitScore,
        List<Projection> overallScore, Needed traitNeeded, Needed overallNeeded) {

    public static final double TARGET = 0.80;
    public static final int PROJECTED_UP_TO = 6;
    /** Beyond this many interviewers the answer is "more than": nobody runs such panels. */
    public static final int MAX_NEEDED = 20;
    static final String NO_UNIVERSE_VARIANCE =
            "the candidates do not differ on this score, so no number of interviewers makes it reliable";
    static final String MORE_THAN_MAX = "more than " + MAX_NEEDED + " interviewers";

    public DecisionStudy {
        Objects.requireNonNull(components, "components");
        traitScore = List.copyOf(traitScore);
        overallScore = List.copyOf(overallScore);
        Objects.requireNonNull(traitNeeded, "traitNeeded");
        Objects.requireNonNull(overallNeeded, "overallNeeded");
    }

    /**
     * @param interviewers n
     * @param relative     E ρ², generalizability coefficient
     * @param absolute     Φ, dependability coefficient
     */
    public record Projection(int interviewers, double relative, double absolute) {
    }

    /** Interviewers needed for {@value #TARGET}, or why no number suffices. */
    public record Needed(Outcome<Integer> relative, Outcome<Integer> absolute) {
    }

    /**
     * @param weights overall-score weights a_t of the traits with scores; they are normalised to sum to 1
     */
    public static DecisionStudy of(VarianceComponents vc, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double sumOfSquares = 0;
        for (double w : weights) {
            sumOfSquares += (w / total) * (w / total);
        }
        double traitUniverse = vc.candidate() + vc.candidateTrait();
        double traitRelative = vc.candidateInterviewer() + vc.residual();
        double traitAbsolute = vc.interviewer() + traitRelative;
        double overallUniverse = vc.candidate() + vc.candidateTrait() * sumOfSquares;
        double overallRelative = vc.candidateInterviewer() + vc.residual() * sumOfSquares;
        double overallAbsolute = vc.interviewer() + overallRelative;
        return new DecisionStudy(vc,
                projections(traitUniverse, traitRelative, traitAbsolute),
                projections(overallUniverse, overallRelative, overallAbsolute),
                new Needed(needed(traitUniverse, traitRelative), needed(traitUniverse, traitAbsolute)),
                new Needed(needed(overallUniverse, overallRelative), needed(overallUniverse, overallAbsolute)));
    }

    private static List<Projection> projections(double universe, double relativeError, double absoluteError) {
        List<Projection> result = new ArrayList<>();
        for (int n = 1; n <= PROJECTED_UP_TO; n++) {
            result.add(new Projection(n, coefficient(universe, relativeError / n),
                    coefficient(universe, absoluteError / n)));
        }
        return result;
    }

    /** τ / (τ + error); 0 when neither varies (no candidate differences and no error: nothing to rely on). */
    static double coefficient(double universe, double error) {
        double denominator = universe + error;
        return denominator > 0 ? universe / denominator : 0;
    }

    static Outcome<Integer> needed(double universe, double oneInterviewerError) {
        if (!(universe > 0)) {
            return Outcome.undefined(NO_UNIVERSE_VARIANCE);
        }
        double exact = TARGET / (1 - TARGET) * oneInterviewerError / universe;
        // A hair of tolerance so that an exact 4.0 computed as 4.0000000000000001 stays 4.
        int n = Math.max(1, (int) Math.ceil(exact - 1e-9));
        return n > MAX_NEEDED ? Outcome.undefined(MORE_THAN_MAX) : Outcome.defined(n);
    }
}
