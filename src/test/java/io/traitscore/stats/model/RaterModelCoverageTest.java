package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Do the model's 95% intervals hold up? Many simulated openings (coverage within one opening varies a lot,
 * because its candidates share the panel's leniency), each with 10-30 candidates, 6 traits weighted 3,2,2,1,1,1,
 * panels of 3-4 from a pool of 6 interviewers, 10% of ratings missing ("no evidence"), profile SD 0.5, halo SD
 * 0.3 and noise SD 0.6. Candidates 2, 4 and 6 are twins of 1, 3 and 5 (the same true effects), so their
 * overall scores are truly equal.
 *
 * <p>The true score is the weighted expected rating of an average interviewer. The plain intervals of today's
 * profile cover it 98%, 89%, 78% and 67% of the time at rater SD 0, 0.3, 0.5 and 0.8 (issue 14); the model's
 * must cover it 93-97% of the time at rater SD 0, 0.5 and 0.8, with and without a general candidate level,
 * and call equal candidates different at most 5% of the time. Fixed seeds; the openings run in parallel.
 */
class RaterModelCoverageTest {

    private static final double[] TRAIT_MEANS = {2.8, 3.0, 3.2, 3.4, 3.1, 3.6};
    private static final double[] WEIGHTS = {3, 2, 2, 1, 1, 1};
    private static final int OPENINGS = 300;
    private static final Map<Long, Long> TWINS = Map.of(2L, 1L, 4L, 3L, 6L, 5L);

    /** Intervals that covered, intervals, twin pairs called different, twin pairs, openings the model refused. */
    record Tally(int covered, int intervals, int calledDifferent, int pairs, int refused) {

        static final Tally NONE = new Tally(0, 0, 0, 0, 0);

        Tally plus(Tally o) {
            return new Tally(covered + o.covered, intervals + o.intervals, calledDifferent + o.calledDifferent,
                    pairs + o.pairs, refused + o.refused);
        }

        double coverage() {
            return covered / (double) intervals;
        }

        double falseDifferent() {
            return calledDifferent / (double) pairs;
        }
    }

    static Tally simulate(long seed, int openings, double raterSd, double candidateSd, boolean wholePoints) {
        SplittableRandom root = new SplittableRandom(seed);
        long[] seeds = root.longs(openings).toArray();
        SimulatedOpening.Spread spread = new SimulatedOpening.Spread(candidateSd, 0.5, raterSd, 0.3, 0.6);
        return IntStream.range(0, openings).parallel().mapToObj(o -> {
            SplittableRandom random = new SplittableRandom(seeds[o]);
            int candidates = 10 + random.nextInt(21);
            SimulatedOpening sim = SimulatedOpening.draw(random, candidates, TRAIT_MEANS, WEIGHTS, 6, 3, 4, 0.1,
                    spread, TWINS, wholePoints);
            var outcome = RaterModel.fit(sim.input());
            if (!outcome.isDefined()) {
                return new Tally(0, 0, 0, 0, 1);
            }
            RaterModelFit fit = outcome.orElseThrow();
            int covered = 0;
            for (CandidateScores c : fit.candidates()) {
                double truth = sim.trueScores().get(c.candidateId());
                if (c.overall().interval().lower() <= truth && truth <= c.overall().interval().upper()) {
                    covered++;
                }
            }
            int different = 0;
            for (Map.Entry<Long, Long> twin : TWINS.entrySet()) {
                different += fit.overallDifference(twin.getKey(), twin.getValue()).distinguishable() ? 1 : 0;
            }
            return new Tally(covered, fit.candidates().size(), different, TWINS.size(), 0);
        }).reduce(Tally.NONE, Tally::plus);
    }

    @ParameterizedTest(name = "rater SD {0}, general level SD {1}")
    @CsvSource({"0, 0.5", "0.5, 0.5", "0.8, 0.5", "0, 0", "0.5, 0", "0.8, 0"})
    void intervalsCoverTheTrueScoreAndEqualCandidatesAreRarelyCalledDifferent(double raterSd, double candidateSd) {
        Tally tally = simulate(14_2024 + Math.round(raterSd * 10 + candidateSd * 100), OPENINGS, raterSd, candidateSd,
                false);
        System.out.printf("rater SD %.1f, general level SD %.1f: coverage %.4f of %d, equal called different %.4f of %d%n",
                raterSd, candidateSd, tally.coverage(), tally.intervals(), tally.falseDifferent(), tally.pairs());
        assertTrue(tally.refused() == 0, "every simulated opening supports the model");
        assertTrue(tally.coverage() >= 0.93 && tally.coverage() <= 0.97, "coverage " + tally.coverage());
        assertTrue(tally.falseDifferent() <= 0.05, "equal candidates called different " + tally.falseDifferent());
    }

    @Test
    void onWholePointScoresTheIntervalsStillHoldApproximately() {
        // Real scores are whole points on 1-5: rounding and the floor and ceiling bend the model's normal
        // errors, so this is a check that the intervals degrade gracefully, not the model's own claim.
        Tally tally = simulate(2026, 200, 0.5, 0.5, true);
        System.out.printf("whole points, rater SD 0.5: coverage %.4f of %d, equal called different %.4f of %d%n",
                tally.coverage(), tally.intervals(), tally.falseDifferent(), tally.pairs());
        assertTrue(tally.coverage() >= 0.92 && tally.coverage() <= 0.97, "coverage " + tally.coverage());
        assertTrue(tally.falseDifferent() <= 0.05, "equal candidates called different " + tally.falseDifferent());
    }
}
