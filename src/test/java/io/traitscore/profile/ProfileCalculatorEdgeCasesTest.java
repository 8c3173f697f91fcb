package io.traitscore.profile;

import static io.traitscore.profile.ProfileCalculatorTest.A;
import static io.traitscore.profile.ProfileCalculatorTest.C;
import static io.traitscore.profile.ProfileCalculatorTest.CANDIDATE;
import static io.traitscore.profile.ProfileCalculatorTest.EPS;
import static io.traitscore.profile.ProfileCalculatorTest.L;
import static io.traitscore.profile.ProfileCalculatorTest.OPENING;
import static io.traitscore.profile.ProfileCalculatorTest.P;
import static io.traitscore.profile.ProfileCalculatorTest.R;
import static io.traitscore.profile.ProfileCalculatorTest.rating;
import static io.traitscore.profile.ProfileCalculatorTest.verdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.traitscore.profile.CandidateProfile.Side;
import io.traitscore.profile.CandidateProfile.TraitProfile;
import io.traitscore.profile.ProfileInput.Rating;
import io.traitscore.profile.ProfileRules.FlagKind;
import io.traitscore.profile.ProfileRules.GapReason;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.stats.Consensus;
import io.traitscore.stats.LeniencyDirection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileCalculatorEdgeCasesTest {

    private static CandidateProfile profile(List<TraitSetup> traits, List<Rating> ratings) {
        return ProfileCalculator.calculate(new ProfileInput(CANDIDATE, OPENING, traits, ratings,
                List.of(verdict(1, "Ian", Recommendation.YES)), Map.of()));
    }

    @Test
    void noRatingsAtAll() {
        CandidateProfile p = ProfileCalculator.calculate(
                new ProfileInput(CANDIDATE, OPENING, List.of(L, A), List.of(), List.of(), Map.of()));
        assertNull(p.overall());
        assertNull(p.calibratedOverall());
        assertEquals(0, p.submittedScorecards());
        assertThat(p.coverage().gaps()).extracting(CandidateProfile.Gap::reason)
                .containsExactly(GapReason.NOT_ASSESSED, GapReason.NOT_ASSESSED);
        assertEquals(0, p.flags().count());
        assertThat(p.flags().kinds()).isEmpty();
        assertThat(p.strengths()).isEmpty();
        assertThat(p.concerns()).isEmpty();
        assertThat(p.recommendations().values()).containsOnly(0);
        assertThat(p.traits()).extracting(TraitProfile::consensus).containsOnly(Consensus.NONE);
    }

    @Test
    void oneRatingLeansOnThePriorAndIsClampedAtFive() {
        // {5} on one trait: σ² = 4·1/4 = 1, SE = 1 → 5 ± 1.96 = [3.04, 5]
        CandidateProfile p = profile(List.of(P), List.of(rating(1, "Ian", P, 5)));
        assertEquals(5.0, p.overall().score(), EPS);
        assertEquals(1.0, p.overall().standardError(), EPS);
        assertEquals(3.04, p.overall().lower(), EPS);
        assertEquals(5.0, p.overall().upper(), EPS);
        TraitProfile t = p.traits().get(0);
        assertEquals(Consensus.SINGLE, t.consensus());
        assertEquals(5.0, t.median(), EPS);
        assertNull(t.standardDeviation());
        // Nobody's leniency is known: the calibrated view equals the raw one.
        assertEquals(5.0, t.calibratedMean(), EPS);
        assertEquals(p.overall(), p.calibratedOverall());
        assertEquals(LeniencyDirection.NOT_COMPARED, p.interviewers().get(0).leniency());
        assertNull(p.interviewers().get(0).leniencyOffset());
        assertThat(p.coverage().singleInterviewer()).hasSize(1);
    }

    @Test
    void allRatingsEqualAreUnanimousAndOneFlatInterviewerIsAHalo() {
        // Ian gives 4 on all four traits: sd 0 < 0.5 over 4 traits → halo. Rosa's 4s on two traits are too few.
        List<TraitSetup> traits = List.of(L, A, P, C);
        List<Rating> ratings = new java.util.ArrayList<>();
        traits.forEach(t -> ratings.add(rating(1, "Ian", t, 4)));
        ratings.add(rating(2, "Rosa", L, 4));
        ratings.add(rating(2, "Rosa", A, 4));
        CandidateProfile p = profile(traits, ratings);
        assertEquals(Consensus.UNANIMOUS, p.traits().get(0).consensus());
        assertEquals(0.0, p.traits().get(0).standardDeviation(), EPS);
        assertThat(p.flags().halo()).extracting(CandidateProfile.Halo::interviewerName).containsExactly("Ian");
        assertEquals(0.0, p.flags().halo().get(0).standardDeviation(), EPS);
        assertThat(p.flags().halo().get(0).scores()).containsExactly(4, 4, 4, 4);
        assertThat(p.flags().kinds()).containsExactly(FlagKind.HALO);
        // Six 4s: SS 0, df = 1 + 1 + 0 + 0 = 2 → σ² = 4/6; W = 7,
        // Σ(w/W)²/n = (3/7)²/2 + (2/7)²/2 + (1/7)² + (1/7)² = 9/98 + 4/98 + 2/98 + 2/98 = 17/98 → SE = 0.340068
        assertEquals(4.0, p.overall().score(), EPS);
        assertEquals(Math.sqrt(4.0 / 6 * 17 / 98), p.overall().standardError(), EPS);
        assertThat(p.strengths()).extracting(CandidateProfile.Highlight::traitKey).containsExactly("listens", "adapts", "proud");
    }

    @Test
    void aScoreInTheMiddleOfASplitIsShownOnNeitherSide() {
        CandidateProfile p = profile(List.of(L), List.of(rating(1, "Ian", L, 5), rating(2, "Rosa", L, 1),
                rating(3, "Sam", L, 3)));
        var split = p.traits().get(0).disagreementDetail();
        assertEquals(4, split.range());
        assertThat(split.low()).extracting(Side::score).containsExactly(1);
        assertThat(split.middle()).extracting(Side::score).containsExactly(3);
        assertThat(split.high()).extracting(Side::score).containsExactly(5);
    }

    @Test
    void strengthsAreTheTopThreeFromFourAndConcernsAreAllBelowThree() {
        // Means: L 4 (w3), A 4.5, P 5, C 4, R 2 → strengths P 5, A 4.5, then L 4 (heavier than C); concern R.
        CandidateProfile p = profile(List.of(L, A, P, C, R), List.of(rating(1, "Ian", L, 4), rating(1, "Ian", A, 4),
                rating(2, "Rosa", A, 5), rating(1, "Ian", P, 5), rating(1, "Ian", C, 4), rating(1, "Ian", R, 2)));
        assertThat(p.strengths()).extracting(CandidateProfile.Highlight::traitKey).containsExactly("proud", "adapts", "listens");
        assertThat(p.concerns()).extracting(CandidateProfile.Highlight::traitKey).containsExactly("reads");
    }

    @Test
    void aTraitNobodyRatedAndRatingsOfTraitsOutsideTheOpening() {
        TraitSetup other = new TraitSetup("other", "Other", 3, true);
        CandidateProfile p = profile(List.of(L, R), List.of(rating(1, "Ian", L, 2), rating(1, "Ian", other, 1)));
        assertThat(p.traits()).extracting(TraitProfile::traitKey).containsExactly("listens", "reads");
        assertEquals(2.0, p.overall().score(), EPS);
        assertThat(p.coverage().gaps()).extracting(CandidateProfile.Gap::traitKey).containsExactly("reads");
        assertThat(p.flags().mustHaveBelowThreshold()).extracting(CandidateProfile.MustHaveBelow::traitKey).containsExactly("listens");
    }
}
