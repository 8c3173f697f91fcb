package io.traitscore.stats.model;

/**
 * The rater model's variance components on the score scale (points²), estimated by REML.
 *
 * @param candidate            σ²_c, the candidates' general level
 * @param candidateTrait       σ²_ct, the candidates' trait profiles around that level
 * @param interviewer          σ²_i, the interviewers' leniency
 * @param candidateInterviewer σ²_ci, an interviewer's impression of a candidate shared by all traits
 * @param residual             σ²_e, everything else: one rating's own noise
 */
public record VarianceComponents(double candidate, double candidateTrait, double interviewer,
        double candidateInterviewer, double residual) {

    public VarianceComponents {
        for (double v : new double[] {candidate, candidateTrait, interviewer, candidateInterviewer, residual}) {
            if (!(v >= 0) || Double.isInfinite(v)) {
                throw new IllegalArgumentException("variance components must be finite and non-negative");
            }
        }
    }

    /** From relative standard deviations θ (lme4's theta) and the residual variance σ²: σ²_k = θ_k²·σ². */
    static VarianceComponents of(double[] theta, double residual) {
        return new VarianceComponents(theta[0] * theta[0] * residual, theta[1] * theta[1] * residual,
                theta[2] * theta[2] * residual, theta[3] * theta[3] * residual, residual);
    }

    public double of(VarianceTerm term) {
        return switch (term) {
            case CANDIDATE -> candidate;
            case CANDIDATE_TRAIT -> candidateTrait;
            case INTERVIEWER -> interviewer;
            case CANDIDATE_INTERVIEWER -> candidateInterviewer;
        };
    }

    /** The variance of a single rating around its trait's mean. */
    public double total() {
        return candidate + candidateTrait + interviewer + candidateInterviewer + residual;
    }

    /**
     * Halo share: the correlation between two traits rated by one interviewer for one candidate that
     * neither the candidate's general level nor the interviewer's leniency explains, σ²_ci / (σ²_c +
     * σ²_ct + σ²_ci + σ²_e). Zero when interviewers' impressions of a candidate do not carry over from
     * trait to trait beyond what other interviewers see too.
     */
    public double haloShare() {
        double denominator = candidate + candidateTrait + candidateInterviewer + residual;
        return denominator > 0 ? candidateInterviewer / denominator : 0;
    }
}
