package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.CandidateRef;
import io.traitscore.profile.CandidateProfile.QuestionRef;
import io.traitscore.profile.CandidateProfile.RedFlagRef;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.scorecard.ratings.Verdict;
import io.traitscore.stats.LeniencyOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything {@link ProfileCalculator} needs, as plain values: the candidate's submitted ratings
 * (drafts are never part of it), the opening's traits and the interviewers' leniency offsets
 * computed over the whole opening, and the rater model fitted to the whole opening (or why it was not).
 */
public record ProfileInput(
        CandidateRef candidate,
        Ref opening,
        List<TraitSetup> traits,
        List<Rating> ratings,
        List<Verdict> verdicts,
        Map<Long, LeniencyOffset> leniency,
        OpeningModel model) {

    public ProfileInput {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(opening, "opening");
        traits = List.copyOf(traits);
        ratings = List.copyOf(ratings);
        verdicts = List.copyOf(verdicts);
        leniency = Map.copyOf(leniency);
        Objects.requireNonNull(model, "model");
    }

    /** Without the rater model: today's figures from the leniency offsets (the hand-worked tests). */
    public ProfileInput(CandidateRef candidate, Ref opening, List<TraitSetup> traits, List<Rating> ratings,
            List<Verdict> verdicts, Map<Long, LeniencyOffset> leniency) {
        this(candidate, opening, traits, ratings, verdicts, leniency, OpeningModel.notFitted(leniency));
    }

    /**
     * One interviewer's rating of one trait.
     *
     * @param score 1-5, or null for "no evidence"
     */
    public record Rating(long interviewerId, String interviewerName, String traitKey, Integer score, String evidence,
            List<QuestionRef> questions, List<RedFlagRef> redFlags) {

        public Rating {
            Objects.requireNonNull(traitKey, "traitKey");
            questions = List.copyOf(questions);
            redFlags = List.copyOf(redFlags);
        }

        public boolean noEvidence() {
            return score == null;
        }
    }
}
