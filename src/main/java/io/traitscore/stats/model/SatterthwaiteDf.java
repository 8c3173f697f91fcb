package io.traitscore.stats.model;

import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Satterthwaite degrees of freedom for a variance that the model estimates, as lmerTest does for
 * fixed-effect contrasts (Kuznetsova, Brockhoff &amp; Christensen 2017, "lmerTest package", J. Stat.
 * Softw. 82(13); Giesbrecht &amp; Burns 1985, Biometrics 41(2), 477-486), extended to predictions
 * that include random effects.
 *
 * <p>A prediction's error variance Q(φ) = σ²·q(θ) depends on the variance parameters φ = (θ, σ). Their
 * estimate has asymptotic covariance A = 2·H⁻¹, where H is the Hessian of the unprofiled REML
 * criterion d(θ, σ) = log det M(θ) + (n − p)·log(2πσ²) + r²(θ)/σ² at the estimate; then
 * <pre>
 *   Var(Q̂) ≈ ∇Qᵀ A ∇Q,   df = 2·Q² / Var(Q̂)
 * </pre>
 * makes Q̂/Q approximately χ²_df/df, so that estimate/SE is approximately t_df. With few interviewers
 * the interviewer variance is poorly determined, df is small and the t quantile widens the interval.
 *
 * <p>H is taken by finite differences of log det M and r² in θ (central for the pure, forward for the mixed
 * second derivatives; σ enters analytically):
 * ∂²d/∂θ_a∂θ_b = ∂²log det M + ∂²r²/σ², ∂²d/∂θ_a∂σ = −2·∂r²/∂θ_a/σ³, ∂²d/∂σ² = −2(n − p)/σ² + 6r²/σ⁴.
 * d is even in each θ_a (flipping the sign of a term's effects changes nothing), so differences
 * across θ_a = 0 are valid at the boundary. Directions in which H is not positive (a flat
 * criterion) are left out of the pseudo-inverse: nothing is learnt about them, and Q does not move
 * along them at a boundary either.
 */
final class SatterthwaiteDf {

    /** Smallest df reported: below 1 the t distribution has no finite variance and the interval no meaning. */
    static final double MIN_DF = 1;
    private static final double RELATIVE_EIGENVALUE_FLOOR = 1e-10;

    private final RealMatrix covariance;
    private final double sigma;

    private SatterthwaiteDf(RealMatrix covariance, double sigma) {
        this.covariance = covariance;
        this.sigma = sigma;
    }

    /** Step for the central differences in θ_a. */
    static double step(double theta) {
        return 1e-3 * Math.max(Math.abs(theta), 0.1);
    }

    /**
     * @param centre the equations factored at θ̂
     * @param plus   the equations factored at θ̂ + h_a·e_a, for each a
     */
    static SatterthwaiteDf at(MixedModelEquations equations, double[] theta, double sigma, Factorization centre,
            Factorization[] plus) {
        int k = theta.length;
        double[] h = new double[k];
        for (int a = 0; a < k; a++) {
            h[a] = step(theta[a]);
        }
        double[][] hessian = new double[k + 1][k + 1];
        double[] rssGradient = new double[k];
        double s2 = sigma * sigma;
        for (int a = 0; a < k; a++) {
            Factorization minus = equations.factor(moved(theta, a, -h[a], -1, 0), false);
            double logDet = (plus[a].logDeterminant - 2 * centre.logDeterminant + minus.logDeterminant) / (h[a] * h[a]);
            double rss = (plus[a].penalizedRss - 2 * centre.penalizedRss + minus.penalizedRss) / (h[a] * h[a]);
            hessian[a][a] = logDet + rss / s2;
            rssGradient[a] = (plus[a].penalizedRss - minus.penalizedRss) / (2 * h[a]);
        }
        // Mixed derivatives by forward differences, reusing θ̂ + h_a and θ̂ + h_b: one more factorization each.
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                Factorization both = equations.factor(moved(theta, a, h[a], b, h[b]), false);
                double logDet = both.logDeterminant - plus[a].logDeterminant - plus[b].logDeterminant
                        + centre.logDeterminant;
                double rss = both.penalizedRss - plus[a].penalizedRss - plus[b].penalizedRss + centre.penalizedRss;
                double value = (logDet + rss / s2) / (h[a] * h[b]);
                hessian[a][b] = value;
                hessian[b][a] = value;
            }
        }
        int residualDf = equations.design().ratingCount - equations.design().traits();
        for (int a = 0; a < k; a++) {
            hessian[a][k] = -2 * rssGradient[a] / (s2 * sigma);
            hessian[k][a] = hessian[a][k];
        }
        hessian[k][k] = -2.0 * residualDf / s2 + 6 * centre.penalizedRss / (s2 * s2);
        return new SatterthwaiteDf(pseudoInverse(MatrixUtils.createRealMatrix(hessian)).scalarMultiply(2), sigma);
    }

    private static double[] moved(double[] theta, int a, double da, int b, double db) {
        double[] x = theta.clone();
        x[a] += da;
        if (b >= 0) {
            x[b] += db;
        }
        return x;
    }

    private static RealMatrix pseudoInverse(RealMatrix symmetric) {
        EigenDecomposition eigen = new EigenDecomposition(symmetric);
        double[] values = eigen.getRealEigenvalues();
        double largest = 0;
        for (double v : values) {
            largest = Math.max(largest, v);
        }
        int n = values.length;
        RealMatrix inverse = MatrixUtils.createRealMatrix(n, n);
        for (int e = 0; e < n; e++) {
            if (values[e] > RELATIVE_EIGENVALUE_FLOOR * largest) {
                RealVector v = eigen.getEigenvector(e);
                inverse = inverse.add(v.outerProduct(v).scalarMultiply(1 / values[e]));
            }
        }
        return inverse;
    }

    /** Asymptotic covariance of (θ̂, σ̂), 2·H⁻¹. */
    double[][] parameterCovariance() {
        return covariance.getData();
    }

    /**
     * df of Q = σ²·q, given ∂q/∂θ_a.
     *
     * @param q          the variance in units of σ²
     * @param qGradient  its derivatives with respect to θ
     */
    double of(double q, double[] qGradient) {
        int k = qGradient.length;
        double s2 = sigma * sigma;
        double[] gradient = new double[k + 1];
        for (int a = 0; a < k; a++) {
            gradient[a] = s2 * qGradient[a];
        }
        gradient[k] = 2 * sigma * q;
        RealVector g = MatrixUtils.createRealVector(gradient);
        double variance = g.dotProduct(covariance.operate(g));
        double value = s2 * q;
        if (!(variance > 0) || !(value > 0)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(MIN_DF, 2 * value * value / variance);
    }
}
