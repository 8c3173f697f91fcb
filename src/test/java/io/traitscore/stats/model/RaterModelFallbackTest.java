package io.traitscore.stats.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.traitscore.stats.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the ratings cannot support the model, the fit says why instead of guessing. */
class RaterModelFallbackTest {

    private static Optional<String> why(Ratings ratings) {
        return RaterModel.fit(ratings.input()).undefinedReason();
    }

    /** Three candidates, each scored on a and b by interviewers 10 and 11, with some variation. */
    private static Ratings supported() {
        return new Ratings().traits("a", "b")
                .scores(1, 10, 4, 3).scores(1, 11, 5, 3)
                .scores(2, 10, 2, 2).scores(2, 11, 3, 1)
                .scores(3, 10, 3, 4).scores(3, 11, 3, 5);
    }

    @Test
    void aSmallButSufficientOpeningIsFitted() {
        Outcome<RaterModelFit> fit = RaterModel.fit(supported().input());
        assertTrue(fit.isDefined(), () -> fit.undefinedReason().orElse(""));
        assertEquals(3, fit.orElseThrow().candidates().size());
    }

    @Test
    void noScores() {
        assertEquals(Optional.of(ModelSupport.NO_SCORES), why(new Ratings().traits("a")));
    }

    @Test
    void tooFewCandidates() {
        assertEquals(Optional.of(ModelSupport.TOO_FEW_CANDIDATES),
                why(new Ratings().traits("a", "b").scores(1, 10, 4, 3).scores(1, 11, 5, 3).scores(2, 10, 2, 2)));
    }

    @Test
    void oneInterviewer() {
        assertEquals(Optional.of(ModelSupport.TOO_FEW_INTERVIEWERS), why(new Ratings().traits("a", "b")
                .scores(1, 10, 4, 3).scores(2, 10, 2, 2).scores(3, 10, 3, 5)));
    }

    @Test
    void interviewersWhoNeverMeetTheSameCandidateCannotBeCompared() {
        assertEquals(Optional.of(ModelSupport.NO_OVERLAP), why(new Ratings().traits("a", "b")
                .scores(1, 10, 4, 3).scores(2, 11, 2, 2).scores(3, 10, 3, 5).scores(4, 11, 1, 2)));
    }

    @Test
    void oneTraitCannotSeparateTheGeneralLevelFromTheProfile() {
        assertEquals(Optional.of(ModelSupport.ONE_TRAIT), why(new Ratings().traits("a")
                .scores(1, 10, 4).scores(1, 11, 5).scores(2, 10, 2).scores(2, 11, 3).scores(3, 10, 3)));
    }

    @Test
    void panelsThatSplitTheTraitsCannotSeparateTheProfileFromNoise() {
        // 10 always scores a, 11 always scores b: no trait of a candidate has two scores
        Ratings split = new Ratings().traits("a", "b");
        for (long c = 1; c <= 4; c++) {
            split.score(c, "a", 10, 1 + c).score(c, "b", 11, 5 - c).score(c, "b", 10, 3);
        }
        // ...and 10 also scores b here, so candidate:trait b has two interviewers: supported
        assertTrue(RaterModel.fit(split.input()).isDefined());
        Ratings strictlySplit = new Ratings().traits("a", "b");
        for (long c = 1; c <= 4; c++) {
            strictlySplit.score(c, "a", 10, 1 + c).score(c, "b", 11, 5 - c);
        }
        assertEquals(Optional.of(ModelSupport.NO_SHARED_TRAIT), why(strictlySplit));
    }

    @Test
    void interviewersScoringOneTraitEachCannotShowAnImpression() {
        // Both score a, nobody scores two traits of a candidate
        Ratings one = new Ratings().traits("a", "b");
        for (long c = 1; c <= 4; c++) {
            one.score(c, "a", 10, 1 + c).score(c, "a", 11, 5 - c).score(c, "b", 12, 3 + c % 2).score(c, "b", 13, 2);
        }
        assertEquals(Optional.of(ModelSupport.NO_SECOND_TRAIT), why(one));
    }

    @Test
    void scoresThatDoNotVaryWithinATrait() {
        Ratings flat = new Ratings().traits("a", "b");
        for (long c = 1; c <= 4; c++) {
            flat.scores(c, 10, 3, 4).scores(c, 11, 3, 4);
        }
        assertEquals(Optional.of(ModelSupport.NO_VARIATION), why(flat));
    }

    @Test
    void aScoreOnATraitWithoutWeightIsAnError() {
        assertThrows(IllegalArgumentException.class,
                () -> new RaterModelInput(List.of(new ModelRating(1, "x", 10, 3)), Map.of("a", 1.0)));
        assertThrows(IllegalArgumentException.class, () -> new RaterModelInput(List.of(), Map.of("a", 0.0)));
        assertThrows(IllegalArgumentException.class, () -> new ModelRating(1, "a", 10, Double.NaN));
    }
}
