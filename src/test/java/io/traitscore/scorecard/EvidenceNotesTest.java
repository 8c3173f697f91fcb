package io.traitscore.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.catalog.QuestionKind;
import io.traitscore.catalog.QuestionView;
import io.traitscore.catalog.TraitView;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interview mode's note boxes and the one evidence text they are kept in. */
class EvidenceNotesTest {

    static final QuestionView ASKED = new QuestionView(11, "A", "listens", QuestionKind.BEHAVIORAL,
            "Tell me about an upset customer.", "bank", List.of(), false, false, null, null);
    static final QuestionView OTHER = new QuestionView(12, "B", "listens", QuestionKind.SITUATIONAL,
            "What would you do if a caller shouted?", "bank", List.of(), false, false, null, null);
    static final List<QuestionView> QUESTIONS = List.of(ASKED, OTHER);

    @Test
    void theNotesBecomeOneEvidenceTextEachUnderItsQuestionAndComeBackIntoTheirBoxes() {
        EvidenceNotes notes = EvidenceNotes.of("Calm throughout.\r\n", Map.of(12L, "Would let him finish.", 11L, "Named the worry first.\r\nThen fixed the order."));

        String evidence = notes.evidence(QUESTIONS);

        assertThat(evidence).isEqualTo("Calm throughout.\n\nQ: Tell me about an upset customer.\nNamed the worry first.\nThen fixed the order."
                + "\n\nQ: What would you do if a caller shouted?\nWould let him finish.");
        EvidenceNotes back = EvidenceNotes.parse(evidence, QUESTIONS);
        assertThat(back.general()).isEqualTo("Calm throughout.");
        assertThat(back.note(11)).isEqualTo("Named the worry first.\nThen fixed the order.");
        assertThat(back.note(12)).isEqualTo("Would let him finish.");
        assertThat(back.evidence(QUESTIONS)).isEqualTo(evidence);
    }

    @Test
    void evidenceTypedOnThePlainFormComesBackAsGeneralNotes() {
        EvidenceNotes back = EvidenceNotes.parse("Q: something the interviewer typed\nand more", QUESTIONS);

        assertThat(back.general()).isEqualTo("Q: something the interviewer typed\nand more");
        assertThat(back.byQuestion()).isEmpty();
        assertThat(EvidenceNotes.parse(null, QUESTIONS).evidence(QUESTIONS)).isEmpty();
    }

    @Test
    void interviewModeFieldsMakeTheEvidenceAndMarkTheNotedQuestionsAsAsked() {
        TraitView listens = new TraitView("listens", 1, "Listens", "S.", null, List.of(), QUESTIONS, List.of(), List.of());
        MultivaluedHashMap<String, String> fields = new MultivaluedHashMap<>();
        fields.add("mode", "interview");
        fields.add("score.listens", "5");
        fields.add("evidence.listens", "");
        fields.add("note.listens.11", "Named the worry first.");
        fields.add("note.listens.12", "  ");

        ScorecardForm form = ScorecardForm.parseInterviewMode(fields, List.of(listens));

        assertThat(ScorecardForm.isInterviewMode(fields)).isTrue();
        assertThat(form.evidence("listens")).isEqualTo("Q: Tell me about an upset customer.\nNamed the worry first.");
        assertThat(form.asked("listens", 11)).isTrue();
        assertThat(form.asked("listens", 12)).as("a blank note is no question asked").isFalse();
        assertThat(form.notes(listens).note(11)).isEqualTo("Named the worry first.");
        ScorecardDraft draft = form.toDraft(List.of("listens"));
        assertThat(draft.ratings().get(0).questionIds()).containsExactly(11L);
        assertThat(form.getState()).isEqualTo("Not started");
    }
}
