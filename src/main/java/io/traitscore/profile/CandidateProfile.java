package io.traitscore.profile;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.ProfileRules.FlagKind;
import io.traitscore.profile.ProfileRules.GapReason;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.stats.Consensus;
import io.traitscore.stats.LeniencyDirection;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A candidate's combined profile, built from submitted scorecards only. Raw figures come first;
 * the calibrated ones (each interviewer's leniency removed) stand beside them, never instead.
 */
public record CandidateProfile(
        CandidateRef candidate,
        Ref opening,
        int submittedScorecards,
        OverallView overall,
        OverallView calibratedOverall,
        List<TraitProfile> traits,
        Coverage coverage,
        Flags flags,
        Map<Recommendation, Integer> recommendations,
        List<Highlight> strengths,
        List<Highlight> concerns,
        List<Interviewer> interviewers,
        ModelStatus model,
        ModelEstimate calibratedOverallEstimate) {

    /** The same figures under the candidate's and the opening's current names and stage (cached figures keep old ones). */
    public CandidateProfile withHeader(CandidateRef currentCandidate, Ref currentOpening) {
        return new CandidateProfile(currentCandidate, currentOpening, submittedScorecards, overall, calibratedOverall,
                traits, coverage, flags, recommendations, strengths, concerns, interviewers, model,
                calibratedOverallEstimate);
    }

    public record Ref(long id, String name) {
    }

    public record CandidateRef(long id, String name, CandidateStatus status) {
    }

    /** The figures of one trait of the opening; the numbers are null when nobody scored it. */
    public record TraitProfile(String traitKey, String traitName, int weight, boolean mustHave,
            int ratingCount, int noEvidenceCount, Double mean, Double median, Integer min, Integer max,
            Double standardDeviation, Consensus consensus, String consensusLabel, boolean disagreement,
            Double calibratedMean, Disagreement disagreementDetail, List<Evidence> evidence,
            ModelEstimate calibrated) {
    }

    /** Both sides of a split, so they can be read together: below, at and above the middle of the range. */
    public record Disagreement(int range, List<Side> low, List<Side> middle, List<Side> high) {
    }

    public record Side(long interviewerId, String interviewerName, int score, String evidence) {
    }

    public record Evidence(long interviewerId, String interviewerName, Integer score, boolean noEvidence,
            Double calibratedScore, String notes, List<QuestionRef> questionsAsked, List<RedFlagRef> redFlags) {
    }

    public record QuestionRef(long id, String text) {
    }

    public record RedFlagRef(String code, String text) {
    }

    public record Coverage(int traitsInOpening, int traitsScored, List<Gap> gaps,
            List<SingleInterviewer> singleInterviewer) {
    }

    public record Gap(String traitKey, String traitName, boolean mustHave, GapReason reason) {
    }

    public record SingleInterviewer(String traitKey, String traitName, boolean mustHave, long interviewerId,
            String interviewerName) {
    }

    public record Flags(int count, List<FlagKind> kinds, List<MustHaveBelow> mustHaveBelowThreshold,
            List<RedFlagSeen> redFlags, List<Halo> halo, List<String> disagreements) {
    }

    public record MustHaveBelow(String traitKey, String traitName, double mean, int ratingCount, double threshold) {
    }

    public record RedFlagSeen(String traitKey, String traitName, String code, String text, long interviewerId,
            String interviewerName) {
    }

    /**
     * An interviewer whose overall impression of the candidate carried over to every trait: from the rater
     * model's candidate-by-interviewer effect when it is fitted ({@code impression} with its interval),
     * else today's flat-profile check ({@code impression} null).
     */
    public record Halo(long interviewerId, String interviewerName, int traitsScored, Double standardDeviation,
            List<Integer> scores, ModelEstimate impression) {
    }

    public record Highlight(String traitKey, String traitName, double mean, int ratingCount, boolean mustHave) {
    }

    /**
     * A panel member who submitted a scorecard, with their leniency: the model's estimate against the
     * opening's average interviewer when it is fitted ({@code leniencyEstimate} with its interval; the
     * direction is LENIENT or SEVERE only when that interval excludes 0), else today's offset.
     */
    public record Interviewer(long id, String name, Recommendation recommendation, Instant submittedAt,
            Double leniencyOffset, int leniencyComparisons, LeniencyDirection leniency,
            ModelEstimate leniencyEstimate) {
    }
}
