package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.ProfileRules.FlagKind;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.scorecard.ratings.CandidateCount;
import io.traitscore.scorecard.ratings.RecommendationCount;
import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.scorecard.ratings.TraitAggregate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked comparison. Traits: L (weight 3, must-have), A (weight 1). Interviewers 10 and 11.
 * <pre>
 *            L            A
 *   Ana      4, 5         4 (by 10)
 *   Ben      2, 4         2 (by 11), "no evidence" (by 10)     one red flag
 *   Cleo     5, 5         5, 5
 *   Dan      -            -
 * </pre>
 */
class ComparisonCalculatorTest {

    private static final double EPS = 1e-9;
    private static final TraitSetup L = new TraitSetup("listens", "Listens", 3, true);
    private static final TraitSetup A = new TraitSetup("adapts", "Adapts", 1, false);
    private static final CandidateRow ANA = new CandidateRow(1, "Ana", CandidateStatus.INTERVIEWING);
    private static final CandidateRow BEN = new CandidateRow(2, "Ben", CandidateStatus.INTERVIEWING);
    private static final CandidateRow CLEO = new CandidateRow(3, "Cleo", CandidateStatus.OFFERED);
    private static final CandidateRow DAN = new CandidateRow(4, "Dan", CandidateStatus.APPLIED);

    static ComparisonInput input() {
        // What the grouped query returns: count(score), no-evidence count, sum, sum of squares, min, max.
        List<TraitAggregate> sums = List.of(
                new TraitAggregate(1, "listens", 2, 0L, 9L, 41L, 4, 5), new TraitAggregate(1, "adapts", 1, 0L, 4L, 16L, 4, 4),
                new TraitAggregate(2, "listens", 2, 0L, 6L, 20L, 2, 4), new TraitAggregate(2, "adapts", 1, 1L, 2L, 4L, 2, 2),
                new TraitAggregate(3, "listens", 2, 0L, 10L, 50L, 5, 5), new TraitAggregate(3, "adapts", 2, 0L, 10L, 50L, 5, 5));
        List<ScoreRow> rows = List.of(
                new ScoreRow(1, "listens", 10, "Ian", 4), new ScoreRow(1, "listens", 11, "Rosa", 5), new ScoreRow(1, "adapts", 10, "Ian", 4),
                new ScoreRow(2, "listens", 10, "Ian", 2), new ScoreRow(2, "listens", 11, "Rosa", 4), new ScoreRow(2, "adapts", 11, "Rosa", 2),
                new ScoreRow(3, "listens", 10, "Ian", 5), new ScoreRow(3, "listens", 11, "Rosa", 5),
                new ScoreRow(3, "adapts", 10, "Ian", 5), new ScoreRow(3, "adapts", 11, "Rosa", 5));
        List<RecommendationCount> recommendations = List.of(new RecommendationCount(1, Recommendation.YES, 2),
                new RecommendationCount(2, Recommendation.NO, 1), new RecommendationCount(2, Recommendation.YES, 1),
                new RecommendationCount(3, Recommendation.STRONG_YES, 2));
        return new ComparisonInput(new Ref(9, "Support"), List.of(L, A), List.of(ANA, BEN, CLEO, DAN), sums,
                List.of(new CandidateCount(2, 1)), recommendations, rows);
    }

    private static CandidateComparison compare(String key, boolean descending) {
        return ComparisonCalculator.compare(input(), new ComparisonSort(key, descending));
    }

    private static ComparedCandidate named(CandidateComparison c, String name) {
        return c.candidates().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void overallScoresAndIntervalsFromTheSums() {
        CandidateComparison c = compare("overall", true);
        // Ana: (3·4.5 + 4)/4 = 4.375; σ² = (4 + 0.5)/(4 + 1) = 0.9; Σ(w/W)²/n = (3/4)²/2 + (1/4)² = 0.34375
        //      SE = √0.309375 = 0.556215 → [3.284819, 5.465181 → 5]
        // Ben: (3·3 + 2)/4 = 2.75; σ² = (4 + 2)/5 = 1.2; SE = √(1.2·0.34375) = 0.642262 → [1.491167, 4.008833]
        // Cleo: 5; σ² = 4/(4 + 2) = 2/3; Σ(w/W)²/n = (3/4)²/2 + (1/4)²/2 = 0.3125 → SE = 0.456435 → [4.105387, 5]
        assertEquals(4.375, named(c, "Ana").overall().score(), EPS);
        assertEquals(3.284819, named(c, "Ana").overall().lower(), 1e-6);
        assertEquals(5.0, named(c, "Ana").overall().upper(), EPS);
        assertEquals(2.75, named(c, "Ben").overall().score(), EPS);
        assertEquals(Math.sqrt(0.4125), named(c, "Ben").overall().standardError(), EPS);
        assertEquals(4.008833, named(c, "Ben").overall().upper(), 1e-6);
        assertEquals(4.105387, named(c, "Cleo").overall().lower(), 1e-6);
        assertNull(named(c, "Dan").overall());
    }

    @Test
    void sortedByOverallWithMissingValuesLastAndOverlapsNamed() {
        CandidateComparison desc = compare("overall", true);
        assertThat(desc.candidates()).extracting(ComparedCandidate::name).containsExactly("Cleo", "Ana", "Ben", "Dan");
        assertThat(desc.candidates()).extracting(ComparedCandidate::position).containsExactly(1, 2, 3, 4);
        CandidateComparison asc = compare("overall", false);
        assertThat(asc.candidates()).extracting(ComparedCandidate::name).containsExactly("Ben", "Ana", "Cleo", "Dan");
        assertEquals("asc", asc.order());

        // Ana [3.28, 5] overlaps both; Ben [1.49, 4.01] and Cleo [4.11, 5] do not overlap each other.
        assertThat(named(desc, "Cleo").notDistinguishableFrom()).extracting(Ref::name).containsExactly("Ana");
        assertThat(named(desc, "Ana").notDistinguishableFrom()).extracting(Ref::name).containsExactly("Cleo", "Ben");
        assertThat(named(desc, "Ben").notDistinguishableFrom()).extracting(Ref::name).containsExactly("Ana");
        assertThat(named(desc, "Dan").notDistinguishableFrom()).isEmpty();
    }

    @Test
    void sortedByATraitMean() {
        assertThat(compare("adapts", true).candidates()).extracting(ComparedCandidate::name)
                .containsExactly("Cleo", "Ana", "Ben", "Dan");
        assertThat(compare("listens", false).candidates()).extracting(ComparedCandidate::name)
                .containsExactly("Ben", "Ana", "Cleo", "Dan");
    }

    @Test
    void matrixCellsFollowTheCandidateOrder() {
        CandidateComparison c = compare("overall", true);
        assertThat(c.matrix()).extracting(CandidateComparison.TraitRow::traitKey).containsExactly("listens", "adapts");
        List<Cell> listens = c.matrix().get(0).cells();
        assertThat(listens).extracting(Cell::candidateId).containsExactly(3L, 1L, 2L, 4L);
        Cell ben = listens.get(2);
        // Ben on L: {2, 4} → mean 3, sd √2, range 2 → disagreement
        assertEquals(3.0, ben.mean(), EPS);
        assertEquals(Math.sqrt(2), ben.standardDeviation(), EPS);
        assertEquals(true, ben.disagreement());
        assertEquals(1, c.matrix().get(1).cells().get(2).noEvidenceCount());
        assertNull(listens.get(3).mean());
        assertEquals(0, listens.get(3).ratingCount());
    }

    @Test
    void calibratedBesideRaw() {
        // Offsets: Ian (10): (4−5) + (2−4) + 0 + 0 over 4 = −0.75; Rosa (11): +0.75.
        // Ana L: 4 + 0.75, 5 − 0.75 → 4.5; A: 4.75 → calibrated overall (3·4.5 + 4.75)/4 = 4.5625
        // Cleo L: 5 + 0.75 → clamped to 5, 5 − 0.75 = 4.25 → 4.625
        CandidateComparison c = compare("overall", true);
        assertEquals(4.5625, named(c, "Ana").calibratedOverall().score(), EPS);
        assertEquals(4.625, c.matrix().get(0).cells().get(0).calibratedMean(), EPS);
        assertEquals(5.0, c.matrix().get(0).cells().get(0).mean(), EPS);
    }

    @Test
    void coverageFlagsAndTallies() {
        CandidateComparison c = compare("overall", true);
        assertThat(named(c, "Ana").coverage().singleInterviewer()).containsExactly("adapts");
        assertThat(named(c, "Dan").coverage().notAssessed()).containsExactly("listens", "adapts");
        assertEquals(2, named(c, "Dan").coverage().gaps());
        // Ben's must-have L has mean exactly 3: not below the minimum. One red flag and one split.
        var ben = named(c, "Ben").flags();
        assertEquals(0, ben.mustHaveBelowThreshold());
        assertEquals(1, ben.redFlags());
        assertEquals(1, ben.disagreements());
        assertEquals(2, ben.count());
        assertThat(ben.kinds()).containsExactly(FlagKind.RED_FLAG, FlagKind.DISAGREEMENT);
        assertEquals(2, named(c, "Ben").submittedScorecards());
        assertEquals(1, named(c, "Ben").recommendations().get(Recommendation.NO));
        assertThat(named(c, "Dan").recommendations().values()).containsOnly(0);
        assertEquals(0, named(c, "Dan").submittedScorecards());
    }

    @Test
    void aFlatInterviewerOverFourTraitsCountsAsAHalo() {
        List<TraitSetup> traits = List.of(new TraitSetup("a", "A", 1, false), new TraitSetup("b", "B", 1, false),
                new TraitSetup("c", "C", 1, false), new TraitSetup("d", "D", 1, true));
        List<ScoreRow> rows = new ArrayList<>();
        List<TraitAggregate> sums = new ArrayList<>();
        for (TraitSetup t : traits) {
            rows.add(new ScoreRow(1, t.key(), 10, "Ian", 2));
            sums.add(new TraitAggregate(1, t.key(), 1, 0L, 2L, 4L, 2, 2));
        }
        CandidateComparison c = ComparisonCalculator.compare(new ComparisonInput(new Ref(9, "Support"), traits,
                List.of(ANA), sums, List.of(), List.of(), rows), new ComparisonSort("overall", true));
        var flags = c.candidates().get(0).flags();
        assertEquals(1, flags.halo());
        assertEquals(1, flags.mustHaveBelowThreshold());
        assertThat(flags.kinds()).containsExactly(FlagKind.MUST_HAVE_BELOW_THRESHOLD, FlagKind.HALO);
    }
}
