package io.traitscore.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Estimates each rater's leniency from the candidates and traits they rated together with
 * someone else.
 *
 * <p>For every observation whose candidate and trait were also scored by at least one other
 * rater, the difference "own score − mean of the other raters' scores on that candidate and
 * trait" is one comparison; a rater's offset is the mean of their comparisons. Comparing
 * only within the same candidate and trait removes the candidate's true level, so what is
 * left is the rater's habit (a simple paired-comparison form of rater-severity estimation,
 * cf. the "leniency/severity" error in Saal, Downey &amp; Lahey 1980, Psychological Bulletin
 * 88(2), 413-428). If a rater scored the same candidate and trait twice, each of their
 * scores is compared against the other raters only, never against their own.
 */
public final class RaterLeniency {

    private record Cell(long candidateId, String traitKey) {
    }

    private RaterLeniency() {
    }

    /** One entry per rater in the input, ordered by rater id. */
    public static Map<Long, LeniencyOffset> offsets(Collection<RatingObservation> observations) {
        Map<Cell, List<RatingObservation>> cells = new LinkedHashMap<>();
        Map<Long, double[]> sumAndCount = new TreeMap<>();
        for (RatingObservation obs : observations) {
            cells.computeIfAbsent(new Cell(obs.candidateId(), obs.traitKey()), c -> new ArrayList<>()).add(obs);
            sumAndCount.putIfAbsent(obs.raterId(), new double[2]);
        }
        for (List<RatingObservation> cell : cells.values()) {
            for (RatingObservation obs : cell) {
                double othersSum = 0;
                int othersCount = 0;
                for (RatingObservation other : cell) {
                    if (other.raterId() != obs.raterId()) {
                        othersSum += other.score();
                        othersCount++;
                    }
                }
                if (othersCount > 0) {
                    double[] acc = sumAndCount.get(obs.raterId());
                    acc[0] += obs.score() - othersSum / othersCount;
                    acc[1]++;
                }
            }
        }
        Map<Long, LeniencyOffset> result = new TreeMap<>();
        sumAndCount.forEach((raterId, acc) -> {
            int comparisons = (int) acc[1];
            OptionalDouble offset = comparisons == 0 ? OptionalDouble.empty() : OptionalDouble.of(acc[0] / comparisons);
            result.put(raterId, new LeniencyOffset(raterId, offset, comparisons));
        });
        return Collections.unmodifiableMap(result);
    }
}
