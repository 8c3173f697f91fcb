package io.traitscore.stats.model;

import java.util.Arrays;
import java.util.List;

/**
 * The rater model fitted to one opening: variance components, trait means, interviewers' leniency,
 * candidates' calibrated scores, shared impressions (halo), every random effect, and the difference of
 * any two candidates' overall scores. Immutable and thread-safe, so it can be cached per opening until
 * the next submitted scorecard.
 */
public final class RaterModelFit {

    private final RatingDesign design;
    private final double[] theta;
    private final VarianceComponents components;
    private final double remlCriterion;
    private final int evaluations;
    private final List<TraitMean> traitMeans;
    private final double[][] traitMeanCovariance;
    private final List<LeniencyEstimate> leniency;
    private final List<CandidateScores> candidates;
    private final List<SharedImpression> impressions;
    private final OverallCovariance overall;
    private final SatterthwaiteDf df;
    private final double[] overallWeights;

    RaterModelFit(RatingDesign design, double[] theta, VarianceComponents components, double remlCriterion,
            int evaluations, List<TraitMean> traitMeans, double[][] traitMeanCovariance,
            List<LeniencyEstimate> leniency, List<CandidateScores> candidates, List<SharedImpression> impressions,
            OverallCovariance overall, SatterthwaiteDf df, double[] overallWeights) {
        this.design = design;
        this.theta = theta;
        this.components = components;
        this.remlCriterion = remlCriterion;
        this.evaluations = evaluations;
        this.traitMeans = List.copyOf(traitMeans);
        this.traitMeanCovariance = traitMeanCovariance;
        this.leniency = List.copyOf(leniency);
        this.candidates = List.copyOf(candidates);
        this.impressions = List.copyOf(impressions);
        this.overall = overall;
        this.df = df;
        this.overallWeights = overallWeights;
    }

    public VarianceComponents varianceComponents() {
        return components;
    }

    /** The relative standard deviations θ = σ_term / σ_residual in {@link VarianceTerm} order (lme4's theta). */
    public double[] theta() {
        return theta.clone();
    }

    /** −2 × the restricted log-likelihood at the estimate (lme4's {@code REMLcrit}). */
    public double remlCriterion() {
        return remlCriterion;
    }

    /** How many times the optimiser evaluated the criterion. */
    public int evaluations() {
        return evaluations;
    }

    public int ratingCount() {
        return design.ratingCount;
    }

    /** Trait keys with scores, ascending: the order of {@link #traitMeanCovariance()}. */
    public List<String> traitKeys() {
        return List.of(design.traitKeys);
    }

    /** Overall-score weight a_t of each trait with scores (summing to 1), in {@link #traitKeys()} order. */
    public double[] overallWeights() {
        return overallWeights.clone();
    }

    /** The trait means β with their standard errors, in the opening's trait order. */
    public List<TraitMean> traitMeans() {
        return traitMeans;
    }

    /** σ²·(M⁻¹)_ββ, the covariance of the trait means, in {@link #traitKeys()} order (lme4's {@code vcov}). */
    public double[][] traitMeanCovariance() {
        return Arrays.stream(traitMeanCovariance).map(double[]::clone).toArray(double[][]::new);
    }

    /** Asymptotic covariance of (θ̂, σ̂) from the curvature of the REML criterion (lmerTest's {@code vcov_varpar}). */
    public double[][] varianceParameterCovariance() {
        return df.parameterCovariance();
    }

    /**
     * The decision study for this opening: projected reliability of a trait score and of the overall score
     * for 1 to 6 interviewers, and how many are needed for 0.80.
     */
    public DecisionStudy decisionStudy() {
        return DecisionStudy.of(components, overallWeights);
    }

    /** One entry per interviewer with scores, by interviewer id. */
    public List<LeniencyEstimate> leniency() {
        return leniency;
    }

    /** One entry per candidate with scores, by candidate id. */
    public List<CandidateScores> candidates() {
        return candidates;
    }

    /** One entry per (candidate, interviewer) pair with scores, by candidate then interviewer id. */
    public List<SharedImpression> sharedImpressions() {
        return impressions;
    }

    /**
     * Every level of one random term with its BLUP, conditional variance and prediction error variance, as
     * lme4's {@code ranef(fit, condVar = TRUE)} lists them. Not kept with the fit: each call factors the
     * equations again (twice: with and without the fixed effects), for inspection and validation.
     */
    public List<RandomEffect> randomEffects(VarianceTerm term) {
        return RandomEffectTable.of(design, theta, components.residual()).of(term);
    }

    /**
     * The difference of two candidates' overall scores with its own standard error, Satterthwaite degrees
     * of freedom and 95% interval. Costs one vector of the size of (interviewers + traits).
     *
     * @throws IllegalArgumentException for a candidate without scores, or the same candidate twice
     */
    public ScoreDifference overallDifference(long firstCandidateId, long secondCandidateId) {
        int j = index(firstCandidateId);
        int k = index(secondCandidateId);
        if (j == k) {
            throw new IllegalArgumentException("a candidate is not compared with themselves");
        }
        double q = overall.variance(j, k);
        double s2 = components.residual();
        Prediction difference = Prediction.of(overall.estimateDifference(j, k), s2 * q,
                df.of(q, overall.varianceGradient(j, k)));
        return new ScoreDifference(firstCandidateId, secondCandidateId, difference, difference.excludesZero());
    }

    private int index(long candidateId) {
        int j = Arrays.binarySearch(design.candidateIds, candidateId);
        if (j < 0) {
            throw new IllegalArgumentException("no scores for candidate " + candidateId);
        }
        return j;
    }
}
