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
        List<Ref> withheld) {

    /** The same statistics, naming the candidates left out of them (the independence rule). */
    public RaterStatistics withWithheld(List<Ref> candidatesWithheld) {
        return new RaterStatistics(opening, candidatesRated, interviewersRated, scoredRatings, traits, interviewers,
                questions, List.copyOf(candidatesWithheld));
    }

    /**
     * Reliability of one trait across the opening's candidates.
     *
     * @param design                     how the coefficients treat the data
     * @param adjustedRatersPerCandidate k0 of the unbalanced one-way ANOVA, the "k" of ICC(1,k)
     * @param needsCalibration           ICC(1,1) below 0.5 (Koo &amp; Li "poor"); null when it is undefined
     */
    public record TraitReliability(String traitKey, String traitName, int candidates, int ratings, int interviewers,
            String design, Double adjustedRatersPerCandidate, Coefficient singleRater, Coefficient averageOfRaters,
            Coefficient krippendorffAlpha, Boolean needsCalibration) {
    }

    /**
     * A coefficient with its name, or the reason it could not be computed (never NaN).
     *
     * @param form  e.g. "ICC(1,1)"
     * @param band  Koo &amp; Li band for an ICC, Krippendorff's band for alpha; null when undefined
     */
    public record Coefficient(String form, String description, Double value, String band, String undefinedReason) {
    }

    /**
     * @param offset      mean of (own score − co-interviewers' mean) on the same candidate and trait
     * @param comparisons scores that had at least one co-interviewer
     */
    public record InterviewerLeniency(long interviewerId, String interviewerName, int ratingCount, Double meanScore,
            Double offset, int comparisons, LeniencyDirection direction) {
    }

    /**
     * @param timesAsked                 ratings that recorded the question, with or without evidence
     * @param noEvidenceCount            of those, ratings marked "no evidence"
     * @param candidates                 different candidates scored after it
     * @param candidateStandardDeviation spread of those candidates' mean trait scores; null below 2
     * @param doesNotDiscriminate        asked of 2+ candidates who all got the same mean score
     */
    public record QuestionStats(long questionId, String text, String traitKey, String traitName, int timesAsked,
            int noEvidenceCount, int candidates, Double candidateStandardDeviation, boolean doesNotDiscriminate) {
    }
}
