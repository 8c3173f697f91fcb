package io.traitscore.export;

import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.TraitRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the comparisons of several batches of one opening's candidates into one. Each candidate's figures
 * are exact in any batch (leniency offsets are computed over the whole opening either way); the rank is
 * redone over all candidates with the comparison's default order (overall score, highest first, then name
 * and id). Which candidates cannot be told apart is not known across batches, so the batches are computed
 * without those lists ({@code ProfileService.comparisonBatch}) and {@link CandidateTable} says why.
 */
final class LargeComparison {

    private LargeComparison() {
    }

    static CandidateComparison join(List<CandidateComparison> batches) {
        List<ComparedCandidate> all = new ArrayList<>();
        Map<String, Map<Long, Cell>> cells = new HashMap<>();
        for (CandidateComparison batch : batches) {
            all.addAll(batch.candidates());
            for (TraitRow row : batch.matrix()) {
                Map<Long, Cell> byCandidate = cells.computeIfAbsent(row.traitKey(), k -> new HashMap<>());
                row.cells().forEach(c -> byCandidate.put(c.candidateId(), c));
            }
        }
        all.sort(Comparator.comparing((ComparedCandidate c) -> c.overall() == null ? null : c.overall().score(),
                        Comparator.nullsLast(Comparator.<Double>reverseOrder()))
                .thenComparing(ComparedCandidate::name).thenComparingLong(ComparedCandidate::id));
        List<ComparedCandidate> ranked = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            ComparedCandidate c = all.get(i);
            ranked.add(new ComparedCandidate(c.id(), c.name(), c.status(), i + 1, c.submittedScorecards(), c.overall(),
                    List.of(), c.calibratedOverall(), List.of(), c.coverage(), c.flags(), c.recommendations(),
                    c.calibratedOverallEstimate()));
        }
        CandidateComparison first = batches.get(0);
        List<TraitRow> matrix = first.matrix().stream()
                .map(t -> new TraitRow(t.traitKey(), t.traitName(), t.weight(), t.mustHave(),
                        ranked.stream().map(c -> cells.get(t.traitKey()).get(c.id())).toList()))
                .toList();
        return new CandidateComparison(first.opening(), first.sort(), first.order(), ranked, matrix, List.of(),
                first.model());
    }
}
