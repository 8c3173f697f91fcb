package io.traitscore.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.CoverageSummary;
import io.traitscore.profile.CandidateComparison.FlagSummary;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.profile.CandidateProfile.Ref;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Three candidates whose raw and calibrated figures disagree on the order:
 * <pre>
 *          overall raw / calibrated    listens raw / calibrated
 *   Ana    4.0 / 3.0                   4.0 / 3.0
 *   Ben    3.5 / 3.8                   3.0 / 3.5
 *   Cy     -                           -
 * </pre>
 */
class ComparisonSheetTest {

    static final ComparedCandidate ANA = candidate(1, "Ana", 4.0, 3.0, List.of(new Ref(2, "Ben")));
    static final ComparedCandidate BEN = candidate(2, "Ben", 3.5, 3.8, List.of(new Ref(1, "Ana")));
    static final ComparedCandidate CY = candidate(3, "Cy", null, null, List.of());
    static final TraitRow LISTENS = new TraitRow("listens", "Listens", 3, true, List.of(cell(1, 4.0, 3.0), cell(2, 3.0, 3.5),
            cell(3, null, null)));

    @Test
    void theRawViewKeepsTheApisOrderAndTheCalibratedViewSortsByCalibratedFigures() {
        assertThat(sheet("overall", "desc", ScoreView.RAW, Set.of()).getColumns()).containsExactly(ANA, BEN, CY);
        assertThat(sheet("overall", "desc", ScoreView.CALIBRATED, Set.of()).getColumns()).containsExactly(BEN, ANA, CY);
        assertThat(sheet("overall", "asc", ScoreView.CALIBRATED, Set.of()).getColumns()).as("no value stays last")
                .containsExactly(ANA, BEN, CY);
        assertThat(sheet("listens", "desc", ScoreView.CALIBRATED, Set.of()).getColumns()).containsExactly(BEN, ANA, CY);
    }

    @Test
    void cellsAndOverallScoresFollowTheView() {
        ComparisonSheet raw = sheet("overall", "desc", ScoreView.RAW, Set.of());
        ComparisonSheet calibrated = sheet("overall", "desc", ScoreView.CALIBRATED, Set.of());
        assertThat(raw.mean(raw.cell(LISTENS, BEN))).isEqualTo(3.0);
        assertThat(calibrated.mean(calibrated.cell(LISTENS, BEN))).isEqualTo(3.5);
        assertThat(raw.heat(raw.cell(LISTENS, ANA))).isEqualTo("heat-6");
        assertThat(raw.heat(raw.cell(LISTENS, CY))).isEqualTo("heat-none");
        assertThat(calibrated.overall(BEN).score()).isEqualTo(3.8);
        assertThat(raw.tiedWith(ANA)).isEqualTo("Ben");
    }

    @Test
    void sortLinksFlipTheOrderOfTheCurrentKeyAndKeepTheChosenCandidatesAndView() {
        ComparisonSheet sheet = sheet("listens", "desc", ScoreView.CALIBRATED, new LinkedHashSet<>(List.of(2L, 1L)));
        assertThat(sheet.sortLink("listens")).isEqualTo("/openings/7/compare?sort=listens&order=asc&candidates=2,1&view=calibrated");
        assertThat(sheet.sortLink("overall")).isEqualTo("/openings/7/compare?sort=overall&order=desc&candidates=2,1&view=calibrated");
        assertThat(sheet.ariaSort("listens")).isEqualTo("descending");
        assertThat(sheet.ariaSort("overall")).isEqualTo("none");
        assertThat(sheet.sortAction("listens")).isEqualTo("lowest first");
        assertThat(sheet.viewLink(ScoreView.RAW)).isEqualTo("/openings/7/compare?sort=listens&order=desc&candidates=2,1");
    }

    @Test
    void namesReadAsAPhrase() {
        assertThat(ComparisonSheet.names(List.of())).isEmpty();
        assertThat(ComparisonSheet.names(List.of(new Ref(1, "Ana")))).isEqualTo("Ana");
        assertThat(ComparisonSheet.names(List.of(new Ref(1, "Ana"), new Ref(2, "Ben"), new Ref(3, "Cy"))))
                .isEqualTo("Ana, Ben and Cy");
    }

    @Test
    void everyoneIsPickedWhenNobodyWasChosenExceptWithheldCandidates() {
        ComparisonSheet all = sheet("overall", "desc", ScoreView.RAW, Set.of());
        assertThat(all.isChosen(new ComparisonSheet.Pick(1, "Ana", CandidateStatus.APPLIED, 2, 2, false))).isTrue();
        assertThat(all.isChosen(new ComparisonSheet.Pick(4, "Dee", CandidateStatus.APPLIED, 1, 2, true))).isFalse();
        ComparisonSheet some = sheet("overall", "desc", ScoreView.RAW, Set.of(2L));
        assertThat(some.isChosen(new ComparisonSheet.Pick(1, "Ana", CandidateStatus.APPLIED, 2, 2, false))).isFalse();
    }

    private static ComparisonSheet sheet(String sort, String order, ScoreView view, Set<Long> chosen) {
        CandidateComparison comparison = new CandidateComparison(new Ref(7, "Support"), sort, order, List.of(ANA, BEN, CY),
                List.of(LISTENS), List.of());
        return new ComparisonSheet(comparison, view, List.of(), chosen, List.of());
    }

    private static ComparedCandidate candidate(long id, String name, Double raw, Double calibrated, List<Ref> tied) {
        return new ComparedCandidate(id, name, CandidateStatus.INTERVIEWING, (int) id, 2, overall(raw), tied,
                overall(calibrated), tied, new CoverageSummary(0, List.of(), List.of(), List.of()),
                new FlagSummary(0, List.of(), 0, 0, 0, 0), Map.of());
    }

    private static OverallView overall(Double score) {
        return score == null ? null : new OverallView(score, score - 0.5, score + 0.5, 0.25, 4, 2);
    }

    private static Cell cell(long candidate, Double mean, Double calibrated) {
        return new Cell(candidate, mean == null ? 0 : 2, 0, mean, null, null, null, false, calibrated);
    }
}
