package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateProfile.CandidateRef;
import io.traitscore.profile.CandidateProfile.QuestionRef;
import io.traitscore.profile.CandidateProfile.RedFlagRef;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.CandidateProfile.Side;
import io.traitscore.profile.CandidateProfile.TraitProfile;
import io.traitscore.profile.ProfileInput.Rating;
import io.traitscore.profile.ProfileRules.FlagKind;
import io.traitscore.profile.ProfileRules.GapReason;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.scorecard.ratings.Verdict;
import io.traitscore.stats.Consensus;
import io.traitscore.stats.LeniencyDirection;
import io.traitscore.stats.LeniencyOffset;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The hand-worked profile. Opening: L listens (weight 3, must-have), A adapts (2, must-have),
 * P proud (1), C confident (1), R reads (1). Submitted ratings:
 * <pre>
 *            L    A    P    C            verdict
 *   Ian      5    3    4    no evidence  YES
 *   Rosa     2    2    -    no evidence  NO       (red flag on L)
 *   Sam      3    -    -    -            STRONG_YES
 * </pre>
 * Leniency offsets (over the opening, here this one candidate): Ian: L 5 − (2+3)/2 = 2.5,
 * A 3 − 2 = 1 → +1.75; Rosa: L 2 − (5+3)/2 = −2, A 2 − 3 = −1 → −1.5; Sam: L 3 − (5+2)/2 = −0.5.
 */
class ProfileCalculatorTest {

    static final double EPS = 1e-9;
    static final TraitSetup L = new TraitSetup("listens", "Listens", 3, true);
    static final TraitSetup A = new TraitSetup("adapts", "Adapts", 2, true);
    static final TraitSetup P = new TraitSetup("proud", "Proud", 1, false);
    static final TraitSetup C = new TraitSetup("confident", "Confident", 1, false);
    static final TraitSetup R = new TraitSetup("reads", "Reads", 1, false);
    static final Ref OPENING = new Ref(10, "Support");
    static final CandidateRef CANDIDATE = new CandidateRef(20, "Zoë", CandidateStatus.INTERVIEWING);

    static Rating rating(long id, String name, TraitSetup trait, Integer score) {
        return new Rating(id, name, trait.key(), score, name + " on " + trait.key(), List.of(), List.of());
    }

    static Verdict verdict(long id, String name, Recommendation recommendation) {
        return new Verdict(id, name, recommendation, Instant.parse("2026-01-01T10:00:00Z"));
    }

    static LeniencyOffset offset(long id, double value, int comparisons) {
        return new LeniencyOffset(id, OptionalDouble.of(value), comparisons);
    }

    static ProfileInput handWorked() {
        Rating ianOnL = new Rating(1, "Ian", L.key(), 5, "Named the worry first.",
                List.of(new QuestionRef(101, "Tell me about an upset customer.")), List.of());
        Rating rosaOnL = new Rating(2, "Rosa", L.key(), 2, "Talked over the caller.",
                List.of(), List.of(new RedFlagRef("listens.rf1", "Interrupts")));
        return new ProfileInput(CANDIDATE, OPENING, List.of(L, A, P, C, R),
                List.of(rosaOnL, ianOnL, rating(3, "Sam", L, 3),
                        rating(1, "Ian", A, 3), rating(2, "Rosa", A, 2), rating(1, "Ian", P, 4),
                        rating(1, "Ian", C, null), rating(2, "Rosa", C, null)),
                List.of(verdict(2, "Rosa", Recommendation.NO), verdict(1, "Ian", Recommendation.YES),
                        verdict(3, "Sam", Recommendation.STRONG_YES)),
                Map.of(1L, offset(1, 1.75, 2), 2L, offset(2, -1.5, 2), 3L, offset(3, -0.5, 1)));
    }

    @Test
    void perTraitFiguresByHand() {
        CandidateProfile p = ProfileCalculator.calculate(handWorked());
        assertThat(p.traits()).extracting(TraitProfile::traitKey).containsExactly("listens", "adapts", "proud", "confident", "reads");

        // L {5, 2, 3}: mean 10/3, median 3, SS = (5/3)² + (4/3)² + (1/3)² = 42/9 = 14/3, sd = √(7/3) = 1.5275
        TraitProfile l = p.traits().get(0);
        assertEquals(3, l.ratingCount());
        assertEquals(0, l.noEvidenceCount());
        assertEquals(10.0 / 3, l.mean(), EPS);
        assertEquals(3.0, l.median(), EPS);
        assertEquals(2, l.min());
        assertEquals(5, l.max());
        assertEquals(Math.sqrt(7.0 / 3), l.standardDeviation(), EPS);
        assertEquals(Consensus.SPLIT, l.consensus());
        assertTrue(l.disagreement());
        // Calibrated: 5 − 1.75 = 3.25, 2 + 1.5 = 3.5, 3 + 0.5 = 3.5 → 10.25/3
        assertEquals(10.25 / 3, l.calibratedMean(), EPS);
        // Split around (2 + 5)/2 = 3.5: 2 and 3 below, 5 above.
        assertEquals(3, l.disagreementDetail().range());
        assertThat(l.disagreementDetail().low()).extracting(Side::interviewerName).containsExactly("Rosa", "Sam");
        assertThat(l.disagreementDetail().high()).extracting(Side::interviewerName, Side::score, Side::evidence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ian", 5, "Named the worry first."));
        assertThat(l.disagreementDetail().middle()).isEmpty();
        // Evidence by interviewer name, with questions asked and red flags.
        assertThat(l.evidence()).extracting(CandidateProfile.Evidence::interviewerName).containsExactly("Ian", "Rosa", "Sam");
        assertThat(l.evidence().get(0).questionsAsked()).extracting(QuestionRef::id).containsExactly(101L);
        assertEquals(3.25, l.evidence().get(0).calibratedScore(), EPS);

        // A {3, 2}: mean 2.5, median 2.5, sd = √0.5; range 1 → agreement; calibrated 1.25 and 3.5 → 2.375
        TraitProfile a = p.traits().get(1);
        assertEquals(2.5, a.mean(), EPS);
        assertEquals(2.5, a.median(), EPS);
        assertEquals(Math.sqrt(0.5), a.standardDeviation(), EPS);
        assertEquals(Consensus.AGREE, a.consensus());
        assertFalse(a.disagreement());
        assertNull(a.disagreementDetail());
        assertEquals(2.375, a.calibratedMean(), EPS);

        // P {4}: one rating, no spread; C: two "no evidence"; R: nobody.
        TraitProfile pr = p.traits().get(2);
        assertEquals(Consensus.SINGLE, pr.consensus());
        assertEquals(4.0, pr.median(), EPS);
        assertNull(pr.standardDeviation());
        TraitProfile c = p.traits().get(3);
        assertEquals(0, c.ratingCount());
        assertEquals(2, c.noEvidenceCount());
        assertNull(c.mean());
        assertEquals(Consensus.NONE, c.consensus());
        assertThat(c.evidence()).extracting(CandidateProfile.Evidence::noEvidence).containsExactly(true, true);
        assertEquals(0, p.traits().get(4).evidence().size());
    }

    @Test
    void weightedOverallAndItsIntervalByHand() {
        CandidateProfile p = ProfileCalculator.calculate(handWorked());
        // overall = (3·10/3 + 2·2.5 + 1·4)/(3 + 2 + 1) = 19/6 = 3.1667 (C and R have no scores: left out)
        // σ² = (4·1² + SS_L 14/3 + SS_A 0.5 + SS_P 0)/(4 + 2 + 1 + 0) = (55/6)/7 = 55/42
        // Σ(w/W)²/n = (1/2)²/3 + (1/3)²/2 + (1/6)²/1 = 1/12 + 1/18 + 1/36 = 1/6
        // SE = √(55/42 · 1/6) = √(55/252) = 0.467177; 1.96·SE = 0.915667 → [2.251000, 4.082333]
        assertEquals(19.0 / 6, p.overall().score(), EPS);
        assertEquals(Math.sqrt(55.0 / 252), p.overall().standardError(), EPS);
        assertEquals(19.0 / 6 - 1.96 * Math.sqrt(55.0 / 252), p.overall().lower(), EPS);
        assertEquals(2.251000, p.overall().lower(), 1e-6);
        assertEquals(4.082333, p.overall().upper(), 1e-6);
        assertEquals(6, p.overall().ratingCount());
        assertEquals(3, p.overall().traitCount());

        // Calibrated: means L 10.25/3, A 2.375, P 4 − 1.75 = 2.25 → (10.25 + 4.75 + 2.25)/6 = 17.25/6 = 2.875
        // SS: L {3.25, 3.5, 3.5} = 1/24, A {1.25, 3.5} = 2·1.125² = 2.53125 → σ² = (4 + 1/24 + 2.53125)/7
        // SE = √(σ²/6) = 0.395598 → [2.099628, 3.650372]
        double variance = (4 + 1.0 / 24 + 2.53125) / 7;
        assertEquals(2.875, p.calibratedOverall().score(), EPS);
        assertEquals(Math.sqrt(variance / 6), p.calibratedOverall().standardError(), EPS);
        assertEquals(2.099628, p.calibratedOverall().lower(), 1e-6);
        assertEquals(3.650372, p.calibratedOverall().upper(), 1e-6);
    }

    @Test
    void coverageFlagsTallyAndHighlightsByHand() {
        CandidateProfile p = ProfileCalculator.calculate(handWorked());
        assertEquals(5, p.coverage().traitsInOpening());
        assertEquals(3, p.coverage().traitsScored());
        assertThat(p.coverage().gaps()).extracting(CandidateProfile.Gap::traitKey, CandidateProfile.Gap::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("confident", GapReason.NO_EVIDENCE),
                        org.assertj.core.groups.Tuple.tuple("reads", GapReason.NOT_ASSESSED));
        assertThat(p.coverage().singleInterviewer()).extracting(CandidateProfile.SingleInterviewer::traitKey,
                CandidateProfile.SingleInterviewer::interviewerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("proud", "Ian"));

        // A is a must-have with mean 2.5 < 3; L is a must-have at 3.33: fine.
        assertThat(p.flags().mustHaveBelowThreshold()).extracting(CandidateProfile.MustHaveBelow::traitKey).containsExactly("adapts");
        assertEquals(2.5, p.flags().mustHaveBelowThreshold().get(0).mean(), EPS);
        assertThat(p.flags().redFlags()).extracting(CandidateProfile.RedFlagSeen::code, CandidateProfile.RedFlagSeen::interviewerName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("listens.rf1", "Rosa"));
        assertThat(p.flags().halo()).isEmpty();
        assertThat(p.flags().disagreements()).containsExactly("listens");
        assertEquals(3, p.flags().count());
        assertThat(p.flags().kinds()).containsExactly(FlagKind.MUST_HAVE_BELOW_THRESHOLD, FlagKind.RED_FLAG, FlagKind.DISAGREEMENT);

        assertEquals(Map.of(Recommendation.STRONG_NO, 0, Recommendation.NO, 1, Recommendation.YES, 1,
                Recommendation.STRONG_YES, 1), p.recommendations());
        assertEquals(3, p.submittedScorecards());
        assertThat(p.strengths()).extracting(CandidateProfile.Highlight::traitKey).containsExactly("proud");
        assertThat(p.concerns()).extracting(CandidateProfile.Highlight::traitKey).containsExactly("adapts");

        assertThat(p.interviewers()).extracting(CandidateProfile.Interviewer::name).containsExactly("Ian", "Rosa", "Sam");
        assertThat(p.interviewers()).extracting(CandidateProfile.Interviewer::leniency)
                .containsExactly(LeniencyDirection.LENIENT, LeniencyDirection.SEVERE, LeniencyDirection.SEVERE);
        assertEquals(1.75, p.interviewers().get(0).leniencyOffset(), EPS);
    }
}
