package io.traitscore.interview;

import io.traitscore.catalog.QuestionView;
import io.traitscore.catalog.TraitView;
import java.util.List;

/** What an interviewer takes into the room: the focus traits' questions, probes, rubric and indicators. */
public record InterviewKit(InterviewView interview, List<TraitView> traits) {

    /** The questions to ask first for the trait (see {@link SuggestedQuestions}). */
    public List<QuestionView> suggested(TraitView trait) {
        return SuggestedQuestions.of(trait);
    }

    public boolean isSuggested(TraitView trait, QuestionView question) {
        return suggested(trait).contains(question);
    }

    /** The trait's other questions, after the suggested ones. */
    public List<QuestionView> others(TraitView trait) {
        List<QuestionView> suggested = suggested(trait);
        return trait.questions().stream().filter(q -> !suggested.contains(q)).toList();
    }

    /** The interview's minutes split across its focus traits. */
    public TimeGuide timeGuide() {
        return TimeGuide.of(interview.durationMinutes(), traits.size());
    }
}
