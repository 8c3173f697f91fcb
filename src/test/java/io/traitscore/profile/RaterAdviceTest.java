package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.RaterAdvice.Calibration;
import io.traitscore.profile.RaterStatistics.Coefficient;
import io.traitscore.profile.RaterStatistics.DecisionStudyView;
import io.traitscore.profile.RaterStatistics.InterviewerLeniency;
import io.traitscore.profile.RaterStatistics.Needed;
import io.traitscore.profile.RaterStatistics.QuestionStats;
import io.traitscore.profile.RaterStatistics.RaterModelSummary;
import io.traitscore.profile.RaterStatistics.TraitReliability;
import io.traitscore.stats.LeniencyDirection;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rater statistics' "what to do", from hand-made statistics. */
class RaterAdviceTest {

    @Test
    void poorAgreementAsksForCalibrationAndAnUnreliableAlphaIsNeverCalledFine() {
        TraitReliability poorIcc = trait("comm", "Communication", -0.70, true, 0.55, "TENTATIVE");
        TraitReliability badAlpha = trait("own", "Ownership", 0.62, false, 0.41, "UNRELIABLE");
        TraitReliability noAlpha = trait("craft", "Craft", 0.80, false, null, null);
        TraitReliability fine = trait("team", "Teamwork", 0.85, false, 0.88, "RELIABLE");

        RaterAdvice advice = RaterAdvice.of(stats(List.of(poorIcc, badAlpha, noAlpha, fine), List.of(), List.of(), null));

        assertThat(advice.calibrationOf("comm")).isEqualTo(Calibration.NEEDED);
        assertThat(advice.calibrationOf("own")).isEqualTo(Calibration.NEEDED);
        assertThat(advice.calibrationOf("craft")).isEqualTo(Calibration.TOO_EARLY);
        assertThat(advice.calibrationOf("team")).isEqualTo(Calibration.NOT_NEEDED);
        assertThat(advice.actions()).hasSize(2);
        assertThat(advice.actions().get(0)).startsWith("Agreement is poor on Communication (ICC \u22120.70) and Ownership"
                + " (alpha 0.41): calibrate the panel on their rubrics.");
        assertThat(advice.actions().get(1)).startsWith("Too early to judge agreement on Craft:");
    }

    @Test
    void theDecisionStudyAsksForAThirdInterviewerWhenTwoAreNotEnough() {
        TraitReliability fine = trait("team", "Teamwork", 0.85, false, 0.88, "RELIABLE");
        RaterModelSummary model = new RaterModelSummary(List.of(), 0, 0, List.of(), new DecisionStudyView(0.80, List.of(),
                List.of(), new Needed(2, null, 2, null), new Needed(3, null, 4, null)));

        RaterAdvice advice = RaterAdvice.of(stats(List.of(fine), List.of(), List.of(), model));

        assertThat(advice.actions()).containsExactly("Add interviewers: with 3 per candidate (about 2.0 now) the overall"
                + " score would reach a reliability of 0.80, enough to rank candidates.");
    }

    @Test
    void lenientInterviewersHaloAndFlatQuestionsAreNamed() {
        TraitReliability fine = trait("team", "Teamwork", 0.85, false, 0.88, "RELIABLE");
        List<InterviewerLeniency> people = List.of(
                new InterviewerLeniency(1, "Ann", 9, 4.4, 0.9, 9, LeniencyDirection.LENIENT, null, null, null, 0),
                new InterviewerLeniency(2, "Bo", 9, 3.0, 0.1, 9, LeniencyDirection.IN_LINE, null, null, null, 2));
        List<QuestionStats> questions = List.of(new QuestionStats(5, "Tell me about a conflict", "team", "Teamwork", 4, 0,
                4, 0.0, true));

        RaterAdvice advice = RaterAdvice.of(stats(List.of(fine), people, questions, null));

        assertThat(advice.actions()).containsExactly(
                "Share this page with Ann (higher, +0.90): they score further from colleagues than chance explains."
                        + " The calibrated view of profiles already removes it.",
                "Ask Bo to score each trait from its own evidence: their overall impression of a candidate carried over"
                        + " to every trait.",
                "Rework or replace a question after which every candidate got the same score: \u201cTell me about a conflict\u201d.");
    }

    @Test
    void nothingToDoIsSaidToo() {
        RaterAdvice advice = RaterAdvice.of(stats(List.of(trait("team", "Teamwork", 0.85, false, 0.88, "RELIABLE")),
                List.of(), List.of(), null));

        assertThat(advice.actions()).containsExactly(
                "Nothing needs doing: the panel agrees on every trait that has enough scores to tell.");
    }

    @Test
    void withoutScoresThereIsOnlyOneThingToSay() {
        RaterStatistics empty = new RaterStatistics(new Ref(1, "Designer"), 0, 0, 0,
                List.of(trait("team", "Teamwork", null, null, null, null)), List.of(), List.of(), List.of(),
                new ModelStatus(false, "no scores", 0), null, 3);

        RaterAdvice advice = RaterAdvice.of(empty);

        assertThat(advice.actions()).containsExactly("Nothing to act on yet: no scorecard has been submitted for this opening.");
        assertThat(advice.calibrationOf("team")).isEqualTo(Calibration.NO_DATA);
    }

    private static RaterStatistics stats(List<TraitReliability> traits, List<InterviewerLeniency> interviewers,
            List<QuestionStats> questions, RaterModelSummary model) {
        return new RaterStatistics(new Ref(1, "Designer"), 4, 2, 30, traits, interviewers, questions, List.of(),
                new ModelStatus(model != null, model != null ? null : "too few scores", 30), model, 3);
    }

    private static TraitReliability trait(String key, String name, Double icc, Boolean needs, Double alpha, String alphaBand) {
        Coefficient single = new Coefficient("ICC(1,1)", "", icc, icc == null ? null : "POOR", icc == null ? "few" : null);
        Coefficient alphaView = new Coefficient("alpha", "", alpha, alphaBand, alpha == null ? "few" : null);
        return new TraitReliability(key, name, 4, 8, 2, "one-way", 2.0, single, single, alphaView, needs);
    }
}
