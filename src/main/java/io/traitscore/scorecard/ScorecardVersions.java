package io.traitscore.scorecard;

import io.traitscore.catalog.TraitView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stored scorecard and the interviewer's unsaved form side by side, after a save was refused
 * because the scorecard changed elsewhere: row by row, what is stored and what they typed, so they
 * can decide knowingly whether to replace the stored version or keep it (and copy their text).
 * Questions asked and red flags are left out: a person compares the words, the ticks are quick to redo.
 */
public record ScorecardVersions(ScorecardView saved, List<Row> rows) {

    /**
     * One trait (or the recommendation, or the summary): stored score and text, then the typed ones.
     *
     * @param typed whether the interviewer filled in anything here (their text box lists only those rows)
     */
    public record Row(String label, String anchor, String savedScore, String savedText, String myScore, String myText,
            boolean typed) {

        public boolean differs() {
            return !Objects.equals(savedScore, myScore) || !Objects.equals(savedText, myText);
        }
    }

    static final String NOT_RATED = "Not rated";
    static final String NOT_CHOSEN = "Not chosen";

    public static ScorecardVersions of(ScorecardView saved, ScorecardForm mine, List<TraitView> traits) {
        List<Row> rows = new ArrayList<>();
        for (TraitView trait : traits) {
            ScorecardView.RatingView rating = saved.ratings().stream().filter(r -> r.traitKey().equals(trait.key()))
                    .findFirst().orElse(null);
            String savedScore = rating == null ? NOT_RATED : scoreText(rating.noEvidence() ? ScorecardForm.NO_EVIDENCE
                    : rating.score() == null ? "" : String.valueOf(rating.score()));
            String myText = text(mine.evidence(trait.key()));
            rows.add(new Row(trait.name(), "rate-" + trait.key(), savedScore, text(rating == null ? null : rating.evidence()),
                    scoreText(mine.score(trait.key())), myText, !mine.score(trait.key()).isEmpty() || !myText.isEmpty()));
        }
        rows.add(new Row("Recommendation", "overall-title", recommendation(saved.recommendation() == null ? ""
                : saved.recommendation().name()), "", recommendation(mine.recommendation), "", !mine.recommendation.isBlank()));
        rows.add(new Row("Summary", "summary", "", text(saved.summary()), "", text(mine.summary), !text(mine.summary).isEmpty()));
        return new ScorecardVersions(saved, List.copyOf(rows));
    }

    public List<Row> getDifferences() {
        return rows.stream().filter(Row::differs).toList();
    }

    public List<Row> getTyped() {
        return rows.stream().filter(Row::typed).toList();
    }

    private static String scoreText(String score) {
        if (score == null || score.isEmpty()) {
            return NOT_RATED;
        }
        return score.equals(ScorecardForm.NO_EVIDENCE) ? "No evidence" : score;
    }

    private static String recommendation(String name) {
        if (name == null || name.isBlank()) {
            return NOT_CHOSEN;
        }
        String words = name.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Browsers send a text area's line breaks as CRLF; the same words must not count as a difference. */
    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n").strip();
    }
}
