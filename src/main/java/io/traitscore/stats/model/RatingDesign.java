package io.traitscore.stats.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
        long[] candidates = ratings.stream().mapToLong(ModelRating::candidateId).distinct().sorted().toArray();
        String[] traits = new TreeSet<>(ratings.stream().map(ModelRating::traitKey).toList()).toArray(String[]::new);
        long[] interviewers = ratings.stream().mapToLong(ModelRating::interviewerId).distinct().sorted().toArray();
        Map<String, Integer> traitIndex = new HashMap<>();
        for (int t = 0; t < traits.length; t++) {
            traitIndex.put(traits[t], t);
        }
        // candidate → (trait, interviewer) → {count, sum, sum of squares}, both levels sorted so that local indices ascend
        Map<Long, TreeMap<Long, double[]>> cells = new HashMap<>();
        double sumOfSquares = 0;
        for (ModelRating r : ratings) {
            int t = traitIndex.get(r.traitKey());
            int i = Arrays.binarySearch(interviewers, r.interviewerId());
            long cellKey = (long) t * interviewers.length + i;
            double[] cell = cells.computeIfAbsent(r.candidateId(), c -> new TreeMap<>())
                    .computeIfAbsent(cellKey, k -> new double[3]);
            cell[0]++;
            cell[1] += r.score();
            cell[2] += r.score() * r.score();
            sumOfSquares += r.score() * r.score();
        }
        CandidateBlock[] blocks = new CandidateBlock[candidates.length];
        for (int j = 0; j < candidates.length; j++) {
            blocks[j] = block(cells.get(candidates[j]), interviewers.length);
        }
        return new RatingDesign(candidates, traits, interviewers, blocks, ratings.size(), sumOfSquares);
    }

    private static CandidateBlock block(TreeMap<Long, double[]> cells, int interviewerTotal) {
        int[] traits = cells.keySet().stream().mapToInt(k -> (int) (k / interviewerTotal)).distinct().sorted().toArray();
        int[] interviewers = cells.keySet().stream().mapToInt(k -> (int) (k % interviewerTotal)).distinct().sorted()
                .toArray();
        List<Map.Entry<Long, double[]>> entries = new ArrayList<>(cells.entrySet());
        int n = entries.size();
        int[] cellTrait = new int[n];
        int[] cellInterviewer = new int[n];
        double[] cellCount = new double[n];
        double[] cellSum = new double[n];
        double[] cellSumOfSquares = new double[n];
        for (int c = 0; c < n; c++) {
            long key = entries.get(c).getKey();
            cellTrait[c] = Arrays.binarySearch(traits, (int) (key / interviewerTotal));
            cellInterviewer[c] = Arrays.binarySearch(interviewers, (int) (key % interviewerTotal));
            cellCount[c] = entries.get(c).getValue()[0];
            cellSum[c] = entries.get(c).getValue()[1];
            cellSumOfSquares[c] = entries.get(c).getValue()[2];
        }
        return new CandidateBlock(traits, interviewers, cellTrait, cellInterviewer, cellCount, cellSum, cellSumOfSquares);
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
