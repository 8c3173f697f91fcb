package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.stats.LeniencyDirection;
import java.util.List;

/**
 * How consistently an opening's interviewers rate: reliability per trait, each interviewer's
 * leniency and how well each question separates candidates. Submitted scorecards only.
 *
 * @param withheld candidates whose ratings were left out because the reader interviews them and has not
 *                 submitted their own scorecard yet: an interviewer's mean score would reveal colleagues' ratings
 */
public record RaterStatistics(Ref opening, int candidatesRated, int interviewersRated, int scoredRatings,
        List<TraitReliability> traits, List<InterviewerLeniency> interviewers, List<QuestionStats> questions,
        List<Ref> withheld, ModelStatus model, RaterModelSummary raterModel, int questionFlagMinimumCandidates) {

    /** The same statistics, naming the candidates left out of them (the independence rule). */
    public RaterStatistics withWithheld(List<Ref> candidatesWithheld) {
        return new RaterStatistics(opening, candidatesRated, interviewersRated, scoredRatings, traits, interviewers,
                questions, List.copyOf(candidatesWithheld), model, raterModel, questionFlagMinimumCandidates);
    }

    /**
     * What the rater model says about the whole panel; null when it falls back (the reason is in
     * {@link #model()}).
     *
     * @param varianceComponents the G study: how the variance of a single score splits into the candidates'
     *                           general level, their trait profile, interviewers' leniency, interviewers'
     *                           impression of a candidate (halo) and the rest
     * @param haloShare          σ²_ci / (σ²_c + σ²_ct + σ²_ci + σ²_e): the correlation between two traits
     *                           one interviewer scored for one candidate that only their shared impression
     *                           explains; 0 when impressions do not carry over from trait to trait
     * @param haloImpressions    (candidate, interviewer) pairs whose impression carried over to every trait and
     *                           differed from the panel's (both 95% intervals exclude 0 on the same side)
     * @param traitMeans         each trait's mean score for an average candidate and interviewer
     * @param decisionStudy      projected reliability for 1-6 interviewers and how many are needed for 0.80
     */
    public record RaterModelSummary(List<VarianceComponent> varianceComponents, double haloShare, int haloImpressions,
            List<TraitMeanView> traitMeans, DecisionStudyView decisionStudy) {
    }

    /**
     * @param term     lme4's name of the grouping factor, or "residual"
     * @param variance in points²
     * @param share    of the variance of a single score
     * @param meaning  one plain sentence
     */
    public record VarianceComponent(String term, double variance, double share, String meaning) {
    }

    public record TraitMeanView(String traitKey, String traitName, ModelEstimate mean) {
    }

    /**
     * @param target        the reliability aimed for, 0.80
     * @param traitScore    one trait's score: E ρ² (relative: ranking candidates) and Φ (absolute: against a
     *                      fixed bar) for 1 to 6 interviewers
     * @param overallScore  the same for the weighted overall score
     * @param traitNeeded   interviewers needed for the target on a trait score
     * @param overallNeeded the same for the overall score
     */
    public record DecisionStudyView(double target, List<Projection> traitScore, List<Projection> overallScore,
            Needed traitNeeded, Needed overallNeeded) {
    }

    public record Projection(int interviewers, double relative, double absolute) {
    }

    /** A number of interviewers, or (null and) why no number reaches the target. */
    public record Needed(Integer relative, String relativeReason, Integer absolute, String absoluteReason) {
    }

    /**
     * Reliability of one trait across the opening's candidates.
     *
     * @param design                     how the coefficients treat the data
     * @param adjustedRatersPerCandidate k0 of the unbalanced one-way ANOVA, the "k" of ICC(1,k)
     * @param adjustedRatersPerCandidate k0 depends on the design only: defined from 2 candidates with scores on,
     *                                   even when every score is the same
     * @param needsCalibration           the 95% interval of ICC(1,1) lies below 0.5 (Koo &amp; Li "poor"): true;
     *                                   its lower end is 0.5 or more: false; null when the interval spans
     *                                   "poor" and better (too early to say) or ICC(1,1) is undefined. Without
     *                                   an interval (no spread between or within candidates) the point
     *                                   estimate decides.
     */
    public record TraitReliability(String traitKey, String traitName, int candidates, int ratings, int interviewers,
            String design, Double adjustedRatersPerCandidate, Coefficient singleRater, Coefficient averageOfRaters,
            Coefficient krippendorffAlpha, Boolean needsCalibration) {
    }

    /**
     * A coefficient with its name, or the reason it could not be computed (never NaN).
     *
     * @param form                    e.g. "ICC(1,1)"
     * @param band                    for an ICC the Koo &amp; Li bands its 95% interval spans ("POOR_TO_GOOD",
     *                                or "GOOD" when the interval lies in one band), from the point estimate
     *                                only when there is no interval; Krippendorff's band for alpha; null when
     *                                undefined
     * @param lower                   lower end of the 95% confidence interval (F distribution); null without one
     * @param upper                   upper end
     * @param intervalUndefinedReason why a defined ICC has no interval; null otherwise
     */
    public record Coefficient(String form, String description, Double value, String band, String undefinedReason,
            Double lower, Double upper, String intervalUndefinedReason) {

        public Coefficient(String form, String description, Double value, String band, String undefinedReason) {
            this(form, description, value, band, undefinedReason, null, null, null);
        }
    }

    /**
     * @param offset            today's plain figure: mean of (own score − co-interviewers' mean) on the same
     *                          candidate and trait
     * @param comparisons       scores that had at least one co-interviewer
     * @param direction         from the rater model when it is fitted: LENIENT or SEVERE only when the 95%
     *                          interval of {@code againstColleagues} excludes 0; else from the offset (±0.5)
     * @param leniency          the model's shrunken estimate (BLUP) b̂_i with its standard error and interval:
     *                          what the calibrated scores remove; null when the model falls back
     * @param againstColleagues b̂_i against the opening's average interviewer, which the label reads
     * @param candidatesShared  candidates they scored together with another interviewer (model)
     * @param haloImpressions   candidates for whom the model flags this interviewer's impression as a halo
     */
    public record InterviewerLeniency(long interviewerId, String interviewerName, int ratingCount, Double meanScore,
            Double offset, int comparisons, LeniencyDirection direction, ModelEstimate leniency,
            ModelEstimate againstColleagues, Integer candidatesShared, int haloImpressions) {
    }

    /**
     * @param timesAsked                 ratings that recorded the question, with or without evidence
     * @param noEvidenceCount            of those, ratings marked "no evidence"
     * @param candidates                 different candidates scored after it
     * @param candidateStandardDeviation sample standard deviation (n − 1) of the candidates' means, each mean
     *                                   over the ratings of the question's trait that record this question;
     *                                   null below 2 candidates
     * @param doesNotDiscriminate        asked of 3 or more candidates (the statistics' question-flag minimum)
     *                                   who all got the same mean score
     */
    public record QuestionStats(long questionId, String text, String traitKey, String traitName, int timesAsked,
            int noEvidenceCount, int candidates, Double candidateStandardDeviation, boolean doesNotDiscriminate) {
    }
}
