package io.traitscore.scorecard;

import io.traitscore.interview.ScorecardStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** A scorecard as its author, or a reader allowed to see it, gets it back. */
public record ScorecardView(
        long id,
        long interviewId,
        Ref candidate,
        Ref interviewer,
        ScorecardStatus status,
        Recommendation recommendation,
        String summary,
        String bankVersion,
        Instant createdAt,
        Instant updatedAt,
        Instant submittedAt,
        List<RatingView> ratings,
        List<String> unratedFocusTraits,
        long version) {

    public record Ref(long id, String name) {
    }

    public record RatingView(String traitKey, String traitName, Integer score, boolean noEvidence, String evidence,
            List<QuestionRef> questionsAsked, List<RedFlagRef> redFlags) {
    }

    public record QuestionRef(long id, String text) {
    }

    public record RedFlagRef(String code, String text) {
    }

    public static ScorecardView of(Scorecard scorecard) {
        var interview = scorecard.interview;
        List<RatingView> ratings = scorecard.ratings.stream()
                .sorted(Comparator.comparingInt(r -> r.trait.articleNumber))
                .map(r -> new RatingView(r.trait.key, r.trait.name, r.score, r.noEvidence, r.evidence,
                        r.questionsAsked.stream().map(q -> new QuestionRef(q.id, q.text)).toList(),
                        r.redFlags.stream().map(f -> new RedFlagRef(f.code, f.text)).toList()))
                .toList();
        List<String> unrated = interview.focusTraitsInOrder().stream()
                .filter(t -> scorecard.rating(t.key).map(r -> !r.isRated()).orElse(true))
                .map(t -> t.key)
                .toList();
        return new ScorecardView(scorecard.id, interview.id,
                new Ref(interview.candidate.id, interview.candidate.name),
                new Ref(interview.interviewer.id, interview.interviewer.displayName),
                scorecard.status, scorecard.recommendation, scorecard.summary, scorecard.bankVersion,
                scorecard.createdAt, scorecard.updatedAt, scorecard.submittedAt, ratings, unrated, scorecard.version);
    }
}
