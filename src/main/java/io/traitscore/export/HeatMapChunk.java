package io.traitscore.export;

import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.TraitRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A slice of the comparison's trait × candidate matrix narrow enough for a landscape page: the report
 * prints one table per slice, each with every trait, so no column is squeezed below legibility.
 */
public record HeatMapChunk(int first, List<ComparedCandidate> candidates, List<Row> rows) {

    /** Candidates per printed table on A4 landscape next to the trait names. */
    static final int COLUMNS = 10;

    public record Row(TraitRow trait, List<Cell> cells) {
    }

    public int last() {
        return first + candidates.size() - 1;
    }

    static List<HeatMapChunk> of(CandidateComparison comparison) {
        List<HeatMapChunk> chunks = new ArrayList<>();
        int total = comparison.candidates().size();
        for (int from = 0; from < total; from += COLUMNS) {
            int to = Math.min(total, from + COLUMNS);
            int start = from;
            List<Row> rows = comparison.matrix().stream()
                    .map(t -> new Row(t, t.cells().subList(start, to)))
                    .toList();
            chunks.add(new HeatMapChunk(from + 1, comparison.candidates().subList(from, to), rows));
        }
        return chunks;
    }
}
