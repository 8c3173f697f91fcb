package io.traitscore.export;

import io.traitscore.decision.DecisionView;
import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.FlagSummary;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.profile.OverallView;
import io.traitscore.scorecard.Recommendation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The workbook's first sheet, for a reader who wants the outcome, not the data: one row per candidate with
 * a dozen columns in plain words (no codes, no ids, no hashes). The detailed sheets follow it.
 */
final class SummaryTable {

    static final List<String> HEADERS = List.of("Opening", "Rank", "Candidate", "Stage", "Overall score (1 to 5)",
            "Likely range (95%)", "Scorecards", "Recommendations", "Strongest trait", "Weakest trait",
            "Needs attention", "Decision");

    private SummaryTable() {
    }

    static ExportTable of(List<CandidateComparison> comparisons, LongFunction<Map<Long, DecisionView>> decisionsOfOpening) {
        List<List<Object>> rows = new ArrayList<>();
        for (CandidateComparison comparison : comparisons) {
            Map<Long, DecisionView> decisions = new HashMap<>(decisionsOfOpening.apply(comparison.opening().id()));
            for (int i = 0; i < comparison.candidates().size(); i++) {
                ComparedCandidate c = comparison.candidates().get(i);
                OverallView overall = c.overall();
                DecisionView decision = decisions.get(c.id());
                List<Object> row = new ArrayList<>();
                row.add(comparison.opening().name());
                row.add(c.position());
                row.add(c.name());
                row.add(ReportFormat.label(c.status()));
                row.add(overall == null ? null : ExportTable.round(overall.score()));
                row.add(overall == null ? "no score yet" : ReportFormat.short1(overall.lower()) + " to "
                        + ReportFormat.short1(overall.upper()));
                row.add(c.submittedScorecards());
                row.add(recommendations(c.recommendations()));
                row.add(extreme(comparison.matrix(), i, true));
                row.add(extreme(comparison.matrix(), i, false));
                row.add(attention(c.flags(), c.coverage().gaps()));
                row.add(decision == null ? "not decided" : decision.label());
                rows.add(row);
            }
        }
        return new ExportTable(HEADERS, rows);
    }

    /** "2 yes, 1 strong yes": the non-zero counts, strongest yes first. */
    static String recommendations(Map<Recommendation, Integer> tally) {
        List<String> parts = new ArrayList<>();
        for (Recommendation r : List.of(Recommendation.STRONG_YES, Recommendation.YES, Recommendation.NO,
                Recommendation.STRONG_NO)) {
            int n = tally.getOrDefault(r, 0);
            if (n > 0) {
                parts.add(n + " " + ReportFormat.label(r).toLowerCase(java.util.Locale.ROOT));
            }
        }
        return parts.isEmpty() ? "none yet" : String.join(", ", parts);
    }

    /** The trait with the highest (or lowest) mean and the mean, "Listens with empathy (4.5)"; empty when none. */
    static String extreme(List<TraitRow> matrix, int index, boolean highest) {
        TraitRow best = null;
        Double bestMean = null;
        for (TraitRow row : matrix) {
            Cell cell = row.cells().get(index);
            if (cell.mean() != null && (bestMean == null || (highest ? cell.mean() > bestMean : cell.mean() < bestMean))) {
                best = row;
                bestMean = cell.mean();
            }
        }
        return best == null ? "" : best.traitName() + " (" + ReportFormat.short1(bestMean) + ")";
    }

    /** The warnings in words: "1 must-have below 3; 2 red flags; 1 trait not scored"; "nothing" when none. */
    static String attention(FlagSummary flags, int gaps) {
        List<String> parts = new ArrayList<>();
        add(parts, flags.mustHaveBelowThreshold(), "must-have below 3", "must-haves below 3");
        add(parts, flags.redFlags(), "red flag", "red flags");
        add(parts, flags.disagreements(), "trait the panel split on", "traits the panel split on");
        add(parts, flags.halo(), "possible halo", "possible halos");
        add(parts, gaps, "trait not scored", "traits not scored");
        return parts.isEmpty() ? "nothing" : String.join("; ", parts);
    }

    private static void add(List<String> parts, int n, String one, String many) {
        if (n > 0) {
            parts.add(n + " " + (n == 1 ? one : many));
        }
    }
}
