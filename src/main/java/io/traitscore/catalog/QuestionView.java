package io.traitscore.catalog;

import java.time.Instant;
import java.util.List;

/** A question with its follow-up probes; custom ones name who added them. */
public record QuestionView(
        long id,
        String code,
        String traitKey,
        QuestionKind kind,
        String text,
        String source,
        List<String> probes,
        boolean custom,
        boolean retired,
        String addedBy,
        Instant addedAt) {

    public static QuestionView of(Question question) {
        return new QuestionView(question.id, question.code, question.trait.key, question.kind, question.text,
                question.source, List.copyOf(question.probes), question.custom, question.retired,
                question.createdBy == null ? null : question.createdBy.displayName,
                question.custom ? question.createdAt : null);
    }
}
