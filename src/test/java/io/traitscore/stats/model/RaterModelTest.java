package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.traitscore.stats.HaloCheck;
import io.traitscore.stats.LeniencyDirection;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the fitted model reports about interviewers, impressions and candidates, on openings built for each point. */
class RaterModelTest {

    private static final long[] PANEL = {10, 11, 12};

    /**
     * Ten candidates scored by 10, 11 and 12 on five traits with a spread-out deterministic noise; 12 saw
     * candidate 3 1.5 points better on every trait, 10 saw candidate 6 1.5 points worse. Candidate 11 gets
     * 1,1,1,1,1 from everyone (floor), candidate 12 4,4,5,4,4 (ceiling).
     */
    private static RaterModelFit haloOpening() {
        Ratings r = new Ratings().traits("a", "b", "c", "d", "e");
        double[] level = {0, 0.5, -0.5, 1, 0, -1, 0.5, 0, 0.5, -0.5};
        double[][] profile = {{1, 0, -1, 0, 0}, {0, 1, 0, -1, 0}, {-1, 0, 1, 0, 0}, {0, -1, 0, 0, 1}};
        for (int j = 0; j < 10; j++) {
            for (int i = 0; i < 3; i++) {
                double[] s = new double[5];
                for (int t = 0; t < 5; t++) {
                    s[t] = 3 + level[j] + profile[j % 4][t] + ((((j + 2 * i + t) * 7) % 5) - 2) * 0.25;
                    s[t] += j == 2 && PANEL[i] == 12 ? 1.5 : 0;
                    s[t] -= j == 5 && PANEL[i] == 10 ? 1.5 : 0;
                }
                r.scores(j + 1, PANEL[i], s);
            }
        }
        for (long i : PANEL) {
            r.scores(11, i, 1, 1, 1, 1, 1).scores(12, i, 4, 4, 5, 4, 4);
        }
        return RaterModel.fit(r.input()).orElseThrow();
    }

    @Test
    void haloIsFlaggedWhereOneInterviewerSawTheCandidateDifferentlyOnEveryTrait() {
        List<SharedImpression> flagged = haloOpening().sharedImpressions().stream()
                .filter(SharedImpression::flagged).toList();
        assertEquals(List.of("3 by 12: +", "6 by 10: -"), flagged.stream()
                .map(s -> s.candidateId() + " by " + s.interviewerId() + ": " + (s.effect().estimate() > 0 ? "+" : "-"))
                .toList());
    }

    @Test
    void floorAndCeilingCandidatesAreNotHalo() {
        RaterModelFit fit = haloOpening();
        for (SharedImpression s : fit.sharedImpressions()) {
            if (s.candidateId() == 11 || s.candidateId() == 12) {
                assertFalse(s.flagged(), s.toString());
                assertEquals(0, s.againstPanel().estimate(), 0.1, "the panel agrees, so nothing stands out");
            }
        }
        // The plain check flags both: four traits, standard deviation below 0.5
        assertTrue(HaloCheck.check(List.of(1, 1, 1, 1, 1)).flagged());
        assertTrue(HaloCheck.check(List.of(4, 4, 5, 4, 4)).flagged());
    }

    /**
     * 30 candidates, complete panel of 10 (+1), 11 (0) and 12 (−1) on three traits with noise SD 0.5, and
     * candidate 99 scored only by 13, who meets nobody else's candidates.
     */
    private static RaterModelFit leniencyOpening() {
        SplittableRandom random = new SplittableRandom(2024);
        Ratings r = new Ratings().traits("a", "b", "c");
        double[] leniency = {1, 0, -1};
        for (long c = 1; c <= 30; c++) {
            double level = 0.6 * SimulatedOpening.gaussian(random);
            for (int i = 0; i < 3; i++) {
                double[] s = new double[3];
                for (int t = 0; t < 3; t++) {
                    s[t] = 3 + level + leniency[i] + 0.5 * SimulatedOpening.gaussian(random);
                }
                r.scores(c, PANEL[i], s);
            }
        }
        r.scores(99, 13, 4, 3, 4);
        return RaterModel.fit(r.input()).orElseThrow();
    }

    @Test
    void leniencyIsEstimatedWithoutTheOvercorrectionOfPairedOffsets() {
        // The paired offset of a complete panel of 3 is 3/2 × the deviation: +1.5 and −1.5 here. The model's
        // shrunken estimates recover about ±1 (relative to the pool's average), and label only what the
        // intervals support.
        Map<Long, LeniencyEstimate> byId = leniencyOpening().leniency().stream()
                .collect(Collectors.toMap(LeniencyEstimate::interviewerId, Function.identity()));
        assertEquals(1, byId.get(10L).leniency().estimate(), 0.25);
        assertEquals(0, byId.get(11L).leniency().estimate(), 0.25);
        assertEquals(-1, byId.get(12L).leniency().estimate(), 0.25);
        assertEquals(1, byId.get(10L).againstColleagues().estimate(), 0.25);
        // Where the average interviewer stands is known only from 4 interviewers, so the leniency itself is
        // uncertain; against colleagues it is sharp.
        assertTrue(byId.get(10L).againstColleagues().standardError() < byId.get(10L).leniency().standardError());
        assertEquals(LeniencyDirection.LENIENT, byId.get(10L).direction());
        assertEquals(LeniencyDirection.IN_LINE, byId.get(11L).direction());
        assertEquals(LeniencyDirection.SEVERE, byId.get(12L).direction());
        assertEquals(30, byId.get(10L).candidatesShared());
    }

    @Test
    void anInterviewerNobodyCanBeComparedWithIsSaidSo() {
        RaterModelFit fit = leniencyOpening();
        LeniencyEstimate alone = fit.leniency().stream().filter(l -> l.interviewerId() == 13).findFirst().orElseThrow();
        assertEquals(LeniencyDirection.NOT_COMPARED, alone.direction());
        assertEquals(0, alone.candidatesShared());
        // 13's leniency and candidate 99's level cannot be told apart, so little is learnt: the standard error
        // is a good part of the spread of all interviewers (σ_i), far wider than that of those compared.
        double sigmaI = Math.sqrt(fit.varianceComponents().interviewer());
        assertTrue(alone.leniency().standardError() > 0.5 * sigmaI, alone.toString());
        assertTrue(alone.againstColleagues().standardError()
                > 3 * fit.leniency().get(0).againstColleagues().standardError());
    }

    @Test
    void aTraitNeverScoredIsPredictedWithAWiderInterval() {
        Ratings r = new Ratings().traits("a", "b", "c");
        SplittableRandom random = new SplittableRandom(7);
        for (long c = 1; c <= 8; c++) {
            for (long i : PANEL) {
                for (String t : List.of("a", "b", "c")) {
                    if (c != 4 || !t.equals("c")) {
                        r.score(c, t, i, 3 + 0.8 * SimulatedOpening.gaussian(random));
                    }
                }
            }
        }
        CandidateScores four = RaterModel.fit(r.input()).orElseThrow().candidates().get(3);
        assertEquals(4, four.candidateId());
        assertEquals(List.of("c"), four.traitsNotScored());
        assertEquals(List.of("a", "b", "c"), List.copyOf(four.traits().keySet()));
        assertTrue(four.traits().get("c").standardError() > four.traits().get("a").standardError());
    }

    @Test
    void theDifferenceOfTwoCandidatesIsAntisymmetric() {
        RaterModelFit fit = leniencyOpening();
        ScoreDifference ab = fit.overallDifference(3, 7);
        ScoreDifference ba = fit.overallDifference(7, 3);
        assertEquals(-ab.difference().estimate(), ba.difference().estimate(), 1e-12);
        assertEquals(ab.difference().standardError(), ba.difference().standardError(), 1e-12);
        assertEquals(ab.distinguishable(), ba.distinguishable());
        CandidateScores three = fit.candidates().get(2);
        CandidateScores seven = fit.candidates().get(6);
        assertEquals(three.overall().estimate() - seven.overall().estimate(), ab.difference().estimate(), 1e-12);
        // The candidates share the panel, so their errors are positively correlated: the difference is more
        // precise than two independent scores would be.
        double independent = Math.hypot(three.overall().standardError(), seven.overall().standardError());
        assertTrue(ab.difference().standardError() < independent);
        assertThrows(IllegalArgumentException.class, () -> fit.overallDifference(3, 3));
        assertThrows(IllegalArgumentException.class, () -> fit.overallDifference(3, 12345));
    }
}
