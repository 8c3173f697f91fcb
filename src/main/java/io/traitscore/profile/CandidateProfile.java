package io.traitscore.profile;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
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
 * The headline says in two or three sentences what the figures show; null only in a document written
 * before it existed.
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
        ModelEstimate calibratedOverallEstimate,
        ProfileHeadline headline) {

    /** The same figures under the candidate's and the opening's current names and stage (cached figures keep old ones). */
    public CandidateProfile withHeader(CandidateRef currentCandidate, Ref currentOpening) {
        return new CandidateProfile(currentCandidate, currentOpening, submittedScorecards, overall, calibratedOverall,
                traits, coverage, flags, recommendations, strengths, concerns, interviewers, model,
                calibratedOverallEstimate, headline);
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

    /** A red flag one interviewer noticed; {@code resolution} is null while the flag is unresolved. */
    @JsonIgnoreProperties(value = "resolved", allowGetters = true)
    public record RedFlagSeen(String traitKey, String traitName, String code, String text, long interviewerId,
            String interviewerName, Resolution resolution) {

        public RedFlagSeen(String traitKey, String traitName, String code, String text, long interviewerId,
                String interviewerName) {
            this(traitKey, traitName, code, text, interviewerId, interviewerName, null);
        }

        /** In the JSON too, so readers need not test the resolution for null. */
        @JsonProperty("resolved")
        public boolean resolved() {
            return resolution != null;
        }

        RedFlagSeen resolvedBy(Map<String, Resolution> resolutions) {
            Resolution found = resolutions.get(code);
            return found == null ? this
                    : new RedFlagSeen(traitKey, traitName, code, text, interviewerId, interviewerName, found);
        }
    }

    /** How the hiring manager resolved a red flag; the note is null once the candidate is erased. */
    public record Resolution(String note, String resolvedBy, Instant resolvedAt) {
    }

    /** This profile with the resolved red flags marked, by flag code. */
    CandidateProfile withResolutions(Map<String, Resolution> resolutions) {
        if (resolutions.isEmpty()) {
            return this;
        }
        Flags marked = new Flags(flags.count(), flags.kinds(), flags.mustHaveBelowThreshold(),
                flags.redFlags().stream().map(f -> f.resolvedBy(resolutions)).toList(), flags.halo(),
                flags.disagreements());
        return new CandidateProfile(candidate, opening, submittedScorecards, overall, calibratedOverall, traits, coverage,
                marked, recommendations, strengths, concerns, interviewers, model, calibratedOverallEstimate,
                ProfileHeadline.describe(submittedScorecards, traits, coverage, marked));
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
