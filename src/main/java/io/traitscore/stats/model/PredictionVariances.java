package io.traitscore.stats.model;

import java.util.stream.IntStream;

/**
 * Prediction error variances of everything the model reports, in units of σ² (so each is gᵀM⁻¹g for
 * the quantity's coefficient vector g), from one factorization.
 *
 * <p>A candidate's score on trait t for an average interviewer is β_t + b_c + b_ct = β_t + θ_c·u_c +
 * θ_ct·u_ct: g has 1 on β_t, θ_c on u_c and θ_ct on u_ct. The weighted overall score Σ a_t·(β_t + b_c +
 * b_ct), with weights a_t summing to 1, has g = (a_t on β_t, θ_c on u_c, θ_ct·a_t on u_ct). A trait the
 * candidate was never scored on has no u_ct in the equations (as in lme4); its b_ct is predicted as 0
 * with error variance θ_ct²·σ², independent of everything else, which is added to the candidate's own part.
 * An interviewer's leniency b_i = θ_i·u_i has θ_i²·(S⁻¹)_ii, and against the opening's average interviewer,
 * b_i − Σ w_i′·b_i′ with w the interviewers' shares of the ratings, θ_i²·(e_i − w)ᵀS⁻¹(e_i − w); their impression of a candidate b_ci =
 * θ_ci·u_ci has θ_ci²·(M⁻¹)_ii, and the same impression read against the rest of the panel, b_ci − (1/k)·Σ_i′ b_ci′ over the k interviewers who scored the
 * candidate (see {@link SharedImpression}), with g = θ_ci·(1 − 1/k) on u_ci and −θ_ci/k on the others.
 *
 * <p>Each quadratic form is ‖L_j⁻¹g_j‖² + hᵀS⁻¹h with h = g_E − V_jᵀL_j⁻¹g_j (see {@link Factorization}).
 * h is nonzero only on the border slots the candidate touches (their interviewers and traits) and on
 * g_E's own entries, so hᵀS⁻¹h is read from the explicit S⁻¹ on that small support. Only the overall score
 * needs the shared vector L_S⁻¹h in full, for covariances between candidates. Large designs are done in
 * parallel chunks; every result is written to its candidate's place, so the order does not matter.
 *
 * <p>Computed once at the estimate and again at slightly moved θ, for the derivatives behind the
 * degrees of freedom.
 */
final class PredictionVariances {

    private static final int CHUNKS = 8;

    /** [candidate][trait]: a trait score's variance. */
    final double[][] trait;
    /** [candidate]: the part of the overall score's variance no other candidate shares. */
    final double[] overallOwn;
    /** [candidate]: L_S⁻¹h_j for the overall score; covariances between candidates are dot products of these. */
    final double[][] overallShared;
    /** [interviewer]: leniency. */
    final double[] interviewer;
    /** [interviewer]: leniency against the opening's average interviewer, b_i − Σ w_i′·b_i′. */
    final double[] interviewerAgainstPool;
    /** [candidate][local interviewer]: the shared impression b_ci. */
    final double[][] impression;
    /** [candidate][local interviewer]: the same against the panel's, b_ci − mean b_ci′. */
    final double[][] impressionAgainstPanel;
    /** [trait]: the fixed trait mean. */
    final double[] fixed;

    private PredictionVariances(int candidates, int traits, int interviewers) {
        trait = new double[candidates][traits];
        overallOwn = new double[candidates];
        overallShared = new double[candidates][];
        interviewer = new double[interviewers];
        interviewerAgainstPool = new double[interviewers];
        impression = new double[candidates][];
        impressionAgainstPanel = new double[candidates][];
        fixed = new double[traits];
    }

    /**
     * @param weights overall-score weight a_t of each global trait, summing to 1
     */
    static PredictionVariances of(Factorization f, double[] theta, double[] weights) {
        MixedModelEquations eq = f.equations;
        RatingDesign d = eq.design();
        PredictionVariances v = new PredictionVariances(d.candidates(), d.traits(), d.interviewers());
        double ti = theta[VarianceTerm.INTERVIEWER.ordinal()];
        double[][] inverse = f.borderInverse();
        int pool = d.interviewers();
        double[] share = ratingShares(d);
        double[] weighted = new double[pool];
        double all = 0;
        for (int i = 0; i < pool; i++) {
            for (int k = 0; k < pool; k++) {
                weighted[i] += inverse[i][k] * share[k];
            }
            all += share[i] * weighted[i];
        }
        for (int i = 0; i < pool; i++) {
            v.interviewer[i] = ti * ti * inverse[i][i];
            v.interviewerAgainstPool[i] = ti * ti * (inverse[i][i] - 2 * weighted[i] + all);
        }
        for (int t = 0; t < d.traits(); t++) {
            v.fixed[t] = inverse[eq.fixedSlot(t)][eq.fixedSlot(t)];
        }
        int n = d.candidates();
        int chunks = n >= MixedModelEquations.PARALLEL_FROM ? CHUNKS : 1;
        IntStream range = IntStream.range(0, chunks);
        (chunks > 1 ? range.parallel() : range).forEach(c -> {
            Candidate work = new Candidate(f, inverse, theta, weights);
            for (int j = (int) ((long) n * c / chunks); j < (int) ((long) n * (c + 1) / chunks); j++) {
                work.compute(j, v);
            }
        });
        return v;
    }

    /** Each interviewer's share of the opening's ratings, N_i / N: the weights of the average interviewer. */
    static double[] ratingShares(RatingDesign d) {
        double[] share = new double[d.interviewers()];
        for (int i = 0; i < share.length; i++) {
            share[i] = d.interviewerCount[i] / d.ratingCount;
        }
        return share;
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

    /** One chunk's work arrays. */
    private static final class Candidate {
        private final Factorization f;
        private final MixedModelEquations eq;
        private final double[][] inverse;
        private final double tc;
        private final double tt;
        private final double tx;
        private final double[] weights;
        private double[] g = new double[0];
        private double[] a = new double[0];
        private double[] h = new double[0];

        Candidate(Factorization f, double[][] inverse, double[] theta, double[] weights) {
            this.f = f;
            this.eq = f.equations;
            this.inverse = inverse;
            this.tc = theta[VarianceTerm.CANDIDATE.ordinal()];
            this.tt = theta[VarianceTerm.CANDIDATE_TRAIT.ordinal()];
            this.tx = theta[VarianceTerm.CANDIDATE_INTERVIEWER.ordinal()];
            this.weights = weights;
        }

        void compute(int j, PredictionVariances v) {
            CandidateBlock b = eq.design().blocks[j];
            LocalFactor lf = f.local(j);
            int nl = b.localSize();
            int nk = lf.slots.length;
            if (g.length < nl) {
                g = new double[nl];
                a = new double[nl];
            }
            if (h.length < nk) {
                h = new double[nk];
            }
            int traits = eq.design().traits();
            int ni = b.interviewers.length;
            int[] localOf = localTraitIndex(b, traits);
            for (int t = 0; t < traits; t++) {
                java.util.Arrays.fill(g, 0, nl, 0);
                g[b.candidateSlot()] = tc;
                int fixed = eq.fixedSlot(t);
                if (localOf[t] >= 0) {
                    g[localOf[t]] = tt;
                    double own = ownPart(lf, nl, nk);
                    h[ni + localOf[t]] += 1;
                    v.trait[j][t] = own + supportForm(lf, nk, -1, 0);
                } else {
                    double own = ownPart(lf, nl, nk);
                    v.trait[j][t] = own + supportForm(lf, nk, fixed, 1) + tt * tt;
                }
            }
            v.impression[j] = new double[ni];
            v.impressionAgainstPanel[j] = new double[ni];
            for (int i = 0; i < ni; i++) {
                java.util.Arrays.fill(g, 0, nl, 0);
                g[b.interviewerSlot(i)] = tx;
                double own = ownPart(lf, nl, nk);
                v.impression[j][i] = own + supportForm(lf, nk, -1, 0);
                impressionContrast(b, i, g);
                own = ownPart(lf, nl, nk);
                v.impressionAgainstPanel[j][i] = own + supportForm(lf, nk, -1, 0);
            }
            overall(j, b, lf, localOf, v);
        }

        /**
         * g for b_ci − mean of the panel's b_ci′: θ_ci·(1 − 1/k) on the interviewer's own effect, −θ_ci/k on
         * each other panel member's (k interviewers scored the candidate).
         */
        private void impressionContrast(CandidateBlock b, int interviewer, double[] g) {
            int k = b.interviewers.length;
            java.util.Arrays.fill(g, 0, b.localSize(), 0);
            for (int i = 0; i < k; i++) {
                g[b.interviewerSlot(i)] = (i == interviewer ? 1 - 1.0 / k : -1.0 / k) * tx;
            }
        }

        /** a = L_j⁻¹g and h = −V_jᵀa on the candidate's slots; returns ‖a‖². */
        private double ownPart(LocalFactor lf, int nl, int nk) {
            Triangular.forward(lf.l, nl, nl, g, a);
            double own = 0;
            for (int r = 0; r < nl; r++) {
                own += a[r] * a[r];
            }
            for (int p = 0; p < nk; p++) {
                double s = 0;
                int row = p * nl;
                for (int k = 0; k < nl; k++) {
                    s += lf.v[row + k] * a[k];
                }
                h[p] = -s;
            }
            return own;
        }

        /** hᵀS⁻¹h over the candidate's slots, plus an optional extra border entry g_E[extra] = value. */
        private double supportForm(LocalFactor lf, int nk, int extra, double value) {
            double form = 0;
            for (int p = 0; p < nk; p++) {
                double[] row = inverse[lf.slots[p]];
                double s = 0;
                for (int q = 0; q < p; q++) {
                    s += row[lf.slots[q]] * h[q];
                }
                form += h[p] * (2 * s + row[lf.slots[p]] * h[p]);
                if (extra >= 0) {
                    form += 2 * value * row[extra] * h[p];
                }
            }
            if (extra >= 0) {
                form += value * value * inverse[extra][extra];
            }
            return form;
        }

        private void overall(int j, CandidateBlock b, LocalFactor lf, int[] localOf, PredictionVariances v) {
            int nl = b.localSize();
            int traits = localOf.length;
            java.util.Arrays.fill(g, 0, nl, 0);
            double[] gBorder = new double[f.borderSize()];
            double weightSum = 0;
            double prior = 0;
            for (int t = 0; t < traits; t++) {
                weightSum += weights[t];
                gBorder[eq.fixedSlot(t)] = weights[t];
                if (localOf[t] >= 0) {
                    g[localOf[t]] = tt * weights[t];
                } else {
                    prior += tt * tt * weights[t] * weights[t];
                }
            }
            g[b.candidateSlot()] = tc * weightSum;
            double own = ownPart(lf, nl, lf.slots.length);
            for (int p = 0; p < lf.slots.length; p++) {
                gBorder[lf.slots[p]] += h[p];
            }
            v.overallOwn[j] = own + prior;
            v.overallShared[j] = f.forwardBorder(gBorder);
        }
    }
}
