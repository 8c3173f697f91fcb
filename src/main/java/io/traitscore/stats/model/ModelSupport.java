package io.traitscore.stats.model;

import java.util.Optional;

/**
 * Whether an opening's ratings can support the rater model, and if not, why (in words a reader of
 * the profile understands). Each rule guards one thing the model must tell apart:
 * <ul>
 *   <li>candidates' levels need several candidates ({@value #MIN_CANDIDATES} or more), leniency
 *       several interviewers ({@value #MIN_INTERVIEWERS} or more);</li>
 *   <li>an interviewer's leniency can only be told from the candidates' level where two interviewers
 *       scored the same candidate;</li>
 *   <li>a candidate's general level can only be told from their trait profile with two traits or more;</li>
 *   <li>the trait profile (candidate:trait) can only be told from one rating's noise where two
 *       interviewers scored the same trait of a candidate, and an interviewer's impression of a
 *       candidate (candidate:interviewer) only where one interviewer scored two traits of a candidate:
 *       otherwise the two terms are the same thing and their split is arbitrary (lme4 refuses such
 *       data: "number of levels of each grouping factor must be &lt; number of observations");</li>
 *   <li>scores must vary within a trait, or there is nothing to decompose.</li>
 * </ul>
 */
final class ModelSupport {

    static final int MIN_CANDIDATES = 3;
    static final int MIN_INTERVIEWERS = 2;
    static final String NO_SCORES = "no scores yet";
    static final String TOO_FEW_CANDIDATES = "fewer than " + MIN_CANDIDATES + " candidates have scores";
    static final String TOO_FEW_INTERVIEWERS = "fewer than " + MIN_INTERVIEWERS + " interviewers have given scores";
    static final String NO_OVERLAP =
            "no candidate was scored by two interviewers, so interviewers cannot be compared";
    static final String ONE_TRAIT =
            "only one trait has scores, so a candidate's general level cannot be told from their trait scores";
    static final String NO_SHARED_TRAIT = "no trait of a candidate was scored by two interviewers, "
            + "so a candidate's trait profile cannot be told from one interviewer's noise";
    static final String NO_SECOND_TRAIT = "no interviewer scored two traits of the same candidate, "
            + "so an interviewer's overall impression cannot be told from one rating's noise";
    static final String NO_VARIATION = "the scores do not vary within any trait";

    private ModelSupport() {
    }

    static Optional<String> whyNot(RatingDesign design) {
        if (design.ratingCount == 0) {
            return Optional.of(NO_SCORES);
        }
        if (design.candidates() < MIN_CANDIDATES) {
            return Optional.of(TOO_FEW_CANDIDATES);
        }
        if (design.interviewers() < MIN_INTERVIEWERS) {
            return Optional.of(TOO_FEW_INTERVIEWERS);
        }
        boolean overlap = false;
        boolean sharedTrait = false;
        boolean secondTrait = false;
        for (CandidateBlock b : design.blocks) {
            overlap |= b.interviewers.length >= 2;
            for (int t = 0; t < b.traits.length; t++) {
                sharedTrait |= b.traitCount[t] > countOnly(b, t);
            }
            for (int i = 0; i < b.interviewers.length; i++) {
                secondTrait |= traitsScoredBy(b, i) >= 2;
            }
        }
        if (!overlap) {
            return Optional.of(NO_OVERLAP);
        }
        if (design.traits() < 2) {
            return Optional.of(ONE_TRAIT);
        }
        if (!sharedTrait) {
            return Optional.of(NO_SHARED_TRAIT);
        }
        if (!secondTrait) {
            return Optional.of(NO_SECOND_TRAIT);
        }
        if (!variesWithinATrait(design)) {
            return Optional.of(NO_VARIATION);
        }
        return Optional.empty();
    }

    /** Ratings of local trait t by its most frequent interviewer: less than the trait's total means two interviewers. */
    private static double countOnly(CandidateBlock b, int t) {
        double largest = 0;
        for (int k = 0; k < b.cellCount.length; k++) {
            if (b.cellTrait[k] == t) {
                largest = Math.max(largest, b.cellCount[k]);
            }
        }
        return largest;
    }

    static int traitsScoredBy(CandidateBlock b, int localInterviewer) {
        int traits = 0;
        for (int k = 0; k < b.cellCount.length; k++) {
            if (b.cellInterviewer[k] == localInterviewer) {
                traits++;
            }
        }
        return traits;
    }

    private static boolean variesWithinATrait(RatingDesign design) {
        double[] sumSquares = new double[design.traits()];
        for (CandidateBlock b : design.blocks) {
            for (int k = 0; k < b.cellCount.length; k++) {
                sumSquares[b.traits[b.cellTrait[k]]] += b.cellSumOfSquares[k];
            }
        }
        for (int t = 0; t < design.traits(); t++) {
            double mean = design.traitSum[t] / design.traitCount[t];
            double within = sumSquares[t] - design.traitCount[t] * mean * mean;
            if (within > 1e-9 * Math.max(1, sumSquares[t])) {
                return true;
            }
        }
        return false;
    }
}
