package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateProfile.Ref;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The compact tie relation reads back to exactly the lists it replaces, in space linear in the candidates. */
class TieRankingTest {

    @Test
    void theRanksOfTheHandWorkedComparisonReadBackToItsLists() {
        CandidateComparison c = ComparisonCalculator.compare(ComparisonCalculatorTest.input(),
                new ComparisonSort("overall", true));
        // Cleo 5, Ana 4.375, Ben 2.75 ranked; Dan has no score and takes no part.
        assertThat(c.ties().overall()).extracting(TieRanking.Ranked::name).containsExactly("Cleo", "Ana", "Ben");
        assertThat(c.ties().overall().get(0).runs()).containsExactly(new int[] {0, 1});
        assertThat(c.ties().overall().get(1).runs()).containsExactly(new int[] {0, 2});
        assertThat(c.ties().overall().get(2).runs()).containsExactly(new int[] {1, 2});
        for (ComparedCandidate candidate : c.candidates()) {
            assertThat(new TieRanking(c.ties().overall()).tiedWith(candidate.id()))
                    .containsExactlyInAnyOrderElementsOf(ids(candidate.notDistinguishableFrom()));
            assertThat(new TieRanking(c.ties().calibrated()).tiedWith(candidate.id()))
                    .containsExactlyInAnyOrderElementsOf(ids(candidate.calibratedNotDistinguishableFrom()));
        }
    }

    /** Intervals of random width: ties are mostly, but not always, runs of neighbours in score. */
    @Test
    void anyOverlapRelationReadsBackExactlyAndStaysSmall() {
        Random random = new Random(19);
        int n = 400;
        double[] score = new double[n];
        double[] halfWidth = new double[n];
        for (int i = 0; i < n; i++) {
            score[i] = 1 + 4 * random.nextDouble();
            halfWidth[i] = 0.03 + 0.02 * random.nextDouble();
        }
        List<ComparedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Ref> tied = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (j != i && Math.abs(score[i] - score[j]) <= halfWidth[i] + halfWidth[j]) {
                    tied.add(new Ref(j, "C" + j));
                }
            }
            OverallView overall = new OverallView(score[i], score[i] - halfWidth[i], score[i] + halfWidth[i], 0.1, 4, 2);
            candidates.add(new ComparedCandidate(i, "C" + i, CandidateStatus.INTERVIEWING, i + 1, 2, overall, tied,
                    overall, tied, null, null, Map.of()));
        }
        TieRanking ranking = TieRanking.of(candidates, c -> Optional.of(c.overall().score()),
                ComparedCandidate::notDistinguishableFrom);
        int pairs = 0;
        for (ComparedCandidate c : candidates) {
            assertThat(ranking.tiedWith(c.id())).containsExactlyInAnyOrderElementsOf(ids(c.notDistinguishableFrom()));
            pairs += c.notDistinguishableFrom().size();
        }
        int runs = ranking.ranked().stream().mapToInt(r -> r.runs().size()).sum();
        System.out.printf("%d candidates: %d listed ties, %d runs%n", n, pairs, runs);
        assertThat(pairs).isGreaterThan(10 * n);
        assertThat(runs * 4).isLessThan(pairs);
    }

    private static Set<Long> ids(List<Ref> refs) {
        Set<Long> ids = new HashSet<>();
        refs.forEach(r -> ids.add(r.id()));
        return ids;
    }
}
