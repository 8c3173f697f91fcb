package io.traitscore.profile;

import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The "cannot be told apart" relation of a comparison in space linear in the candidates: the scored
 * candidates ranked by score, each with the runs of ranks it cannot be told apart from. Ties fall between
 * neighbours in score, so a candidate's run is usually one {@code [from, to]} pair (inclusive ranks into
 * this list, counted from 0, with the candidate's own rank inside it), where the lists of names grew with
 * the square. The runs are exact: a candidate tied with a non-neighbour gets one more run, never a guess.
 *
 * @param ranked by descending score; candidates without a score take no part, as in the lists
 */
public record TieRanking(List<Ranked> ranked) {

    /** A ranked candidate and the runs of ranks (itself included) it cannot be told apart from. */
    public record Ranked(long id, String name, List<int[]> runs) {
    }

    /** The relation of {@code candidates}' lists chosen by {@code tied}, ranked by {@code score}. */
    static TieRanking of(List<ComparedCandidate> candidates, Function<ComparedCandidate, Optional<Double>> score,
            Function<ComparedCandidate, List<CandidateProfile.Ref>> tied) {
        List<ComparedCandidate> ranked = candidates.stream().filter(c -> score.apply(c).isPresent())
                .sorted(Comparator.comparing((ComparedCandidate c) -> score.apply(c).get()).reversed()
                        .thenComparingInt(ComparedCandidate::position))
                .toList();
        Map<Long, Integer> rank = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rank.put(ranked.get(i).id(), i);
        }
        List<Ranked> result = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            ComparedCandidate c = ranked.get(i);
            List<Integer> ranks = new ArrayList<>();
            ranks.add(i);
            tied.apply(c).forEach(r -> {
                Integer other = rank.get(r.id());
                if (other != null) {
                    ranks.add(other);
                }
            });
            result.add(new Ranked(c.id(), c.name(), runs(ranks)));
        }
        return new TieRanking(result);
    }

    private static List<int[]> runs(List<Integer> ranks) {
        int[] sorted = ranks.stream().mapToInt(Integer::intValue).sorted().distinct().toArray();
        List<int[]> runs = new ArrayList<>();
        int from = sorted[0];
        for (int k = 1; k <= sorted.length; k++) {
            if (k == sorted.length || sorted[k] != sorted[k - 1] + 1) {
                runs.add(new int[] {from, sorted[k - 1]});
                if (k < sorted.length) {
                    from = sorted[k];
                }
            }
        }
        return runs;
    }

    /** The ids a ranked candidate cannot be told apart from (itself left out): the lists, read back. */
    public List<Long> tiedWith(long candidateId) {
        Ranked self = ranked.stream().filter(r -> r.id() == candidateId).findFirst().orElse(null);
        if (self == null) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        self.runs().forEach(run -> {
            for (int k = run[0]; k <= run[1]; k++) {
                if (ranked.get(k).id() != candidateId) {
                    ids.add(ranked.get(k).id());
                }
            }
        });
        return ids;
    }
}
