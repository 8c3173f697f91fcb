package io.traitscore.export;

import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.TraitRow;
import java.util.ArrayList;
import java.util.List;

/**
 * One row per trait of each exported opening: its weight and must-have setting, and across the exported
 * candidates how many were scored on it, how many only had "no evidence" and where interviewers split.
 */
final class TraitTable {

    static final List<String> HEADERS = List.of("Opening ID", "Opening", "Trait key", "Trait", "Weight", "Must-have",
            "Candidates", "Candidates scored", "Candidates with no evidence only", "Candidates with a split");

    private TraitTable() {
    }

    static ExportTable of(List<CandidateComparison> comparisons) {
        List<List<Object>> rows = new ArrayList<>();
        for (CandidateComparison comparison : comparisons) {
            for (TraitRow trait : comparison.matrix()) {
                List<Cell> cells = trait.cells();
                rows.add(List.of(comparison.opening().id(), comparison.opening().name(), trait.traitKey(),
                        trait.traitName(), trait.weight(), ExportTable.yesNo(trait.mustHave()), cells.size(),
                        cells.stream().filter(c -> c.ratingCount() > 0).count(),
                        cells.stream().filter(c -> c.ratingCount() == 0 && c.noEvidenceCount() > 0).count(),
                        cells.stream().filter(Cell::disagreement).count()));
            }
        }
        return new ExportTable(HEADERS, rows);
    }
}
