package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.RaterStatistics.InterviewerLeniency;
import io.traitscore.profile.RaterStatistics.QuestionStats;
import io.traitscore.profile.RaterStatistics.TraitReliability;
import io.traitscore.scorecard.ratings.QuestionUse;
import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.stats.LeniencyDirection;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked rater statistics. Candidates X (1), Y (2), Z (3); interviewers i1, i2, i3.
 * <pre>
 *   L (listens):   X: i1 4, i2 5    Y: i1 2          Z: i1 3, i2 3, i3 4
 *   A (adapts):    X: i1 3          Y: i1 3
 *   P (proud):     X: i1 3, i2 3    Y: i1 3, i2 3
 *   Q (reads):     X: i1 1, i2 5    Y: i1 5, i2 1
 * </pre>
 */
class RaterStatsCalculatorTest {

    private static final double EPS = 1e-9;
    private static final List<TraitSetup> TRAITS = List.of(new TraitSetup("listens", "Listens", 3, true),
            new TraitSetup("adapts", "Adapts", 2, false), new TraitSetup("proud", "Proud", 1, false),
            new TraitSetup("reads", "Reads", 1, false));

    private static RaterStatistics stats() {
        List<ScoreRow> rows = new ArrayList<>();
        add(rows, "listens", 1, 1, 4, 1, 2, 5, 2, 1, 2, 3, 1, 3, 3, 2, 3, 3, 3, 4);
        add(rows, "adapts", 1, 1, 3, 2, 1, 3);
        add(rows, "proud", 1, 1, 3, 1, 2, 3, 2, 1, 3, 2, 2, 3);
        add(rows, "reads", 1, 1, 1, 1, 2, 5, 2, 1, 5, 2, 2, 1);
        rows.add(new ScoreRow(1, "other-trait", 1, "i1", 1));
        List<QuestionUse> uses = List.of(
                new QuestionUse(11, "q1", "listens", 1, 4), new QuestionUse(11, "q1", "listens", 2, 2),
                new QuestionUse(11, "q1", "listens", 3, 3),
                new QuestionUse(12, "q2", "listens", 1, 5), new QuestionUse(12, "q2", "listens", 3, 3),
                new QuestionUse(12, "q2", "listens", 2, null),
                new QuestionUse(13, "q3", "proud", 1, 3), new QuestionUse(13, "q3", "proud", 2, 3),
                new QuestionUse(99, "q9", "other-trait", 1, 1));
        return RaterStatsCalculator.calculate(new Ref(5, "Support"), TRAITS, rows, uses);
    }

    /** Triples of candidate, interviewer, score. */
    private static void add(List<ScoreRow> rows, String trait, int... triples) {
        for (int i = 0; i < triples.length; i += 3) {
            rows.add(new ScoreRow(triples[i], trait, triples[i + 1], "i" + triples[i + 1], triples[i + 2]));
        }
    }

    @Test
    void oneWayIccAndAlphaOfATraitByHand() {
        // L: groups {4,5}, {2}, {3,3,4} — the unbalanced example of OneWayIccTest:
        // MSB = 13/6, MSW = 7/18, k0 = 11/6 → ICC(1,1) = 192/269 = 0.7138 (moderate), ICC(1,k) = 32/39 = 0.8205 (good)
        // Alpha: pairable X {4,5} (weight 1) and Z {3,3,4} (weight 1/2): o(3,3) = 1, o(3,4) = o(4,3) = 1,
        // o(4,5) = o(5,4) = 1; n3 = 2, n4 = 2, n5 = 1, n = 5. D_o = 4/5; D_e = (4+4+8+8+2+2)/(5·4) = 1.4
        // alpha = 1 − 0.8/1.4 = 3/7 = 0.4286 (unreliable)
        TraitReliability l = stats().traits().get(0);
        assertEquals(3, l.candidates());
        assertEquals(6, l.ratings());
        assertEquals(3, l.interviewers());
        assertEquals(11.0 / 6, l.adjustedRatersPerCandidate(), EPS);
        assertEquals("ICC(1,1)", l.singleRater().form());
        assertEquals(192.0 / 269, l.singleRater().value(), EPS);
        assertEquals("ICC(1,k)", l.averageOfRaters().form());
        assertEquals(32.0 / 39, l.averageOfRaters().value(), EPS);
        assertEquals(3.0 / 7, l.krippendorffAlpha().value(), EPS);
        assertEquals("UNRELIABLE", l.krippendorffAlpha().band());
        // The point estimates read "moderate" and "good", but with 3 candidates the F intervals
        // (IccConfidenceInterval, F on 2 and 3 degrees of freedom) run from poor to excellent: the band is
        // read from the interval (Koo & Li), and whether the panel needs calibration cannot be told yet.
        var icc = io.traitscore.stats.OneWayIcc.compute(List.of(new double[] {4, 5}, new double[] {2},
                new double[] {3, 3, 4})).orElseThrow();
        var ci = io.traitscore.stats.IccConfidenceInterval.of(icc).orElseThrow();
        assertEquals(ci.single().lower(), l.singleRater().lower(), EPS);
        assertEquals(ci.single().upper(), l.singleRater().upper(), EPS);
        assertEquals(ci.average().lower(), l.averageOfRaters().lower(), EPS);
        assertThat(l.singleRater().lower()).isLessThan(0.5);
        assertThat(l.singleRater().upper()).isGreaterThan(0.9);
        assertEquals("POOR_TO_EXCELLENT", l.singleRater().band());
        assertEquals("POOR_TO_EXCELLENT", l.averageOfRaters().band());
        assertNull(l.needsCalibration());
    }

    @Test
    void undefinedCoefficientsCarryTheirReasonNeverNaN() {
        List<TraitReliability> traits = stats().traits();
        TraitReliability adapts = traits.get(1);
        assertNull(adapts.singleRater().value());
        assertEquals("no candidate has more than one rating", adapts.singleRater().undefinedReason());
        assertEquals("fewer than 2 pairable values", adapts.krippendorffAlpha().undefinedReason());
        assertNull(adapts.needsCalibration());
        // k0 depends on the design only: two candidates with one score each → (2 − 2/2)/(2 − 1) = 1.
        assertEquals(1.0, adapts.adjustedRatersPerCandidate(), EPS);

        TraitReliability proud = traits.get(2);
        assertEquals("no variance", proud.singleRater().undefinedReason());
        assertEquals("no variance", proud.averageOfRaters().undefinedReason());
        assertEquals("no variation", proud.krippendorffAlpha().undefinedReason());
    }

    @Test
    void oppositeRatingsArePoorAndNeedCalibration() {
        // Q: X {1,5}, Y {5,1}: both means 3 → MSB = 0; MSW = (8 + 8)/(4 − 2) = 8; k0 = 2
        // ICC(1,1) = (0 − 8)/(0 + 8) = −1 → poor; ICC(1,k) divides by MSB = 0 → undefined
        TraitReliability reads = stats().traits().get(3);
        assertEquals(-1.0, reads.singleRater().value(), EPS);
        assertEquals("POOR", reads.singleRater().band());
        // Every candidate has the same mean, so F = 0 and there is no interval: the point estimate decides.
        assertEquals("every candidate has the same mean", reads.singleRater().intervalUndefinedReason());
        assertNull(reads.singleRater().lower());
        assertTrue(reads.needsCalibration());
        assertNull(reads.averageOfRaters().value());
        assertEquals("every candidate has the same mean", reads.averageOfRaters().undefinedReason());
    }

    @Test
    void leniencyPerInterviewerByHand() {
        // i1: L-X 4−5 = −1, L-Z 3−3.5 = −0.5, P-X 0, P-Y 0, Q-X 1−5 = −4, Q-Y 5−1 = +4 → −1.5/6 = −0.25
        // i2: L-X +1, L-Z 3−3.5 = −0.5, P 0, 0, Q-X +4, Q-Y −4 → 0.5/6 = 0.0833; i3: L-Z 4 − 3 = +1
        List<InterviewerLeniency> interviewers = stats().interviewers();
        assertThat(interviewers).extracting(InterviewerLeniency::interviewerName).containsExactly("i1", "i2", "i3");
        assertEquals(-0.25, interviewers.get(0).offset(), EPS);
        assertEquals(6, interviewers.get(0).comparisons());
        assertEquals(9, interviewers.get(0).ratingCount());
        assertEquals(3.0, interviewers.get(0).meanScore(), EPS);
        assertEquals(0.5 / 6, interviewers.get(1).offset(), EPS);
        assertEquals(LeniencyDirection.IN_LINE, interviewers.get(1).direction());
        assertEquals(1.0, interviewers.get(2).offset(), EPS);
        assertEquals(LeniencyDirection.LENIENT, interviewers.get(2).direction());
        assertEquals(1, interviewers.get(2).comparisons());
    }

    @Test
    void questionEffectivenessByHand() {
        // q1: X 4, Y 2, Z 3 → sd 1; q2: X 5, Z 3 → sd √2, plus one "no evidence"; q3: X 3, Y 3 → sd 0
        List<QuestionStats> questions = stats().questions();
        assertThat(questions).extracting(QuestionStats::questionId).containsExactly(11L, 12L, 13L);
        assertEquals(3, questions.get(0).timesAsked());
        assertEquals(3, questions.get(0).candidates());
        assertEquals(1.0, questions.get(0).candidateStandardDeviation(), EPS);
        assertEquals(3, questions.get(1).timesAsked());
        assertEquals(1, questions.get(1).noEvidenceCount());
        assertEquals(2, questions.get(1).candidates());
        assertEquals(Math.sqrt(2), questions.get(1).candidateStandardDeviation(), EPS);
        assertFalse(questions.get(1).doesNotDiscriminate());
        // q3's two candidates with the same mean happen by chance one time in four: below the minimum of 3.
        assertEquals(0.0, questions.get(2).candidateStandardDeviation(), EPS);
        assertFalse(questions.get(2).doesNotDiscriminate());
        assertEquals(3, stats().questionFlagMinimumCandidates());
        assertEquals("Proud", questions.get(2).traitName());
    }

    @Test
    void totalsLeaveOutTraitsOutsideTheOpening() {
        RaterStatistics s = stats();
        assertEquals(3, s.candidatesRated());
        assertEquals(3, s.interviewersRated());
        assertEquals(16, s.scoredRatings());
    }

    @Test
    void aTraitWithOneRatingInTheWholeOpeningIsUndefinedWithItsReasonNeverNaN() throws Exception {
        // Issue 4's "one rating": i1 gave candidate X a 4 on listens, and nobody scored anything else.
        RaterStatistics s = RaterStatsCalculator.calculate(new Ref(6, "Small"), TRAITS.subList(0, 2),
                List.of(new ScoreRow(1, "listens", 1, "i1", 4)), List.of());

        TraitReliability listens = s.traits().get(0);
        assertEquals(1, listens.candidates());
        assertEquals(1, listens.ratings());
        assertEquals(1, listens.interviewers());
        assertNull(listens.singleRater().value());
        assertNull(listens.singleRater().band());
        assertEquals("fewer than 2 candidates with ratings", listens.singleRater().undefinedReason());
        assertEquals("fewer than 2 candidates with ratings", listens.averageOfRaters().undefinedReason());
        assertEquals("fewer than 2 pairable values", listens.krippendorffAlpha().undefinedReason());
        assertNull(listens.adjustedRatersPerCandidate());
        assertNull(listens.needsCalibration());
        InterviewerLeniency i1 = s.interviewers().get(0);
        assertEquals(4.0, i1.meanScore(), EPS);
        assertNull(i1.offset());
        assertEquals(0, i1.comparisons());
        assertEquals(LeniencyDirection.NOT_COMPARED, i1.direction());

        // Jackson writes a NaN double as the bare token NaN, which is not JSON: none may be left.
        String json = new ObjectMapper().writeValueAsString(s);
        assertThat(json).doesNotContain("NaN").doesNotContain("Infinity")
                .contains("\"value\":null").contains("\"offset\":null");
    }
}
