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
 * discriminate. The figure is the sample standard deviation (n − 1) of the candidates' mean scores,
 * where a candidate's mean is taken over the ratings of the question's trait that record this question
 * (each candidate counts once, so one rated several times does not weigh more than the others).
 *
 * <p>Two candidates with the same score happen easily by chance (with single scores spread 10/20/40/20/10%
 * over 1-5, one pair in four: 0.1² + 0.2² + 0.4² + 0.2² + 0.1² = 0.26), so a question is only flagged
 * from {@value #MIN_CANDIDATES_TO_FLAG} candidates on.
 */
public final class QuestionEffectiveness {

    /** Fewest candidates whose equal means flag a question as not discriminating. */
    public static final int MIN_CANDIDATES_TO_FLAG = 3;

    /**
     * @param questionId            the question
     * @param timesAsked            number of ratings recorded for it (one per observation)
     * @param distinctCandidates    number of different candidates it was asked to
     * @param candidateStandardDeviation sample standard deviation of the candidates' mean
     *                              ratings; empty for fewer than 2 candidates
     */
    public record QuestionStats(long questionId, int timesAsked, int distinctCandidates,
                                OptionalDouble candidateStandardDeviation) {

        /**
         * True when the question was asked to 2+ candidates and all got the same mean rating.
         *
         * @deprecated rests on as few as 2 candidates; the rater statistics move to {@link #flagged()}
         *             when they are wired to the rater model (the profile code still calls this).
         */
        @Deprecated
        public boolean doesNotDiscriminate() {
            return candidateStandardDeviation.isPresent()
                    && candidateStandardDeviation.getAsDouble() <= SampleStatistics.NEGLIGIBLE;
        }

        /** True when {@value #MIN_CANDIDATES_TO_FLAG} or more candidates all got the same mean score after it. */
        public boolean flagged() {
            return distinctCandidates >= MIN_CANDIDATES_TO_FLAG && candidateStandardDeviation.isPresent()
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
