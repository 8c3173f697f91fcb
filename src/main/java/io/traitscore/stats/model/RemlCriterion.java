package io.traitscore.stats.model;

/**
 * The REML criterion of the rater model with the residual variance profiled out, as a function of
 * the relative standard deviations θ (Bates et al. 2015, J. Stat. Softw. 67(1), eq. 42):
 * <pre>
 *   d(θ) = log det M(θ) + (n − p)·[1 + log(2π·r²(θ)/(n − p))],   σ̂²(θ) = r²(θ)/(n − p)
 * </pre>
 * where log det M(θ) = log|L_θ|² + log|R_X|², r²(θ) is the penalised residual sum of squares, n the
 * number of ratings and p the number of fixed effects (one mean per rated trait). d is −2 times the
 * maximised restricted log-likelihood, lme4's {@code REMLcrit}.
 *
 * <p>The unprofiled form, used for the curvature behind the degrees of freedom, is
 * d(θ, σ) = log det M(θ) + (n − p)·log(2πσ²) + r²(θ)/σ².
 */
final class RemlCriterion {

    private static final double LOG_TWO_PI = Math.log(2 * Math.PI);

    private final MixedModelEquations equations;
    private final int n;
    private final int p;
    private int evaluations;

    RemlCriterion(MixedModelEquations equations) {
        this.equations = equations;
        this.n = equations.design().ratingCount;
        this.p = equations.design().traits();
    }

    /** Residual degrees of freedom n − p. */
    int residualDf() {
        return n - p;
    }

    int evaluations() {
        return evaluations;
    }

    double deviance(double[] theta) {
        evaluations++;
        return profiled(equations.factor(theta, false));
    }

    double profiled(Factorization f) {
        return f.logDeterminant + (n - p) * (1 + LOG_TWO_PI + Math.log(f.penalizedRss / (n - p)));
    }

    double unprofiled(Factorization f, double sigma) {
        double s2 = sigma * sigma;
        return f.logDeterminant + (n - p) * (LOG_TWO_PI + Math.log(s2)) + f.penalizedRss / s2;
    }
}
