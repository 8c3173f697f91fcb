package io.traitscore.scorecard;

import io.traitscore.catalog.QuestionView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The interview mode's notes on one trait, kept in the rating's evidence text and nowhere else:
 * general notes first, then one block per question noted, headed {@code Q: <question text>}. Anyone who
 * reads the evidence (the scorecard, the profile, exports) reads the notes under their questions;
 * interview mode reads the blocks back into its note boxes. Text typed on the plain scorecard form has
 * no such headings and comes back as general notes.
 *
 * @param general notes not about one question
 * @param byQuestion question id to its note, in the trait's question order
 */
public record EvidenceNotes(String general, Map<Long, String> byQuestion) {

    static final String HEADING = "Q: ";

    public String note(long questionId) {
        return byQuestion.getOrDefault(questionId, "");
    }

    /** Whether any of these questions has a note. */
    public boolean coversAny(List<QuestionView> questions) {
        return questions.stream().anyMatch(q -> byQuestion.containsKey(q.id()));
    }

    /** The evidence text: the general notes, then each question's note under its heading. */
    public String evidence(List<QuestionView> questions) {
        StringBuilder text = new StringBuilder(general.strip());
        for (QuestionView q : questions) {
            String note = note(q.id()).strip();
            if (!note.isEmpty()) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(HEADING).append(q.text().strip()).append('\n').append(note);
            }
        }
        return text.toString();
    }

    public static EvidenceNotes of(String general, Map<Long, String> byQuestion) {
        Map<Long, String> notes = new LinkedHashMap<>();
        byQuestion.forEach((id, note) -> {
            String clean = normalise(note).strip();
            if (!clean.isEmpty()) {
                notes.put(id, clean);
            }
        });
        return new EvidenceNotes(normalise(general).strip(), notes);
    }

    /** Reads evidence back into notes: a line that heads a block names one of the trait's questions exactly. */
    public static EvidenceNotes parse(String evidence, List<QuestionView> questions) {
        Map<String, Long> byText = new LinkedHashMap<>();
        questions.forEach(q -> byText.putIfAbsent(HEADING + q.text().strip(), q.id()));
        StringBuilder general = new StringBuilder();
        Map<Long, StringBuilder> blocks = new LinkedHashMap<>();
        StringBuilder current = general;
        for (String line : normalise(evidence).split("\n", -1)) {
            Long question = byText.get(line.strip());
            if (question != null && !blocks.containsKey(question)) {
                current = blocks.computeIfAbsent(question, id -> new StringBuilder());
                continue;
            }
            current.append(line).append('\n');
        }
        Map<Long, String> notes = new LinkedHashMap<>();
        blocks.forEach((id, text) -> notes.put(id, text.toString()));
        return of(general.toString(), notes);
    }

    private static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
