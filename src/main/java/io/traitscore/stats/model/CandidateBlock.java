package io.traitscore.stats.model;

/**
 * One candidate's ratings reduced to what the mixed model equations need: counts, sums and sums of squares per
 * (trait, interviewer) cell, and their margins.
 *
 * <p>Every cross-product of the model's design matrices within a candidate is a count of ratings in
 * a cell or a margin, and every product with the scores a sum of scores, so the model never touches
 * single ratings again after this reduction. Local indices: the candidate's traits {@code 0..traits-1}
 * and interviewers {@code 0..interviewers-1}, mapped to the opening's by {@link #traits} and
 * {@link #interviewers}.
 */
final class CandidateBlock {

    /** Global trait index of each local trait, ascending. */
    final int[] traits;
    /** Global interviewer index of each local interviewer, ascending. */
    final int[] interviewers;
    /** Local trait, local interviewer, number of ratings and sum of scores of each non-empty cell. */
    final int[] cellTrait;
    final int[] cellInterviewer;
    final double[] cellCount;
    final double[] cellSum;
    final double[] cellSumOfSquares;
    /** Margins: ratings and score sums per local trait, per local interviewer, and in total. */
    final double[] traitCount;
    final double[] traitSum;
    final double[] interviewerCount;
    final double[] interviewerSum;
    final double count;
    final double sum;

    CandidateBlock(int[] traits, int[] interviewers, int[] cellTrait, int[] cellInterviewer, double[] cellCount,
            double[] cellSum, double[] cellSumOfSquares) {
        this.traits = traits;
        this.interviewers = interviewers;
        this.cellTrait = cellTrait;
        this.cellInterviewer = cellInterviewer;
        this.cellCount = cellCount;
        this.cellSum = cellSum;
        this.cellSumOfSquares = cellSumOfSquares;
        traitCount = new double[traits.length];
        traitSum = new double[traits.length];
        interviewerCount = new double[interviewers.length];
        interviewerSum = new double[interviewers.length];
        double n = 0;
        double s = 0;
        for (int c = 0; c < cellCount.length; c++) {
            traitCount[cellTrait[c]] += cellCount[c];
            traitSum[cellTrait[c]] += cellSum[c];
            interviewerCount[cellInterviewer[c]] += cellCount[c];
            interviewerSum[cellInterviewer[c]] += cellSum[c];
            n += cellCount[c];
            s += cellSum[c];
        }
        count = n;
        sum = s;
    }

    /** Local effects: one per trait (candidate:trait), one per interviewer (candidate:interviewer), the candidate. */
    int localSize() {
        return traits.length + interviewers.length + 1;
    }

    int candidateSlot() {
        return traits.length + interviewers.length;
    }

    int interviewerSlot(int localInterviewer) {
        return traits.length + localInterviewer;
    }
}
