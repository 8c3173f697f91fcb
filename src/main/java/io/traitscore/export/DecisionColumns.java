package io.traitscore.export;

import io.traitscore.decision.DecisionView;
import io.traitscore.decision.EvidenceConflict;
import io.traitscore.profile.CandidateComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * The decision columns of the candidate table: each candidate's current decision, whether it went against the
 * evidence and how, by whom and when. Added after the figures, so the existing columns keep their places.
 */
final class DecisionColumns {

    static final List<String> HEADERS = List.of("Decision", "Decided against the evidence", "Evidence conflicts",
            "Decided by", "Decided at");

    private DecisionColumns() {
    }

    /** The table with the decision columns, looking decisions up by opening id. */
    static ExportTable append(ExportTable table, List<CandidateComparison> comparisons,
            LongFunction<Map<Long, DecisionView>> decisionsOfOpening) {
        Map<Long, DecisionView> decisions = new java.util.HashMap<>();
        comparisons.forEach(c -> decisions.putAll(decisionsOfOpening.apply(c.opening().id())));
        int idColumn = table.headers().indexOf("Candidate ID");
        List<String> headers = new ArrayList<>(table.headers());
        headers.addAll(HEADERS);
        List<List<Object>> rows = table.rows().stream().map(row -> {
            List<Object> extended = new ArrayList<>(row);
            DecisionView d = decisions.get(((Number) row.get(idColumn)).longValue());
            extended.add(d == null ? null : d.decision().name());
            extended.add(d == null ? null : ExportTable.yesNo(d.againstEvidence()));
            extended.add(d == null ? null : d.conflicts().stream().map(EvidenceConflict::text).collect(Collectors.joining("; ")));
            extended.add(d == null ? null : d.decidedBy());
            extended.add(d == null ? null : d.decidedAt());
            return (List<Object>) extended;
        }).toList();
        return new ExportTable(List.copyOf(headers), rows);
    }
}
