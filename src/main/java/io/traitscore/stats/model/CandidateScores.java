package io.traitscore.stats.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A candidate's calibrated scores: what an average interviewer would give them, predicted by the model
 * (fixed trait mean + candidate effect + candidate:trait effect), with prediction error variances that
 * include the uncertainty of the trait means and of the interviewers' leniency.
 *
 * @param candidateId     the candidate
 * @param traits          one prediction per trait with scores in the opening, in the opening's order
 * @param traitsNotScored traits of the opening this candidate has no score on: their prediction rests on
 *                        the candidate's general level and the trait's mean, with a correspondingly wider
 *                        interval
 * @param overall         the weighted overall score Σ a_t·(β_t + b_c + b_ct) over the same traits for every
 *                        candidate (a_t = w_t / Σ w), so that candidates are compared on the same footing
 */
public record CandidateScores(long candidateId, Map<String, Prediction> traits, List<String> traitsNotScored,
        Prediction overall) {

    public CandidateScores {
        traits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(traits));
        traitsNotScored = List.copyOf(traitsNotScored);
        Objects.requireNonNull(overall, "overall");
    }
}
