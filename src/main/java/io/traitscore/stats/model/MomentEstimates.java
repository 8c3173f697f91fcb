package io.traitscore.stats.model;

/**
 * Rough variance components from average products of deviations, used as the optimiser's start.
 *
 * <p>With e the deviation of a score from its trait's mean, the model makes the covariance of two
 * different ratings depend only on what they share:
 * <pre>
 *   same candidate, same trait, different interviewers:       C1 = σ²_c + σ²_ct
 *   same candidate, different traits, different interviewers: C2 = σ²_c
 *   same candidate and interviewer, different traits:         C3 = σ²_c + σ²_i + σ²_ci
 *   same interviewer, different candidates:                   C4 = σ²_i
 *   a rating with itself:                                     V  = σ²_c + σ²_ct + σ²_i + σ²_ci + σ²_e
 * </pre>
 * Each C is the mean of e·e′ over all such ordered pairs, computed from cell sums (Σ over pairs of
 * different cells = (Σe)² − Σ cell sums²). Solving gives the components; negative ones become 0 and
 * the residual is kept at 10% of V or more, so that the start is always a valid θ. Unbiased enough to
 * start from, and no more: the fit is by REML.
 */
final class MomentEstimates {

    private static final double MIN_RESIDUAL_SHARE = 0.1;

    private MomentEstimates() {
    }

    /** Relative standard deviations θ in {@link VarianceTerm} order; the design must have score variance. */
    static double[] startingTheta(RatingDesign design) {
        double[] mean = new double[design.traits()];
        for (int t = 0; t < mean.length; t++) {
            mean[t] = design.traitSum[t] / design.traitCount[t];
        }
        double sumSquares = 0;
        double[] products = new double[4];
        double[] pairs = new double[4];
        double[] interviewerSum = new double[design.interviewers()];
        double[] interviewerSquares = new double[design.interviewers()];
        double[] interviewerCountSquares = new double[design.interviewers()];
        for (CandidateBlock b : design.blocks) {
            int nt = b.traits.length;
            int ni = b.interviewers.length;
            double[] byTrait = new double[nt];
            double[] byInterviewer = new double[ni];
            double cellSquares = 0;
            double cellCountSquares = 0;
            for (int k = 0; k < b.cellCount.length; k++) {
                double m = mean[b.traits[b.cellTrait[k]]];
                double e = b.cellSum[k] - b.cellCount[k] * m;
                sumSquares += b.cellSumOfSquares[k] - 2 * m * b.cellSum[k] + b.cellCount[k] * m * m;
                byTrait[b.cellTrait[k]] += e;
                byInterviewer[b.cellInterviewer[k]] += e;
                cellSquares += e * e;
                cellCountSquares += b.cellCount[k] * b.cellCount[k];
            }
            double total = 0;
            double traitSquares = 0;
            double traitCountSquares = 0;
            for (int t = 0; t < nt; t++) {
                total += byTrait[t];
                traitSquares += byTrait[t] * byTrait[t];
                traitCountSquares += b.traitCount[t] * b.traitCount[t];
            }
            double interviewerSquaresHere = 0;
            double interviewerCountSquaresHere = 0;
            for (int i = 0; i < ni; i++) {
                interviewerSquaresHere += byInterviewer[i] * byInterviewer[i];
                interviewerCountSquaresHere += b.interviewerCount[i] * b.interviewerCount[i];
                int g = b.interviewers[i];
                interviewerSum[g] += byInterviewer[i];
                interviewerSquares[g] += byInterviewer[i] * byInterviewer[i];
                interviewerCountSquares[g] += b.interviewerCount[i] * b.interviewerCount[i];
            }
            products[0] += traitSquares - cellSquares;
            pairs[0] += traitCountSquares - cellCountSquares;
            products[1] += total * total - traitSquares - interviewerSquaresHere + cellSquares;
            pairs[1] += b.count * b.count - traitCountSquares - interviewerCountSquaresHere + cellCountSquares;
            products[2] += interviewerSquaresHere - cellSquares;
            pairs[2] += interviewerCountSquaresHere - cellCountSquares;
        }
        for (int g = 0; g < design.interviewers(); g++) {
            products[3] += interviewerSum[g] * interviewerSum[g] - interviewerSquares[g];
            double n = design.interviewerCount[g];
            pairs[3] += n * n - interviewerCountSquares[g];
        }
        double[] c = new double[4];
        for (int k = 0; k < 4; k++) {
            c[k] = pairs[k] > 0 ? products[k] / pairs[k] : 0;
        }
        double v = sumSquares / design.ratingCount;
        double residual = Math.max(v - c[0] - c[2] + c[1], MIN_RESIDUAL_SHARE * v);
        double[] variances = {c[1], c[0] - c[1], c[3], c[2] - c[1] - c[3]};
        double[] theta = new double[4];
        for (int k = 0; k < 4; k++) {
            theta[k] = Math.sqrt(Math.max(variances[k], 0) / residual);
        }
        return theta;
    }
}
