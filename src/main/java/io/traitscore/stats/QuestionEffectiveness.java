package io.traitscore.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * How well each interview question separates candidates.
 *
 * <p>A useful question draws out differences, so the ratings that follow it vary across
 * candidates; a question after which every candidate gets the same rating does not
 * discriminate. Each candidate counts once, with the mean of their ratings for that question,
 * so that a candidate rated several times does not weigh more than the others.
 */
public final class QuestionEffectiveness {

    /**
     * @param questionId            the question
     * @param timesAsked            number of ratings recorded for it (one per observation)
     * @param distinctCandidates    number of different candidates it was asked to
     * @param candidateStandardDeviation sample standard deviation of the candidates' mean
     *                              ratings; empty for fewer than 2 candidates
     */
    public record QuestionStats(long questionId, int timesAsked, int distinctCandidates,
                                OptionalDouble candidateStandardDeviation) {

        /** True when the question was asked to 2+ candidates and all got the same mean rating. */
        public boolean doesNotDiscriminate() {
            return candidateStandardDeviation.isPresent()
                    && candidateStandardDeviation.getAsDouble() <= SampleStatistics.NEGLIGIBLE;
        }
    }

    private QuestionEffectiveness() {
    }

    /** One entry per question in the input, ordered by question id. */
    public static Map<Long, QuestionStats> summarize(Collection<QuestionObservation> observations) {
        Map<Long, Map<Long, List<Integer>>> byQuestion = new TreeMap<>();
        for (QuestionObservation obs : observations) {
            byQuestion.computeIfAbsent(obs.questionId(), q -> new LinkedHashMap<>())
                    .computeIfAbsent(obs.candidateId(), c -> new ArrayList<>())
                    .add(obs.traitScore());
        }
        Map<Long, QuestionStats> result = new TreeMap<>();
        byQuestion.forEach((questionId, byCandidate) -> {
            int timesAsked = byCandidate.values().stream().mapToInt(List::size).sum();
            double[] candidateMeans = byCandidate.values().stream()
                    .mapToDouble(scores -> scores.stream().mapToInt(Integer::intValue).average().orElseThrow())
                    .toArray();
            result.put(questionId, new QuestionStats(questionId, timesAsked, byCandidate.size(),
                    SampleStatistics.sampleStandardDeviation(candidateMeans)));
        });
        return Collections.unmodifiableMap(result);
    }
}
