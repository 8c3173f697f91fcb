package io.traitscore.interview;

import io.traitscore.catalog.QuestionKind;
import io.traitscore.catalog.QuestionView;
import io.traitscore.catalog.TraitView;
import java.util.ArrayList;
import java.util.List;

/**
 * The questions to ask first for a trait: the first behavioural one (what the candidate did, the
 * stronger predictor), then the first situational one (what they would do), in the bank's order, so
 * every interviewer of a trait is offered the same two. A trait short of one kind gets its next
 * questions instead; retired questions are never suggested.
 */
public final class SuggestedQuestions {

    public static final int PER_TRAIT = 2;

    private SuggestedQuestions() {
    }

    public static List<QuestionView> of(TraitView trait) {
        List<QuestionView> open = trait.questions().stream().filter(q -> !q.retired()).toList();
        List<QuestionView> picked = new ArrayList<>();
        open.stream().filter(q -> q.kind() == QuestionKind.BEHAVIORAL).findFirst().ifPresent(picked::add);
        open.stream().filter(q -> q.kind() == QuestionKind.SITUATIONAL).findFirst().ifPresent(picked::add);
        for (QuestionView q : open) {
            if (picked.size() >= PER_TRAIT) {
                break;
            }
            if (!picked.contains(q)) {
                picked.add(q);
            }
        }
        return List.copyOf(picked);
    }
}
