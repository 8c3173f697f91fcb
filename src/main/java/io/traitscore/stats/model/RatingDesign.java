package io.traitscore.stats.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * The opening's ratings indexed for the model: candidates, traits and interviewers numbered from 0
 * (ids and keys ascending), each candidate's ratings as a {@link CandidateBlock}, and the opening-wide
 * margins that the fixed trait means and the interviewer effects need.
 */
final class RatingDesign {

    final long[] candidateIds;
    final String[] traitKeys;
    final long[] interviewerIds;
    final CandidateBlock[] blocks;
    final int ratingCount;
    /** Σ y² over all ratings. */
    final double sumOfSquares;
    /** Ratings and score sums per interviewer and per trait; ratings per (interviewer, trait). */
    final double[] interviewerCount;
    final double[] interviewerSum;
    final double[] traitCount;
    final double[] traitSum;
    final double[][] interviewerTraitCount;

    private RatingDesign(long[] candidateIds, String[] traitKeys, long[] interviewerIds, CandidateBlock[] blocks,
            int ratingCount, double sumOfSquares) {
        this.candidateIds = candidateIds;
        this.traitKeys = traitKeys;
        this.interviewerIds = interviewerIds;
        this.blocks = blocks;
        this.ratingCount = ratingCount;
        this.sumOfSquares = sumOfSquares;
        interviewerCount = new double[interviewerIds.length];
        interviewerSum = new double[interviewerIds.length];
        traitCount = new double[traitKeys.length];
        traitSum = new double[traitKeys.length];
        interviewerTraitCount = new double[interviewerIds.length][traitKeys.length];
        for (CandidateBlock b : blocks) {
            for (int c = 0; c < b.cellCount.length; c++) {
                int i = b.interviewers[b.cellInterviewer[c]];
                int t = b.traits[b.cellTrait[c]];
                interviewerCount[i] += b.cellCount[c];
                interviewerSum[i] += b.cellSum[c];
                traitCount[t] += b.cellCount[c];
                traitSum[t] += b.cellSum[c];
                interviewerTraitCount[i][t] += b.cellCount[c];
            }
        }
    }

    static RatingDesign of(Collection<ModelRating> ratings) {
        ModelRating[] all = ratings.toArray(ModelRating[]::new);
        long[] candidates = Arrays.stream(all).mapToLong(ModelRating::candidateId).distinct().sorted().toArray();
        String[] traits = new TreeSet<>(Arrays.stream(all).map(ModelRating::traitKey).toList()).toArray(String[]::new);
        long[] interviewers = Arrays.stream(all).mapToLong(ModelRating::interviewerId).distinct().sorted().toArray();
        Map<String, Integer> traitIndex = new HashMap<>();
        for (int t = 0; t < traits.length; t++) {
            traitIndex.put(traits[t], t);
        }
        // Counting sort by candidate, then each candidate's ratings sorted by (trait, interviewer) cell.
        int[] candidateOf = new int[all.length];
        int[] start = new int[candidates.length + 1];
        double sumOfSquares = 0;
        for (int r = 0; r < all.length; r++) {
            candidateOf[r] = Arrays.binarySearch(candidates, all[r].candidateId());
            start[candidateOf[r] + 1]++;
            sumOfSquares += all[r].score() * all[r].score();
        }
        for (int j = 0; j < candidates.length; j++) {
            start[j + 1] += start[j];
        }
        int[] next = Arrays.copyOf(start, candidates.length);
        int[] byCandidate = new int[all.length];
        for (int r = 0; r < all.length; r++) {
            byCandidate[next[candidateOf[r]]++] = r;
        }
        CandidateBlock[] blocks = new CandidateBlock[candidates.length];
        for (int j = 0; j < candidates.length; j++) {
            long[] keyed = new long[start[j + 1] - start[j]];
            for (int k = 0; k < keyed.length; k++) {
                ModelRating r = all[byCandidate[start[j] + k]];
                long cell = (long) traitIndex.get(r.traitKey()) * interviewers.length
                        + Arrays.binarySearch(interviewers, r.interviewerId());
                keyed[k] = cell << 32 | k;
            }
            Arrays.sort(keyed);
            blocks[j] = block(all, byCandidate, start[j], keyed, interviewers.length);
        }
        return new RatingDesign(candidates, traits, interviewers, blocks, all.length, sumOfSquares);
    }

    /** One candidate's block from their ratings sorted by cell key (trait · interviewers + interviewer). */
    private static CandidateBlock block(ModelRating[] all, int[] byCandidate, int offset, long[] keyed,
            int interviewerTotal) {
        int cells = 0;
        for (int k = 0; k < keyed.length; k++) {
            if (k == 0 || keyed[k] >>> 32 != keyed[k - 1] >>> 32) {
                cells++;
            }
        }
        long[] cellKey = new long[cells];
        double[] cellCount = new double[cells];
        double[] cellSum = new double[cells];
        double[] cellSumOfSquares = new double[cells];
        int c = -1;
        for (int k = 0; k < keyed.length; k++) {
            if (k == 0 || keyed[k] >>> 32 != keyed[k - 1] >>> 32) {
                cellKey[++c] = keyed[k] >>> 32;
            }
            double y = all[byCandidate[offset + (int) keyed[k]]].score();
            cellCount[c]++;
            cellSum[c] += y;
            cellSumOfSquares[c] += y * y;
        }
        int[] traits = Arrays.stream(cellKey).mapToInt(key -> (int) (key / interviewerTotal)).distinct().toArray();
        int[] interviewers = Arrays.stream(cellKey).mapToInt(key -> (int) (key % interviewerTotal)).distinct().sorted()
                .toArray();
        int[] cellTrait = new int[cells];
        int[] cellInterviewer = new int[cells];
        for (int k = 0; k < cells; k++) {
            cellTrait[k] = Arrays.binarySearch(traits, (int) (cellKey[k] / interviewerTotal));
            cellInterviewer[k] = Arrays.binarySearch(interviewers, (int) (cellKey[k] % interviewerTotal));
        }
        return new CandidateBlock(traits, interviewers, cellTrait, cellInterviewer, cellCount, cellSum,
                cellSumOfSquares);
    }

    int candidates() {
        return candidateIds.length;
    }

    int traits() {
        return traitKeys.length;
    }

    int interviewers() {
        return interviewerIds.length;
    }
}
