package io.traitscore.interview;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.catalog.QuestionKind;
import io.traitscore.catalog.QuestionView;
import io.traitscore.catalog.TraitView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The plan interview mode and the kit offer: phases, the time guide and the suggested questions. */
class InterviewPlanTest {

    static final Instant START = Instant.parse("2026-03-02T10:00:00Z");
    static final Duration DAY = Duration.ofHours(24);

    @Test
    void anInterviewIsOverdueOnlyOnceTheGraceAfterItsEndHasPassed() {
        assertThat(phaseAt(START.minusSeconds(60))).isEqualTo(InterviewPhase.UPCOMING);
        assertThat(phaseAt(START)).isEqualTo(InterviewPhase.IN_PROGRESS);
        assertThat(phaseAt(START.plus(Duration.ofMinutes(40)))).as("40 minutes in").isEqualTo(InterviewPhase.IN_PROGRESS);
        assertThat(phaseAt(START.plus(Duration.ofMinutes(45)))).as("the minute it ends").isEqualTo(InterviewPhase.DUE);
        assertThat(phaseAt(START.plus(Duration.ofMinutes(45)).plus(DAY).minusSeconds(1))).isEqualTo(InterviewPhase.DUE);
        assertThat(phaseAt(START.plus(Duration.ofMinutes(45)).plus(DAY))).isEqualTo(InterviewPhase.OVERDUE);
        assertThat(InterviewPhase.of(START, 45, true, DAY, START.plus(Duration.ofDays(9)))).isEqualTo(InterviewPhase.SUBMITTED);
        assertThat(InterviewPhase.DUE.isOwed()).isTrue();
        assertThat(InterviewPhase.OVERDUE.isOwed()).isTrue();
        assertThat(InterviewPhase.IN_PROGRESS.isOwed()).isFalse();
    }

    private static InterviewPhase phaseAt(Instant now) {
        return InterviewPhase.of(START, 45, false, DAY, now);
    }

    @Test
    void theTimeGuideSplitsTheInterviewAcrossTheFocusTraitsAndAddsUp() {
        TimeGuide hour = TimeGuide.of(60, 4);
        assertThat(hour).isEqualTo(new TimeGuide(5, 12, 7, 4));
        assertThat(total(hour)).isEqualTo(60);
        TimeGuide short20 = TimeGuide.of(20, 3);
        assertThat(short20.welcomeMinutes()).as("no room for a welcome in 20 minutes").isZero();
        assertThat(short20.minutesPerTrait()).isEqualTo(6);
        assertThat(total(short20)).isEqualTo(20);
        assertThat(TimeGuide.of(45, 2)).isEqualTo(new TimeGuide(5, 17, 6, 2));
        assertThat(TimeGuide.of(45, 0).minutesPerTrait()).isZero();
    }

    private static int total(TimeGuide guide) {
        return guide.welcomeMinutes() + guide.minutesPerTrait() * guide.traits() + guide.closingMinutes();
    }

    @Test
    void theSuggestedQuestionsAreTheFirstBehaviouralThenTheFirstSituational() {
        TraitView trait = trait(question(1, QuestionKind.SITUATIONAL, false), question(2, QuestionKind.BEHAVIORAL, true),
                question(3, QuestionKind.BEHAVIORAL, false), question(4, QuestionKind.SITUATIONAL, false),
                question(5, QuestionKind.BEHAVIORAL, false));

        assertThat(SuggestedQuestions.of(trait)).extracting(QuestionView::id).as("retired 2 is skipped").containsExactly(3L, 1L);
        assertThat(SuggestedQuestions.of(trait)).as("the same every time").isEqualTo(SuggestedQuestions.of(trait));

        TraitView behaviouralOnly = trait(question(7, QuestionKind.BEHAVIORAL, false), question(8, QuestionKind.BEHAVIORAL, false),
                question(9, QuestionKind.BEHAVIORAL, false));
        assertThat(SuggestedQuestions.of(behaviouralOnly)).extracting(QuestionView::id).containsExactly(7L, 8L);

        InterviewKit kit = new InterviewKit(null, List.of(trait));
        assertThat(kit.others(trait)).extracting(QuestionView::id).containsExactly(2L, 4L, 5L);
        assertThat(kit.isSuggested(trait, trait.questions().get(2))).isTrue();
    }

    static QuestionView question(long id, QuestionKind kind, boolean retired) {
        return new QuestionView(id, "Q" + id, "t", kind, "Question " + id + "?", "bank", List.of(), false, retired, null, null);
    }

    static TraitView trait(QuestionView... questions) {
        return new TraitView("t", 1, "Trait", "Statement.", null, List.of(), List.of(questions), List.of(), List.of());
    }
}
