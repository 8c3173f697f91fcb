package io.traitscore.scorecard;

import static io.traitscore.web.FormValues.all;
import static io.traitscore.web.FormValues.first;
import static io.traitscore.web.FormValues.parseInt;
import static io.traitscore.web.FormValues.parseLong;

import io.traitscore.catalog.QuestionView;
import io.traitscore.catalog.TraitView;
import io.traitscore.web.FormValues;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scorecard form exactly as the interviewer typed it, so every re-render (invalid input, a stale
 * version, submit rules) shows their text unchanged; messages name the fields as the API does
 * ({@code ratings.<k>.score}). Field names per focus trait {@code k}:
 * {@code score.k} (1-5, {@code none} for "no evidence", empty for not rated), {@code evidence.k},
 * {@code question.k} (question ids) and {@code flag.k} (red-flag codes). Interview mode ({@code mode=interview})
 * sends {@code note.k.<question id>} per question instead of one evidence box ({@code evidence.k} holds
 * its general notes): they become the evidence text (EvidenceNotes) and mark their questions as asked.
 */
public class ScorecardForm {

    public static final String NO_EVIDENCE = "none";

    public static final String INTERVIEW_MODE = "interview";

    public String version = "";
    /** The stored version the interviewer chose to replace after a clash ("Keep mine"); empty otherwise. */
    public String overwriteVersion = "";
    public String recommendation = "";
    public String summary = "";
    private final Map<String, String> scores = new HashMap<>();
    private final Map<String, String> evidence = new HashMap<>();
    private final Map<String, Set<String>> questions = new HashMap<>();
    private final Map<String, Set<String>> flags = new HashMap<>();

    public static ScorecardForm empty() {
        return new ScorecardForm();
    }

    public static ScorecardForm of(ScorecardView scorecard) {
        ScorecardForm form = new ScorecardForm();
        form.version = String.valueOf(scorecard.version());
        form.recommendation = scorecard.recommendation() == null ? "" : scorecard.recommendation().name();
        form.summary = scorecard.summary() == null ? "" : scorecard.summary();
        for (ScorecardView.RatingView rating : scorecard.ratings()) {
            String key = rating.traitKey();
            form.scores.put(key, rating.noEvidence() ? NO_EVIDENCE : rating.score() == null ? "" : String.valueOf(rating.score()));
            form.evidence.put(key, rating.evidence() == null ? "" : rating.evidence());
            rating.questionsAsked().forEach(q -> form.questions.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(String.valueOf(q.id())));
            rating.redFlags().forEach(f -> form.flags.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(f.code()));
        }
        return form;
    }

    public static ScorecardForm parse(MultivaluedMap<String, String> fields, List<String> focusKeys) {
        ScorecardForm form = new ScorecardForm();
        form.version = first(fields, "version");
        form.overwriteVersion = first(fields, "overwriteVersion");
        form.recommendation = first(fields, "recommendation");
        form.summary = first(fields, "summary");
        for (String key : focusKeys) {
            form.scores.put(key, first(fields, "score." + key));
            form.evidence.put(key, first(fields, "evidence." + key));
            form.questions.put(key, new LinkedHashSet<>(all(fields, "question." + key)));
            form.flags.put(key, new LinkedHashSet<>(all(fields, "flag." + key)));
        }
        return form;
    }

    /** The fields of interview mode: each trait's question notes become its evidence text. */
    public static ScorecardForm parseInterviewMode(MultivaluedMap<String, String> fields, List<TraitView> traits) {
        ScorecardForm form = parse(fields, traits.stream().map(TraitView::key).toList());
        for (TraitView trait : traits) {
            Map<Long, String> notes = new LinkedHashMap<>();
            for (QuestionView q : trait.questions()) {
                String note = first(fields, "note." + trait.key() + "." + q.id());
                notes.put(q.id(), note);
                if (!note.isBlank()) {
                    form.questions.get(trait.key()).add(String.valueOf(q.id()));
                }
            }
            form.evidence.put(trait.key(), EvidenceNotes.of(form.evidence(trait.key()), notes).evidence(trait.questions()));
        }
        return form;
    }

    public static boolean isInterviewMode(MultivaluedMap<String, String> fields) {
        return INTERVIEW_MODE.equals(fields.getFirst("mode"));
    }

    /** The trait's evidence split back into interview mode's note boxes. */
    public EvidenceNotes notes(TraitView trait) {
        return EvidenceNotes.parse(evidence(trait.key()), trait.questions());
    }

    /** What the server holds of this scorecard: a draft once any save went through (it then has a version). */
    public String getState() {
        return version == null || version.isBlank() ? "Not started" : "Draft saved";
    }

    /** The draft to save: every focus trait that has anything filled in. */
    public ScorecardDraft toDraft(List<String> focusKeys) {
        return toDraft(focusKeys, false);
    }

    /**
     * @param overwrite the interviewer saw the newer stored version and chose to replace it: the draft
     *                  carries that version instead of the one their form was based on
     */
    public ScorecardDraft toDraft(List<String> focusKeys, boolean overwrite) {
        List<ScorecardDraft.RatingInput> ratings = new ArrayList<>();
        for (String key : focusKeys) {
            String score = scores.getOrDefault(key, "");
            Set<String> asked = questions.getOrDefault(key, Set.of());
            Set<String> flagged = flags.getOrDefault(key, Set.of());
            if (score.isEmpty() && evidence(key).isBlank() && asked.isEmpty() && flagged.isEmpty()) {
                continue;
            }
            boolean noEvidence = score.equals(NO_EVIDENCE);
            ratings.add(new ScorecardDraft.RatingInput(key, noEvidence ? null : parseInt(score), noEvidence, evidence(key),
                    asked.stream().map(FormValues::parseLong).filter(id -> id != null).toList(), List.copyOf(flagged)));
        }
        Recommendation chosen = parseRecommendation(recommendation);
        return new ScorecardDraft(parseLong(overwrite ? overwriteVersion : version), chosen, summary, ratings);
    }

    public boolean isScore(String traitKey, Object value) {
        return scores.getOrDefault(traitKey, "").equals(String.valueOf(value));
    }

    /** The score as typed: "1" to "5", {@value #NO_EVIDENCE}, or empty when not rated. */
    public String score(String traitKey) {
        return scores.getOrDefault(traitKey, "");
    }

    public boolean isUnrated(String traitKey) {
        return scores.getOrDefault(traitKey, "").isEmpty();
    }

    public String evidence(String traitKey) {
        return evidence.getOrDefault(traitKey, "");
    }

    public boolean asked(String traitKey, long questionId) {
        return questions.getOrDefault(traitKey, Set.of()).contains(String.valueOf(questionId));
    }

    public boolean flagged(String traitKey, String code) {
        return flags.getOrDefault(traitKey, Set.of()).contains(code);
    }

    public boolean isRecommendation(Recommendation value) {
        return recommendation.equals(value.name());
    }

    /** The parts of a rating that can carry a message, in the order the form shows them. */
    public List<String> getErrorParts() {
        return List.of("score", "evidence", "questionIds", "redFlags");
    }

    public Recommendation[] getRecommendations() {
        return Recommendation.values();
    }

    private static Recommendation parseRecommendation(String value) {
        try {
            return value == null || value.isBlank() ? null : Recommendation.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
