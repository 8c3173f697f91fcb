package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.profile.CandidateProfile.Coverage;
import io.traitscore.profile.CandidateProfile.Flags;
import io.traitscore.profile.CandidateProfile.Gap;
import io.traitscore.profile.CandidateProfile.Halo;
import io.traitscore.profile.CandidateProfile.MustHaveBelow;
import io.traitscore.profile.CandidateProfile.RedFlagSeen;
import io.traitscore.profile.CandidateProfile.TraitProfile;
import io.traitscore.profile.ProfileRules.GapReason;
import io.traitscore.stats.Consensus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile's plain-language headline, checked against small hand-made profiles. */
class ProfileHeadlineTest {

    private static final Flags NO_FLAGS = new Flags(0, List.of(), List.of(), List.of(), List.of(), List.of());

    @Test
    void aCleanProfileNamesTheStrongestAndWeakestTraitsAndSaysNothingIsMissing() {
        List<TraitProfile> traits = List.of(trait("Ownership", false, 3, 4.67, 4, 5),
                trait("Communication", true, 3, 3.33, 3, 4), trait("Craft", false, 3, 4.0, 4, 4));

        ProfileHeadline headline = ProfileHeadline.describe(3, traits, coverage(3, List.of()), NO_FLAGS);

        assertThat(headline.sentences()).containsExactly(
                "From 3 scorecards, the panel rated Ownership highest (4.7 of 5) and Communication lowest (3.3).",
                "The interviewers broadly agreed: no trait's scores are two or more points apart.",
                "Nothing is missing: every trait has a score, no must-have is below 3 and no red flag was noticed.");
        assertThat(headline.text()).isEqualTo(String.join(" ", headline.sentences()));
    }

    @Test
    void disagreementsGapsMustHavesRedFlagsAndHaloAreAllNamed() {
        TraitProfile split = trait("Communication", true, 3, 2.67, 1, 4);
        List<TraitProfile> traits = List.of(trait("Ownership", false, 2, 4.5, 4, 5), split,
                trait("Teamwork", false, 0, null, null, null), trait("Craft", true, 0, null, null, null));
        Coverage coverage = coverage(4, List.of(new Gap("teamwork", "Teamwork", false, GapReason.NOT_ASSESSED),
                new Gap("craft", "Craft", true, GapReason.NO_EVIDENCE)));
        Flags flags = new Flags(4, List.of(),
                List.of(new MustHaveBelow("communication", "Communication", 2.67, 3, 3.0)),
                List.of(new RedFlagSeen("communication", "Communication", "BLAME", "Blames others", 7, "Ann"),
                        new RedFlagSeen("ownership", "Ownership", "LATE", "Misses deadlines", 8, "Bo")),
                List.of(new Halo(8, "Bo", 2, 0.0, List.of(5, 5), null)), List.of("communication"));

        ProfileHeadline headline = ProfileHeadline.describe(3, traits, coverage, flags);

        assertThat(headline.sentences()).containsExactly(
                "From 3 scorecards, the panel rated Ownership highest (4.5 of 5) and Communication lowest (2.7).",
                "The interviewers disagreed on Communication (1 to 4): read both sides before deciding.",
                "Before deciding, note: must-have Communication is below 3 (2.7), nobody scored Teamwork, "
                        + "no one found evidence for must-have Craft, 2 red flags were noticed and a possible halo "
                        + "effect from Bo.");
    }

    @Test
    void oneScorecardSaysThereIsNoSecondOpinion() {
        List<TraitProfile> traits = List.of(trait("Ownership", false, 1, 4.0, 4, 4));

        ProfileHeadline headline = ProfileHeadline.describe(1, traits, coverage(1, List.of()), NO_FLAGS);

        assertThat(headline.sentences()).containsExactly(
                "From 1 scorecard, the panel rated the one scored trait, Ownership, at 4.0 of 5.",
                "Only one interviewer has submitted, so there is no second opinion yet.",
                "Nothing is missing: every trait has a score, no must-have is below 3 and no red flag was noticed.");
    }

    @Test
    void tiesAreNamedTogetherAndLongListsAreCut() {
        List<TraitProfile> traits = List.of(trait("A", false, 2, 4.0, 4, 4), trait("B", false, 2, 4.0, 4, 4),
                trait("C", false, 2, 2.0, 2, 2), trait("D", false, 2, 2.0, 2, 2), trait("E", false, 2, 2.0, 2, 2),
                trait("F", false, 2, 2.0, 2, 2), trait("G", false, 2, 2.0, 2, 2));

        String findings = ProfileHeadline.findings(2, traits);

        assertThat(findings).isEqualTo("From 2 scorecards, the panel rated A and B highest (4.0 of 5) and C, D, E and 2 more"
                + " lowest (2.0).");
    }

    @Test
    void equalMeansEverywhereAreSaidPlainly() {
        assertThat(ProfileHeadline.findings(2, List.of(trait("A", false, 2, 3.0, 3, 3), trait("B", false, 2, 3.0, 3, 3))))
                .isEqualTo("From 2 scorecards, the panel rated every scored trait about the same, at 3.0 of 5.");
        assertThat(ProfileHeadline.findings(2, List.of(trait("A", false, 0, null, null, null))))
                .isEqualTo("From 2 scorecards, the panel could not score any trait.");
    }

    @Test
    void noScorecardIsOneSentence() {
        ProfileHeadline headline = ProfileHeadline.describe(0, List.of(trait("A", false, 0, null, null, null)),
                coverage(1, List.of(new Gap("a", "A", false, GapReason.NOT_ASSESSED))), NO_FLAGS);

        assertThat(headline.sentences()).containsExactly("No scorecard has been submitted yet, so there is nothing to report.");
    }

    private static Coverage coverage(int traits, List<Gap> gaps) {
        return new Coverage(traits, traits - gaps.size(), gaps, List.of());
    }

    private static TraitProfile trait(String name, boolean mustHave, int ratings, Double mean, Integer min, Integer max) {
        boolean split = ProfileRules.isDisagreement(min, max);
        Consensus consensus = ratings == 0 ? Consensus.NONE : split ? Consensus.SPLIT : Consensus.AGREE;
        return new TraitProfile(name.toLowerCase(), name, 1, mustHave, ratings, 0, mean, mean, min, max, null,
                consensus, consensus.name(), split, null, null, List.of(), null);
    }
}
