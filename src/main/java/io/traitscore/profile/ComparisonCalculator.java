package io.traitscore.profile;

import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateComparison.TraitRow;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.scorecard.ratings.CandidateCount;
import io.traitscore.scorecard.ratings.ScoreRow;
import io.traitscore.scorecard.ratings.TraitAggregate;
import io.traitscore.stats.CalibratedObservation;
import io.traitscore.stats.CalibratedScore;
import io.traitscore.stats.Distinguishability;
import io.traitscore.stats.HaloCheck;
import io.traitscore.stats.LeniencyOffset;
import io.traitscore.stats.OverallScore;
import io.traitscore.stats.RaterLeniency;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds a {@link CandidateComparison} from plain values (see ComparisonCalculatorTest). */
public final class ComparisonCalculator {

    private ComparisonCalculator() {
    }

    public static CandidateComparison compare(ComparisonInput in, ComparisonSort sort) {
        return compare(in, sort, true);
    }

    /**
     * @param withTies false to leave out the "not distinguishable" lists: they grow with the square of the
     *                 candidates, and the batches of a larger opening's export cannot use them
     */
    public static CandidateComparison compare(ComparisonInput in, ComparisonSort sort, boolean withTies) {
        Map<Long, Map<String, TraitAggregate>> aggregates = new HashMap<>();
        in.aggregates().forEach(a -> aggregates.computeIfAbsent(a.candidateId(), c -> new HashMap<>()).put(a.traitKey(), a));
        Map<Long, Long> redFlags = in.redFlags().stream()
                .collect(Collectors.toMap(CandidateCount::candidateId, CandidateCount::count, Long::sum));
        Map<Long, Map<Recommendation, Integer>> tallies = new HashMap<>();
        in.recommendations().forEach(r -> tallies.computeIfAbsent(r.candidateId(), c -> CandidateColumn.emptyTally())
                .merge(r.recommendation(), (int) r.count(), Integer::sum));

        // Only the opening's traits count, as in the profile.
        Set<String> traitKeys = in.traits().stream().map(TraitSetup::key).collect(Collectors.toSet());
        List<ScoreRow> scores = in.openingScores().stream().filter(r -> traitKeys.contains(r.traitKey())).toList();
        OpeningModel model = in.model();
        Map<Long, LeniencyOffset> leniency = RaterLeniency.offsets(scores.stream().map(ScoreRow::observation).toList());
        Map<Long, Map<String, double[]>> calibrated = calibratedScores(scores, leniency);
        Map<Long, Integer> halo = model.fitted() ? modelHalo(in, model) : haloRaters(scores);

        List<CandidateColumn> columns = in.candidates().stream()
                .map(c -> CandidateColumn.of(c, in.traits(), aggregates.getOrDefault(c.id(), Map.of()),
                        calibrated.getOrDefault(c.id(), Map.of()), redFlags.getOrDefault(c.id(), 0L),
                        halo.getOrDefault(c.id(), 0), tallies.getOrDefault(c.id(), CandidateColumn.emptyTally()),
                        model.candidate(c.id())))
                .sorted(order(sort))
                .toList();

        Map<Long, Set<Long>> overlapping;
        Map<Long, Set<Long>> calibratedOverlapping;
        if (!withTies) {
            overlapping = Map.of();
            calibratedOverlapping = Map.of();
        } else if (model.fitted()) {
            overlapping = notDistinguishable(columns, model);
            calibratedOverlapping = overlapping;
        } else {
            overlapping = overlaps(columns, CandidateColumn::overall);
            calibratedOverlapping = overlaps(columns, CandidateColumn::calibratedOverall);
        }
        Map<Long, Ref> refs = columns.stream().collect(Collectors.toMap(c -> c.candidate().id(),
                c -> new Ref(c.candidate().id(), c.candidate().name())));
        List<ComparedCandidate> candidates = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            CandidateColumn c = columns.get(i);
            long id = c.candidate().id();
            candidates.add(new ComparedCandidate(id, c.candidate().name(), c.candidate().status(), i + 1,
                    c.submittedScorecards(), OverallView.of(c.overall()), refsOf(overlapping.get(id), refs),
                    OverallView.of(c.calibratedOverall()), refsOf(calibratedOverlapping.get(id), refs),
                    c.coverage(), c.flags(), c.recommendations(),
                    model.candidate(id) == null ? null : ModelEstimate.of(model.candidate(id).overall())));
        }
        List<TraitRow> matrix = in.traits().stream()
                .map(t -> new TraitRow(t.key(), t.name(), t.weight(), t.mustHave(),
                        columns.stream().map(c -> c.cells().get(t.key())).toList()))
                .toList();
        return new CandidateComparison(in.opening(), sort.key(), sort.order(), candidates, matrix, List.of(),
                ModelStatus.of(model));
    }

    /** Candidates without a value last, whatever the direction; ties by name, then id, for a stable order. */
    static Comparator<CandidateColumn> order(ComparisonSort sort) {
        Comparator<Double> values = sort.descending() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing((CandidateColumn c) -> c.sortValue(sort.key()), Comparator.nullsLast(values))
                .thenComparing(c -> c.candidate().name())
                .thenComparingLong(c -> c.candidate().id());
    }

    private static Map<Long, Set<Long>> overlaps(List<CandidateColumn> columns,
            Function<CandidateColumn, Optional<OverallScore>> score) {
        return Distinguishability.notDistinguishableFrom(columns.stream()
                .filter(c -> score.apply(c).isPresent())
                .map(c -> new Distinguishability.Entry<>(c.candidate().id(), score.apply(c).get().interval()))
                .toList());
    }

    /**
     * Pairs whose difference of overall scores has a 95% interval containing 0 (the rater model's test of
     * a difference, not the overlap of two intervals). Candidates without scores take no part, as before.
     */
    private static Map<Long, Set<Long>> notDistinguishable(List<CandidateColumn> columns, OpeningModel model) {
        List<Long> ids = columns.stream().filter(c -> c.overall().isPresent())
                .map(c -> c.candidate().id()).filter(id -> model.candidate(id) != null).toList();
        Map<Long, Set<Long>> result = new HashMap<>();
        for (int a = 0; a < ids.size(); a++) {
            for (int b = a + 1; b < ids.size(); b++) {
                if (!model.fit().overallDifference(ids.get(a), ids.get(b)).distinguishable()) {
                    result.computeIfAbsent(ids.get(a), k -> new java.util.LinkedHashSet<>()).add(ids.get(b));
                    result.computeIfAbsent(ids.get(b), k -> new java.util.LinkedHashSet<>()).add(ids.get(a));
                }
            }
        }
        return result;
    }

    /** Per candidate, how many interviewers the rater model flags for a halo (their impression carried over). */
    private static Map<Long, Integer> modelHalo(ComparisonInput in, OpeningModel model) {
        Map<Long, Integer> result = new HashMap<>();
        in.candidates().forEach(c -> result.put(c.id(), model.flaggedImpressions(c.id()).size()));
        return result;
    }

    private static List<Ref> refsOf(Set<Long> ids, Map<Long, Ref> refs) {
        return ids == null ? List.of() : ids.stream().map(refs::get).toList();
    }

    /** Each candidate's scores per trait with the interviewer's leniency removed. */
    private static Map<Long, Map<String, double[]>> calibratedScores(List<ScoreRow> rows, Map<Long, LeniencyOffset> leniency) {
        Map<Long, Map<String, List<Double>>> lists = new HashMap<>();
        for (CalibratedObservation c : CalibratedScore.applyTo(rows.stream().map(ScoreRow::observation).toList(), leniency)) {
            lists.computeIfAbsent(c.observation().candidateId(), k -> new HashMap<>())
                    .computeIfAbsent(c.observation().traitKey(), k -> new ArrayList<>()).add(c.score().calibrated());
        }
        Map<Long, Map<String, double[]>> result = new HashMap<>();
        lists.forEach((candidate, byTrait) -> byTrait.forEach((trait, values) -> result
                .computeIfAbsent(candidate, k -> new HashMap<>())
                .put(trait, values.stream().mapToDouble(Double::doubleValue).toArray())));
        return result;
    }

    /** Per candidate, how many interviewers' scores barely vary across traits (stats.HaloCheck). */
    private static Map<Long, Integer> haloRaters(List<ScoreRow> rows) {
        Map<Long, Map<Long, List<Integer>>> scores = new HashMap<>();
        rows.forEach(r -> scores.computeIfAbsent(r.candidateId(), k -> new HashMap<>())
                .computeIfAbsent(r.interviewerId(), k -> new ArrayList<>()).add(r.score()));
        Map<Long, Integer> result = new HashMap<>();
        scores.forEach((candidate, byRater) -> result.put(candidate,
                (int) byRater.values().stream().filter(s -> HaloCheck.check(s).flagged()).count()));
        return result;
    }
}
