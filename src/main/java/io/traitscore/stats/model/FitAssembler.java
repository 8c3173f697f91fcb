package io.traitscore.stats.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Turns the REML estimate θ̂ into everything {@link RaterModelFit} reports: solves the mixed model
 * equations once, computes every prediction error variance from the same factorization, and the
 * Satterthwaite degrees of freedom from the variances' derivatives (the equations factored again at
 * θ̂ ± h along each θ_a) and the curvature of the REML criterion.
 */
final class FitAssembler {

    private final RatingDesign design;
    private final MixedModelEquations equations;
    private final double[] theta;
    private final double[] weights;
    private PredictionVariances base;
    private PredictionVariances[] plus;
    private double[] steps;

    private FitAssembler(RatingDesign design, MixedModelEquations equations, double[] theta, double[] weights) {
        this.design = design;
        this.equations = equations;
        this.theta = theta;
        this.weights = weights;
    }

    static RaterModelFit assemble(RatingDesign design, MixedModelEquations equations, RemlCriterion criterion,
            double[] theta, Map<String, Double> traitWeights, int evaluations) {
        double[] weights = normalisedWeights(design, traitWeights);
        return new FitAssembler(design, equations, theta, weights).assemble(criterion, traitWeights, evaluations);
    }

    private RaterModelFit assemble(RemlCriterion criterion, Map<String, Double> traitWeights, int evaluations) {
        Factorization f = equations.factor(theta, true);
        double s2 = f.penalizedRss / criterion.residualDf();
        double sigma = Math.sqrt(s2);
        double[] border = f.borderSolution();
        double[][] local = new double[design.candidates()][];
        for (int j = 0; j < design.candidates(); j++) {
            local[j] = f.local(j).solution(border);
        }
        PredictionVariances base = PredictionVariances.of(f, theta, weights);
        this.base = base;
        Factorization[] moved = perturb();
        SatterthwaiteDf df = SatterthwaiteDf.at(equations, theta, sigma, f, moved);
        double[][] inverse = f.borderInverse();

        List<TraitMean> means = new ArrayList<>();
        double[][] meanCovariance = new double[design.traits()][design.traits()];
        double[] beta = new double[design.traits()];
        for (int t = 0; t < design.traits(); t++) {
            int slot = equations.fixedSlot(t);
            beta[t] = border[slot];
            for (int s = 0; s < design.traits(); s++) {
                meanCovariance[t][s] = s2 * inverse[slot][equations.fixedSlot(s)];
            }
        }
        for (String key : traitWeights.keySet()) {
            int t = java.util.Arrays.binarySearch(design.traitKeys, key);
            if (t >= 0) {
                int tt = t;
                means.add(new TraitMean(key, Prediction.of(beta[t], s2 * base.fixed[t],
                        df.of(base.fixed[t], gradient(pv -> pv.fixed[tt])))));
            }
        }
        return new RaterModelFit(design, theta.clone(), VarianceComponents.of(theta, s2), criterion.profiled(f),
                evaluations, means, meanCovariance, leniency(border, s2, base, df),
                candidates(border, local, s2, base, df, traitWeights), impressions(local, s2, base, df),
                overallCovariance(border, local, base), df, weights);
    }

    /**
     * Factors the equations at θ̂ + h_a·e_a and computes every variance there; the derivatives are forward
     * differences, accurate to about 1e-3 relative, ample for degrees of freedom.
     */
    private Factorization[] perturb() {
        int k = theta.length;
        plus = new PredictionVariances[k];
        steps = new double[k];
        Factorization[] moved = new Factorization[k];
        for (int a = 0; a < k; a++) {
            steps[a] = SatterthwaiteDf.step(theta[a]);
            double[] up = theta.clone();
            up[a] += steps[a];
            moved[a] = equations.factor(up, true);
            plus[a] = PredictionVariances.of(moved[a], up, weights);
        }
        return moved;
    }

    private double[] gradient(ToDoubleFunction<PredictionVariances> variance) {
        double[] g = new double[theta.length];
        double at = variance.applyAsDouble(base);
        for (int a = 0; a < g.length; a++) {
            g[a] = (variance.applyAsDouble(plus[a]) - at) / steps[a];
        }
        return g;
    }

    private List<LeniencyEstimate> leniency(double[] border, double s2, PredictionVariances base, SatterthwaiteDf df) {
        double ti = theta[VarianceTerm.INTERVIEWER.ordinal()];
        int[] shared = new int[design.interviewers()];
        for (CandidateBlock b : design.blocks) {
            if (b.interviewers.length >= 2) {
                for (int i : b.interviewers) {
                    shared[i]++;
                }
            }
        }
        double[] share = PredictionVariances.ratingShares(design);
        double mean = 0;
        for (int i = 0; i < design.interviewers(); i++) {
            mean += share[i] * ti * border[i];
        }
        List<LeniencyEstimate> result = new ArrayList<>();
        for (int i = 0; i < design.interviewers(); i++) {
            int ii = i;
            Prediction p = Prediction.of(ti * border[i], s2 * base.interviewer[i],
                    df.of(base.interviewer[i], gradient(pv -> pv.interviewer[ii])));
            Prediction relative = Prediction.of(ti * border[i] - mean, s2 * base.interviewerAgainstPool[i],
                    df.of(base.interviewerAgainstPool[i], gradient(pv -> pv.interviewerAgainstPool[ii])));
            result.add(new LeniencyEstimate(design.interviewerIds[i], (int) design.interviewerCount[i], shared[i], p,
                    relative));
        }
        return result;
    }

    private List<CandidateScores> candidates(double[] border, double[][] local, double s2, PredictionVariances base,
            SatterthwaiteDf df, Map<String, Double> traitWeights) {
        double tc = theta[VarianceTerm.CANDIDATE.ordinal()];
        double tt = theta[VarianceTerm.CANDIDATE_TRAIT.ordinal()];
        List<CandidateScores> result = new ArrayList<>();
        for (int j = 0; j < design.candidates(); j++) {
            CandidateBlock b = design.blocks[j];
            int[] localOf = PredictionVariances.localTraitIndex(b, design.traits());
            double candidateEffect = tc * local[j][b.candidateSlot()];
            Map<String, Prediction> traits = new java.util.LinkedHashMap<>();
            List<String> notScored = new ArrayList<>();
            double overall = 0;
            for (String key : traitWeights.keySet()) {
                int t = java.util.Arrays.binarySearch(design.traitKeys, key);
                if (t < 0) {
                    continue;
                }
                int jj = j;
                double estimate = border[equations.fixedSlot(t)] + candidateEffect
                        + (localOf[t] >= 0 ? tt * local[j][localOf[t]] : 0);
                overall += weights[t] * estimate;
                traits.put(key, Prediction.of(estimate, s2 * base.trait[j][t],
                        df.of(base.trait[j][t], gradient(pv -> pv.trait[jj][t]))));
                if (localOf[t] < 0) {
                    notScored.add(key);
                }
            }
            int jj = j;
            double q = overallVariance(base, j);
            result.add(new CandidateScores(design.candidateIds[j], traits, notScored,
                    Prediction.of(overall, s2 * q, df.of(q, gradient(pv -> overallVariance(pv, jj))))));
        }
        return result;
    }

    private static double overallVariance(PredictionVariances pv, int j) {
        double v = pv.overallOwn[j];
        for (double s : pv.overallShared[j]) {
            v += s * s;
        }
        return v;
    }

    private List<SharedImpression> impressions(double[][] local, double s2, PredictionVariances base,
            SatterthwaiteDf df) {
        double tx = theta[VarianceTerm.CANDIDATE_INTERVIEWER.ordinal()];
        List<SharedImpression> result = new ArrayList<>();
        for (int j = 0; j < design.candidates(); j++) {
            CandidateBlock b = design.blocks[j];
            int k = b.interviewers.length;
            double panel = 0;
            for (int i = 0; i < k; i++) {
                panel += local[j][b.interviewerSlot(i)] / k;
            }
            for (int i = 0; i < k; i++) {
                int jj = j;
                int ii = i;
                double q = base.impression[j][i];
                Prediction effect = Prediction.of(tx * local[j][b.interviewerSlot(i)], s2 * q,
                        df.of(q, gradient(pv -> pv.impression[jj][ii])));
                double qPanel = base.impressionAgainstPanel[j][i];
                Prediction againstPanel = Prediction.of(tx * (local[j][b.interviewerSlot(i)] - panel), s2 * qPanel,
                        df.of(qPanel, gradient(pv -> pv.impressionAgainstPanel[jj][ii])));
                int traits = ModelSupport.traitsScoredBy(b, i);
                result.add(new SharedImpression(design.candidateIds[j], design.interviewerIds[b.interviewers[i]],
                        traits, k, effect, againstPanel));
            }
        }
        return result;
    }

    private OverallCovariance overallCovariance(double[] border, double[][] local, PredictionVariances base) {
        int n = design.candidates();
        int k = theta.length;
        double[] estimate = new double[n];
        double[][] ownGradient = new double[n][];
        double[][][] sharedGradient = new double[n][k][];
        double tc = theta[VarianceTerm.CANDIDATE.ordinal()];
        double tt = theta[VarianceTerm.CANDIDATE_TRAIT.ordinal()];
        for (int j = 0; j < n; j++) {
            CandidateBlock b = design.blocks[j];
            int[] localOf = PredictionVariances.localTraitIndex(b, design.traits());
            for (int t = 0; t < design.traits(); t++) {
                estimate[j] += weights[t] * (border[equations.fixedSlot(t)] + tc * local[j][b.candidateSlot()]
                        + (localOf[t] >= 0 ? tt * local[j][localOf[t]] : 0));
            }
            int jj = j;
            ownGradient[j] = gradient(pv -> pv.overallOwn[jj]);
            for (int a = 0; a < k; a++) {
                double[] up = plus[a].overallShared[j];
                double[] at = base.overallShared[j];
                double[] g = new double[up.length];
                for (int s = 0; s < g.length; s++) {
                    g[s] = (up[s] - at[s]) / steps[a];
                }
                sharedGradient[j][a] = g;
            }
        }
        return new OverallCovariance(estimate, base.overallOwn.clone(), ownGradient, base.overallShared,
                sharedGradient);
    }

    /** a_t = w_t / Σ w over the traits that have scores; traits without scores take no part. */
    private static double[] normalisedWeights(RatingDesign design, Map<String, Double> traitWeights) {
        double[] a = new double[design.traits()];
        double total = 0;
        for (int t = 0; t < a.length; t++) {
            a[t] = traitWeights.get(design.traitKeys[t]);
            total += a[t];
        }
        for (int t = 0; t < a.length; t++) {
            a[t] /= total;
        }
        return a;
    }
}
