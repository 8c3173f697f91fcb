package io.traitscore.profile;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateComparison.Cell;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.profile.CandidateProfile.Ref;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comparison page's view of a {@link CandidateComparison}: candidate columns in the requested
 * order of the chosen {@link ScoreView}, the cell of each trait and candidate, and the links that sort,
 * pick and switch views without JavaScript (every link keeps the other choices).
 *
 * @param picks    every candidate of the opening, for the form that picks whom to compare
 * @param chosen   the candidates asked for; empty means all
 * @param withheld candidates left out because the reader still owes them a scorecard, with that interview
 */
public record ComparisonSheet(CandidateComparison comparison, ScoreView view, List<Pick> picks, Set<Long> chosen,
        List<WithheldCandidate> withheld) {

    /** A candidate in the picking form; a withheld one cannot be picked until the reader's scorecard is in. */
    public record Pick(long id, String name, CandidateStatus status, int scorecardsSubmitted, int interviews,
            boolean withheld) {
    }

    /**
     * The candidates in the order asked for. The API sorts by the raw figures; in the calibrated view
     * the columns follow the calibrated figures instead, with the same rules (no value last, ties by name),
     * so the order always matches the numbers on screen.
     */
    public List<ComparedCandidate> getColumns() {
        if (!view.calibrated()) {
            return comparison.candidates();
        }
        Comparator<Double> values = "asc".equals(comparison.order()) ? Comparator.naturalOrder() : Comparator.reverseOrder();
        Function<ComparedCandidate, Double> value = c -> comparison.sort().equals(ComparisonSort.OVERALL)
                ? score(c.calibratedOverall()) : cell(row(comparison.sort()), c).calibratedMean();
        return comparison.candidates().stream()
                .sorted(Comparator.comparing(value, Comparator.nullsLast(values))
                        .thenComparing(ComparedCandidate::name).thenComparingLong(ComparedCandidate::id))
                .toList();
    }

    public Cell cell(TraitRow row, ComparedCandidate candidate) {
        return row.cells().stream().filter(c -> c.candidateId() == candidate.id()).findFirst().orElseThrow();
    }

    /** A cell's mean in the chosen view; null when nobody scored the trait. */
    public Double mean(Cell cell) {
        return view.calibrated() ? cell.calibratedMean() : cell.mean();
    }

    public String heat(Cell cell) {
        return HeatScale.cssClass(mean(cell));
    }

    public OverallView overall(ComparedCandidate candidate) {
        return view.calibrated() ? candidate.calibratedOverall() : candidate.overall();
    }

    public String overallHeat(ComparedCandidate candidate) {
        return HeatScale.cssClass(score(overall(candidate)));
    }

    /** The candidates whose interval overlaps this one's in the chosen view. */
    public List<Ref> notDistinguishable(ComparedCandidate candidate) {
        return view.calibrated() ? candidate.calibratedNotDistinguishableFrom() : candidate.notDistinguishableFrom();
    }

    /** Whom the candidate cannot be told apart from, as a phrase. */
    public String tiedWith(ComparedCandidate candidate) {
        return names(notDistinguishable(candidate));
    }

    /** "Ana", "Ana and Ben", "Ana, Ben and Cy". */
    public static String names(List<Ref> refs) {
        List<String> names = refs.stream().map(Ref::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    public boolean isChosen(Pick pick) {
        return !pick.withheld() && (chosen.isEmpty() || chosen.contains(pick.id()));
    }

    public boolean isSortedBy(String key) {
        return comparison.sort().equals(key);
    }

    /** "descending", "ascending" or "none", for {@code aria-sort}. */
    public String ariaSort(String key) {
        return !isSortedBy(key) ? "none" : "asc".equals(comparison.order()) ? "ascending" : "descending";
    }

    /** Sorting by a key: highest first, or the other way round when it is already sorted highest first. */
    public String sortLink(String key) {
        String order = isSortedBy(key) && "desc".equals(comparison.order()) ? "asc" : "desc";
        return link(key, order, view);
    }

    /** What following {@link #sortLink} does, for its accessible name. */
    public String sortAction(String key) {
        return isSortedBy(key) && "desc".equals(comparison.order()) ? "lowest first" : "highest first";
    }

    /** This comparison in the given view, with the same candidates and order. */
    public String viewLink(ScoreView target) {
        return link(comparison.sort(), comparison.order(), target);
    }

    public String profileLink(ComparedCandidate candidate) {
        return "/candidates/" + candidate.id() + (view.calibrated() ? "?view=calibrated" : "");
    }

    public String getBaseLink() {
        return "/openings/" + comparison.opening().id() + "/compare";
    }

    public ScoreView[] getViews() {
        return ScoreView.values();
    }

    private String link(String sort, String order, ScoreView target) {
        StringBuilder query = new StringBuilder("?sort=").append(sort).append("&order=").append(order);
        if (!chosen.isEmpty()) {
            query.append("&candidates=").append(chosen.stream().map(String::valueOf).collect(Collectors.joining(",")));
        }
        if (target.calibrated()) {
            query.append("&view=calibrated");
        }
        return getBaseLink() + query;
    }

    private TraitRow row(String key) {
        return comparison.matrix().stream().filter(r -> r.traitKey().equals(key)).findFirst().orElseThrow();
    }

    private static Double score(OverallView overall) {
        return overall == null ? null : overall.score();
    }
}
