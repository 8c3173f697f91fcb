package io.traitscore.stats.model;

/**
 * Rough variance components from average products of deviations, used as the optimiser's start.
 *
 * <p>First each interviewer's leniency is taken as the mean deviation of their scores from the mean of
 * the candidate they scored (scores centred on their trait's mean), and σ²_i as the spread of those
 * leniencies. With few interviewers their realised effects are far from their expectation, so they are
 * removed from the scores before anything else is averaged. Then, with e the deviation of a score from
 * its trait's mean less its interviewer's leniency, the model makes the covariance of two different
 * ratings of one candidate depend only on what they share:
 * <pre>
 *   same trait, different interviewers:       C1 = σ²_c + σ²_ct
 *   different traits, different interviewers: C2 = σ²_c
 *   same interviewer, different traits:       C3 = σ²_c + σ²_ci
 *   a rating with itself:                     V  = σ²_c + σ²_ct + σ²_ci + σ²_e
 * </pre>
 * Each C is the mean of e·e′ over all such ordered pairs, computed from cell sums (Σ over pairs of
 * different cells = (Σe)² − Σ cell sums²). Solving gives the components; negative ones become 0 and the
 * residual is kept at 10% of V or more, so that the start is always a valid θ. Good enough to start from,
 * and no more: the fit is by REML.
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
        double[] leniency = leniency(design, mean);
        double sumSquares = 0;
        double[] products = new double[3];
        double[] pairs = new double[3];
        for (CandidateBlock b : design.blocks) {
            int nt = b.traits.length;
            int ni = b.interviewers.length;
            double[] byTrait = new double[nt];
            double[] byInterviewer = new double[ni];
            double cellSquares = 0;
            double cellCountSquares = 0;
            for (int k = 0; k < b.cellCount.length; k++) {
                double shift = mean[b.traits[b.cellTrait[k]]] + leniency[b.interviewers[b.cellInterviewer[k]]];
                double n = b.cellCount[k];
                double e = b.cellSum[k] - n * shift;
                sumSquares += b.cellSumOfSquares[k] - 2 * shift * b.cellSum[k] + n * shift * shift;
                byTrait[b.cellTrait[k]] += e;
                byInterviewer[b.cellInterviewer[k]] += e;
                cellSquares += e * e;
                cellCountSquares += n * n;
            }
            double total = 0;
            double traitSquares = 0;
            double traitCountSquares = 0;
            for (int t = 0; t < nt; t++) {
                total += byTrait[t];
                traitSquares += byTrait[t] * byTrait[t];
                traitCountSquares += b.traitCount[t] * b.traitCount[t];
            }
            double interviewerSquares = 0;
            double interviewerCountSquares = 0;
            for (int i = 0; i < ni; i++) {
                interviewerSquares += byInterviewer[i] * byInterviewer[i];
                interviewerCountSquares += b.interviewerCount[i] * b.interviewerCount[i];
            }
            products[0] += traitSquares - cellSquares;
            pairs[0] += traitCountSquares - cellCountSquares;
            products[1] += total * total - traitSquares - interviewerSquares + cellSquares;
            pairs[1] += b.count * b.count - traitCountSquares - interviewerCountSquares + cellCountSquares;
            products[2] += interviewerSquares - cellSquares;
            pairs[2] += interviewerCountSquares - cellCountSquares;
        }
        double[] c = new double[3];
        for (int k = 0; k < 3; k++) {
            c[k] = pairs[k] > 0 ? products[k] / pairs[k] : 0;
        }
        double v = sumSquares / design.ratingCount;
        double residual = Math.max(v - c[0] - c[2] + c[1], MIN_RESIDUAL_SHARE * v);
        double[] variances = {c[1], c[0] - c[1], variance(leniency), c[2] - c[1]};
        double[] theta = new double[4];
        for (int k = 0; k < 4; k++) {
            theta[k] = Math.sqrt(Math.max(variances[k], 0) / residual);
        }
        return theta;
    }

    /** Each interviewer's mean deviation from the means of the candidates they scored (trait means removed). */
    private static double[] leniency(RatingDesign design, double[] mean) {
        double[] sum = new double[design.interviewers()];
        for (CandidateBlock b : design.blocks) {
            double candidateSum = 0;
            for (int k = 0; k < b.cellCount.length; k++) {
                candidateSum += b.cellSum[k] - b.cellCount[k] * mean[b.traits[b.cellTrait[k]]];
            }
            double candidateMean = candidateSum / b.count;
            for (int k = 0; k < b.cellCount.length; k++) {
                sum[b.interviewers[b.cellInterviewer[k]]] += b.cellSum[k]
                        - b.cellCount[k] * (mean[b.traits[b.cellTrait[k]]] + candidateMean);
            }
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= design.interviewerCount[i];
        }
        return sum;
    }

    private static double variance(double[] values) {
        if (values.length < 2) {
            return 0;
        }
        double m = 0;
        for (double x : values) {
            m += x;
        }
        m /= values.length;
        double ss = 0;
        for (double x : values) {
            ss += (x - m) * (x - m);
        }
        return ss / (values.length - 1);
    }
}
