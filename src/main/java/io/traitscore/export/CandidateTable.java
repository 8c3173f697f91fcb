package io.traitscore.export;

import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.OverallView;
import io.traitscore.scorecard.Recommendation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row per candidate, from the comparison: overall score with its interval, the calibrated score (the
 * rater model's prediction for an average interviewer, or today's offsets with the model's fallback reason),
 * coverage, flags, the
 * recommendation tally and, per trait, the consensus mean, the number of scores and whether the
 * interviewers split. Several openings share one table; a trait an opening does not assess stays empty.
 */
final class CandidateTable {

    static final List<String> FIXED = List.of("Opening ID", "Opening", "Rank", "Candidate ID", "Candidate", "Status",
            "Submitted scorecards", "Overall score", "Overall lower (95%)", "Overall upper (95%)",
            "Overall standard error", "Overall ratings", "Calibrated overall", "Calibrated lower (95%)",
            "Calibrated upper (95%)", "Calibrated standard error", "Calibrated by", "Not distinguishable from",
            "Coverage gaps", "Not assessed", "No evidence", "Single interviewer", "Flags", "Flag kinds",
            "Must-have below 3", "Red flags", "Halo", "Disagreements", "Strong no", "No", "Yes", "Strong yes");
    static final String NOT_COMPARED = "not listed for openings of over " + CandidateSummaries.BATCH + " candidates";
    static final String RATER_MODEL = "rater model";
    static final String PLAIN = "leniency offsets (rater model not fitted: ";
    static final String MEAN = ": mean";
    static final String RATINGS = ": ratings";
    static final String SPLIT = ": split";

    private CandidateTable() {
    }

    static ExportTable of(List<CandidateComparison> comparisons) {
        Map<String, String> traits = traitNames(comparisons);
        List<String> headers = new ArrayList<>(FIXED);
        traits.values().forEach(name -> headers.addAll(List.of(name + MEAN, name + RATINGS, name + SPLIT)));
        List<List<Object>> rows = new ArrayList<>();
        for (CandidateComparison comparison : comparisons) {
            // The matrix's cells follow the order of the comparison's candidates.
            for (int i = 0; i < comparison.candidates().size(); i++) {
                rows.add(row(comparison, i, traits));
            }
        }
        return new ExportTable(List.copyOf(headers), rows);
    }

    /** Trait key to name, in the first opening's order, then traits only later openings assess. */
    static Map<String, String> traitNames(List<CandidateComparison> comparisons) {
        Map<String, String> names = new LinkedHashMap<>();
        comparisons.forEach(c -> c.matrix().forEach(t -> names.putIfAbsent(t.traitKey(), t.traitName())));
        return names;
    }

    private static List<Object> row(CandidateComparison comparison, int index, Map<String, String> traits) {
        ComparedCandidate c = comparison.candidates().get(index);
        Map<String, String> names = comparison.matrix().stream()
                .collect(Collectors.toMap(TraitRow::traitKey, TraitRow::traitName));
        OverallView overall = c.overall();
        List<Object> row = new ArrayList<>(List.of(comparison.opening().id(), comparison.opening().name(), c.position(),
                c.id(), c.name(), c.status().name(), c.submittedScorecards()));
        row.add(overall == null ? null : ExportTable.round(overall.score()));
        row.add(overall == null ? null : ExportTable.round(overall.lower()));
        row.add(overall == null ? null : ExportTable.round(overall.upper()));
        row.add(overall == null ? null : ExportTable.round3(overall.standardError()));
        row.add(overall == null ? null : overall.ratingCount());
        OverallView calibrated = c.calibratedOverall();
        row.add(calibrated == null ? null : ExportTable.round(calibrated.score()));
        row.add(calibrated == null ? null : ExportTable.round(calibrated.lower()));
        row.add(calibrated == null ? null : ExportTable.round(calibrated.upper()));
        row.add(calibrated == null ? null : ExportTable.round3(calibrated.standardError()));
        row.add(calibratedBy(comparison));
        row.add(CandidateSummaries.isJoined(comparison) ? NOT_COMPARED
                : c.notDistinguishableFrom().stream().map(Ref::name).collect(Collectors.joining("; ")));
        row.add(c.coverage().gaps());
        row.add(namesOf(c.coverage().notAssessed(), names));
        row.add(namesOf(c.coverage().noEvidence(), names));
        row.add(namesOf(c.coverage().singleInterviewer(), names));
        row.add(c.flags().count());
        row.add(c.flags().kinds().stream().map(Enum::name).collect(Collectors.joining(", ")));
        row.add(c.flags().mustHaveBelowThreshold());
        row.add(c.flags().redFlags());
        row.add(c.flags().halo());
        row.add(c.flags().disagreements());
        for (Recommendation r : List.of(Recommendation.STRONG_NO, Recommendation.NO, Recommendation.YES,
                Recommendation.STRONG_YES)) {
            row.add(c.recommendations().getOrDefault(r, 0));
        }
        Map<String, Cell> cells = new LinkedHashMap<>();
        comparison.matrix().forEach(t -> cells.put(t.traitKey(), t.cells().get(index)));
        for (String key : traits.keySet()) {
            Cell cell = cells.get(key);
            row.add(cell == null ? null : ExportTable.round(cell.mean()));
            row.add(cell == null ? null : cell.ratingCount());
            row.add(cell == null ? null : ExportTable.yesNo(cell.disagreement()));
        }
        return row;
    }

    /** Which figures the calibrated columns and "not distinguishable" hold: the rater model's, or why not. */
    static String calibratedBy(CandidateComparison comparison) {
        return comparison.model().fitted() ? RATER_MODEL : PLAIN + comparison.model().fallbackReason() + ")";
    }

    private static String namesOf(List<String> keys, Map<String, String> names) {
        return keys.stream().map(k -> names.getOrDefault(k, k)).collect(Collectors.joining("; "));
    }
}
