package io.traitscore.stats.model;

import io.traitscore.stats.Outcome;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Fits the rater model to an opening's scores by REML:
 * <pre>
 *   y = β_t + b_c + b_ct + b_i + b_ci + e
 *   b_c ~ N(0, σ²_c), b_ct ~ N(0, σ²_ct), b_i ~ N(0, σ²_i), b_ci ~ N(0, σ²_ci), e ~ N(0, σ²), all independent
 * </pre>
 * for the score y that interviewer i gave candidate c on trait t; in lme4 terms
 * {@code score ~ 0 + trait + (1|candidate) + (1|candidate:trait) + (1|interviewer) + (1|candidate:interviewer)}.
 *
 * <p>The residual variance is profiled out and the four relative standard deviations θ ≥ 0 are found by
 * BOBYQA (Powell 2009, the optimiser lme4 uses too), started from {@link MomentEstimates}. Each evaluation of
 * the criterion costs time linear in the number of candidates ({@link MixedModelEquations}).
 *
 * <p>When the data cannot support the model the outcome is undefined with the reason ({@link ModelSupport}),
 * and so it is when the optimiser does not converge or the equations are numerically singular: the
 * caller then shows the plain figures and says why. Nothing is ever NaN.
 */
public final class RaterModel {

    static final String NOT_CONVERGED = "the model fit did not converge";
    static final String SINGULAR = "the model's equations are numerically singular";
    static final String NOT_COMPUTABLE = "the model's figures could not be computed";
    private static final int MAX_EVALUATIONS = 3000;
    private static final double INITIAL_RADIUS = 0.05;
    private static final double STOPPING_RADIUS = 1e-6;

    private RaterModel() {
    }

    public static Outcome<RaterModelFit> fit(RaterModelInput input) {
        RatingDesign design = RatingDesign.of(input.ratings());
        Optional<String> unsupported = ModelSupport.whyNot(design);
        if (unsupported.isPresent()) {
            return Outcome.undefined(unsupported.get());
        }
        MixedModelEquations equations = new MixedModelEquations(design, true);
        RemlCriterion criterion = new RemlCriterion(equations);
        double[] theta;
        try {
            theta = minimise(criterion, MomentEstimates.startingTheta(design));
        } catch (MixedModelEquations.NotPositiveDefiniteException e) {
            return Outcome.undefined(SINGULAR);
        } catch (RuntimeException e) {
            // Too many evaluations, or one of the optimiser's own failures: no estimate to report.
            return Outcome.undefined(NOT_CONVERGED);
        }
        try {
            return Outcome.defined(FitAssembler.assemble(design, equations, criterion, theta, input.traitWeights(),
                    criterion.evaluations()));
        } catch (MixedModelEquations.NotPositiveDefiniteException e) {
            return Outcome.undefined(SINGULAR);
        } catch (ArithmeticException | IllegalArgumentException | IllegalStateException e) {
            // A figure came out non-finite (Prediction and Interval refuse those): report none rather than NaN.
            return Outcome.undefined(NOT_COMPUTABLE);
        }
    }

    private static double[] minimise(RemlCriterion criterion, double[] start) {
        int k = start.length;
        double[] lower = new double[k];
        double[] upper = new double[k];
        Arrays.fill(upper, Double.POSITIVE_INFINITY);
        BOBYQAOptimizer optimiser = new BOBYQAOptimizer(2 * k + 1, INITIAL_RADIUS, STOPPING_RADIUS);
        PointValuePair best = optimiser.optimize(new MaxEval(MAX_EVALUATIONS),
                new ObjectiveFunction(criterion::deviance), GoalType.MINIMIZE, new InitialGuess(start),
                new SimpleBounds(lower, upper));
        double[] theta = best.getPoint();
        if (!Double.isFinite(best.getValue())) {
            throw new TooManyEvaluationsException(MAX_EVALUATIONS);
        }
        return theta;
    }
}
