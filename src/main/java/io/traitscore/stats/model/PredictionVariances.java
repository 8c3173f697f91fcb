package io.traitscore.stats.model;

/**
 * Prediction error variances of everything the model reports, in units of σ² (so each is gᵀM⁻¹g for
 * the quantity's coefficient vector g), from one factorization.
 *
 * <p>A candidate's score on trait t for an average interviewer is β_t + b_c + b_ct = β_t + θ_c·u_c +
 * θ_ct·u_ct: g has 1 on β_t, θ_c on u_c and θ_ct on u_ct. The weighted overall score Σ a_t·(β_t + b_c +
 * b_ct), with weights a_t summing to 1, has g = (a_t on β_t, θ_c on u_c, θ_ct·a_t on u_ct). A trait the
 * candidate was never scored on has no u_ct in the equations (as in lme4); its b_ct is predicted as 0
 * with error variance θ_ct²·σ², independent of everything else, which is added to the candidate's own part.
 * An interviewer's leniency b_i = θ_i·u_i has θ_i²·(S⁻¹)_ii; an interviewer's shared impression of a
 * candidate b_ci = θ_ci·u_ci has θ_ci²·(M⁻¹)_ii.
 *
 * <p>Computed once at the estimate and again at slightly moved θ, for the derivatives behind the
 * degrees of freedom.
 */
final class PredictionVariances {

    /** [candidate][trait]: a trait score's variance. */
    final double[][] trait;
    /** [candidate]: the part of the overall score's variance no other candidate shares. */
    final double[] overallOwn;
    /** [candidate]: L_S⁻¹h_j for the overall score; covariances between candidates are dot products of these. */
    final double[][] overallShared;
    /** [interviewer]: leniency. */
    final double[] interviewer;
    /** [candidate][local interviewer]: the shared impression b_ci. */
    final double[][] impression;
    /** [trait]: the fixed trait mean. */
    final double[] fixed;

    private PredictionVariances(int candidates, int traits, int interviewers) {
        trait = new double[candidates][traits];
        overallOwn = new double[candidates];
        overallShared = new double[candidates][];
        interviewer = new double[interviewers];
        impression = new double[candidates][];
        fixed = new double[traits];
    }

    /**
     * @param weights overall-score weight a_t of each global trait, summing to 1
     */
    static PredictionVariances of(Factorization f, double[] theta, double[] weights) {
        MixedModelEquations eq = f.equations;
        RatingDesign d = eq.design();
        PredictionVariances v = new PredictionVariances(d.candidates(), d.traits(), d.interviewers());
        double tc = theta[VarianceTerm.CANDIDATE.ordinal()];
        double tt = theta[VarianceTerm.CANDIDATE_TRAIT.ordinal()];
        double ti = theta[VarianceTerm.INTERVIEWER.ordinal()];
        double tx = theta[VarianceTerm.CANDIDATE_INTERVIEWER.ordinal()];
        double[][] inverse = f.borderInverse();
        for (int i = 0; i < d.interviewers(); i++) {
            v.interviewer[i] = ti * ti * inverse[i][i];
        }
        for (int t = 0; t < d.traits(); t++) {
            v.fixed[t] = inverse[eq.fixedSlot(t)][eq.fixedSlot(t)];
        }
        double[] noBorder = new double[f.borderSize()];
        for (int j = 0; j < d.candidates(); j++) {
            CandidateBlock b = d.blocks[j];
            int nl = b.localSize();
            int[] localOf = localTraitIndex(b, d.traits());
            for (int t = 0; t < d.traits(); t++) {
                double[] g = new double[nl];
                g[b.candidateSlot()] = tc;
                double prior = 0;
                if (localOf[t] >= 0) {
                    g[localOf[t]] = tt;
                } else {
                    prior = tt * tt;
                }
                double[] gBorder = new double[f.borderSize()];
                gBorder[eq.fixedSlot(t)] = 1;
                v.trait[j][t] = f.quadratic(j, g, gBorder).value() + prior;
            }
            double[] g = new double[nl];
            double[] gBorder = new double[f.borderSize()];
            double weightSum = 0;
            double prior = 0;
            for (int t = 0; t < d.traits(); t++) {
                weightSum += weights[t];
                gBorder[eq.fixedSlot(t)] = weights[t];
                if (localOf[t] >= 0) {
                    g[localOf[t]] = tt * weights[t];
                } else {
                    prior += tt * tt * weights[t] * weights[t];
                }
            }
            g[b.candidateSlot()] = tc * weightSum;
            Factorization.Quadratic overall = f.quadratic(j, g, gBorder);
            v.overallOwn[j] = overall.own() + prior;
            v.overallShared[j] = overall.shared();
            v.impression[j] = new double[b.interviewers.length];
            for (int i = 0; i < b.interviewers.length; i++) {
                double[] e = new double[nl];
                e[b.interviewerSlot(i)] = tx;
                v.impression[j][i] = f.quadratic(j, e, noBorder).value();
            }
        }
        return v;
    }

    /** For each global trait, the candidate's local index of it, or −1 when they were not scored on it. */
    static int[] localTraitIndex(CandidateBlock b, int traits) {
        int[] localOf = new int[traits];
        java.util.Arrays.fill(localOf, -1);
        for (int k = 0; k < b.traits.length; k++) {
            localOf[b.traits[k]] = k;
        }
        return localOf;
    }
}
