package io.traitscore.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.CoverageSummary;
import io.traitscore.profile.CandidateComparison.FlagSummary;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.OverallView;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LargeComparisonTest {

    @Test
    void batchesAreRankedTogetherAndTheirCellsFollowTheirCandidates() {
        CandidateComparison first = comparison(List.of(candidate(1, "Ana", 3.0), candidate(2, "Ben", null)));
        CandidateComparison second = comparison(List.of(candidate(3, "Cai", 4.5), candidate(4, "Abe", 3.0)));

        CandidateComparison joined = LargeComparison.join(List.of(first, second));

        // Highest first, equal scores by name, no score last.
        assertThat(joined.candidates()).extracting(ComparedCandidate::name).containsExactly("Cai", "Abe", "Ana", "Ben");
        assertThat(joined.candidates()).extracting(ComparedCandidate::position).containsExactly(1, 2, 3, 4);
        assertThat(joined.candidates()).allMatch(c -> c.notDistinguishableFrom().isEmpty());
        assertThat(joined.matrix().get(0).cells()).extracting(Cell::candidateId).containsExactly(3L, 4L, 1L, 2L);
        assertThat(joined.opening().name()).isEqualTo("Desk");
    }

    private static ComparedCandidate candidate(long id, String name, Double score) {
        OverallView overall = score == null ? null : new OverallView(score, score - 0.5, score + 0.5, 0.2, 4, 2);
        return new ComparedCandidate(id, name, CandidateStatus.INTERVIEWING, 1, 2, overall,
                List.of(new Ref(99, "Someone")), overall, List.of(), new CoverageSummary(0, List.of(), List.of(), List.of()),
                new FlagSummary(0, List.of(), 0, 0, 0, 0), Map.of());
    }

    private static CandidateComparison comparison(List<ComparedCandidate> candidates) {
        List<Cell> cells = candidates.stream().map(c -> new Cell(c.id(), 1, 0, 3.0, null, 3, 3, false, 3.0)).toList();
        return new CandidateComparison(new Ref(7, "Desk"), "overall", "desc", candidates,
                List.of(new TraitRow("adapts-easily", "Adapts easily", 2, false, cells)), List.of());
    }
}
