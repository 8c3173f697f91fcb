package io.traitscore.stats.model;

/**
 * What the difference of two candidates' overall scores needs, kept per candidate after the fit: the
 * estimate, the part of its error variance no other candidate shares (own_j) and the shared vector s_j
 * (see {@link Factorization}), with their derivatives in θ for the degrees of freedom. Then, in units of σ²,
 * <pre>
 *   Var(ŵ_j − ŵ_k − (w_j − w_k)) = own_j + own_k + ‖s_j − s_k‖²
 * </pre>
 * at a cost of one border-sized vector per pair.
 */
final class OverallCovariance {

    private final double[] estimate;
    private final double[] own;
    private final double[][] ownGradient;
    private final double[][] shared;
    private final double[][][] sharedGradient;

    OverallCovariance(double[] estimate, double[] own, double[][] ownGradient, double[][] shared,
            double[][][] sharedGradient) {
        this.estimate = estimate;
        this.own = own;
        this.ownGradient = ownGradient;
        this.shared = shared;
        this.sharedGradient = sharedGradient;
    }

    double estimateDifference(int j, int k) {
        return estimate[j] - estimate[k];
    }

    /** Var(difference) / σ². */
    double variance(int j, int k) {
        double v = own[j] + own[k];
        for (int b = 0; b < shared[j].length; b++) {
            double d = shared[j][b] - shared[k][b];
            v += d * d;
        }
        return v;
    }

    /** ∂(Var(difference) / σ²)/∂θ. */
    double[] varianceGradient(int j, int k) {
        int terms = ownGradient[j].length;
        double[] g = new double[terms];
        for (int a = 0; a < terms; a++) {
            double s = ownGradient[j][a] + ownGradient[k][a];
            for (int b = 0; b < shared[j].length; b++) {
                s += 2 * (shared[j][b] - shared[k][b]) * (sharedGradient[j][a][b] - sharedGradient[k][a][b]);
            }
            g[a] = s;
        }
        return g;
    }
}
