package io.traitscore.profile;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateProfile.Ref;
import io.traitscore.profile.ProfileRules.FlagKind;
import io.traitscore.scorecard.Recommendation;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;

/**
 * The candidates of an opening side by side: one column per candidate (in the requested order) and
 * a trait × candidate matrix whose cells follow the same order. Raw and calibrated figures stand
 * side by side.
 */
public record CandidateComparison(Ref opening, String sort, String order, List<ComparedCandidate> candidates,
        List<TraitRow> matrix, List<Ref> withheld, ModelStatus model) {

    /** A comparison whose figures do not come from the rater model (the hand-worked tests). */
    public CandidateComparison(Ref opening, String sort, String order, List<ComparedCandidate> candidates,
            List<TraitRow> matrix, List<Ref> withheld) {
        this(opening, sort, order, candidates, matrix, withheld, new ModelStatus(false, OpeningModel.NOT_FITTED, 0));
    }

    /**
     * The "cannot be told apart" relation in linear space (see {@link TieRanking}), for the overall and the
     * calibrated overall score; the per-candidate lists it replaces in the JSON grew with the square of the
     * candidates. When the rater model is fitted both come from its difference test and are ranked by its
     * estimate.
     */
    @JsonProperty("ties")
    public Ties ties() {
        Function<ComparedCandidate, Optional<Double>> calibrated = c -> Optional.ofNullable(c.calibratedOverall())
                .map(OverallView::score);
        Function<ComparedCandidate, Optional<Double>> raw = model != null && model.fitted() ? calibrated
                : c -> Optional.ofNullable(c.overall()).map(OverallView::score);
        return new Ties(TieRanking.of(candidates, raw, ComparedCandidate::notDistinguishableFrom).ranked(),
                TieRanking.of(candidates, calibrated, ComparedCandidate::calibratedNotDistinguishableFrom).ranked());
    }

    /** The tie relation of the overall and of the calibrated overall score. */
    public record Ties(List<TieRanking.Ranked> overall, List<TieRanking.Ranked> calibrated) {
    }

    /**
     * The same comparison, naming candidates left out because the reader interviews them and has
     * not submitted their own scorecard yet (the independence rule).
     */
    public CandidateComparison withWithheld(List<Ref> candidatesWithheld) {
        return new CandidateComparison(opening, sort, order, candidates, matrix, List.copyOf(candidatesWithheld), model);
    }

    /**
     * @param position                position in the requested order; candidates listed in
     *                                {@code notDistinguishableFrom} may differ only by chance
     * @param notDistinguishableFrom  (not in the JSON, which carries {@link #ties()} instead) candidates whose overall score cannot be told from this one's: the
     *                                95% interval of the difference of the two (rater model) contains 0; when
     *                                the model falls back, candidates whose overall intervals overlap
     * @param calibratedNotDistinguishableFrom the same for the calibrated scores (identical when the model
     *                                is fitted: its difference test is the only one)
     * @param calibratedOverallEstimate the model's overall score for an average interviewer with its standard
     *                                error and unclamped interval; null when the model falls back
     * @param provisional             scheduled scorecards are still to come (or none was scheduled): the
     *                                figures may change
     * @param decision                the current decision on the candidate, or null
     */
    public record ComparedCandidate(long id, String name, CandidateStatus status, int position,
            int submittedScorecards, OverallView overall, @JsonIgnore List<Ref> notDistinguishableFrom,
            OverallView calibratedOverall, @JsonIgnore List<Ref> calibratedNotDistinguishableFrom,
            CoverageSummary coverage, FlagSummary flags, Map<Recommendation, Integer> recommendations,
            ModelEstimate calibratedOverallEstimate, boolean provisional, DecisionMark decision) {

        public ComparedCandidate(long id, String name, CandidateStatus status, int position,
                int submittedScorecards, OverallView overall, List<Ref> notDistinguishableFrom,
                OverallView calibratedOverall, List<Ref> calibratedNotDistinguishableFrom,
                CoverageSummary coverage, FlagSummary flags, Map<Recommendation, Integer> recommendations,
                ModelEstimate calibratedOverallEstimate) {
            this(id, name, status, position, submittedScorecards, overall, notDistinguishableFrom, calibratedOverall,
                    calibratedNotDistinguishableFrom, coverage, flags, recommendations, calibratedOverallEstimate, false,
                    null);
        }

        /** This candidate with where they stand in the pipeline. */
        ComparedCandidate inPipeline(boolean isProvisional, DecisionMark currentDecision) {
            return new ComparedCandidate(id, name, status, position, submittedScorecards, overall, notDistinguishableFrom,
                    calibratedOverall, calibratedNotDistinguishableFrom, coverage, flags, recommendations,
                    calibratedOverallEstimate, isProvisional, currentDecision);
        }

        public ComparedCandidate(long id, String name, CandidateStatus status, int position,
                int submittedScorecards, OverallView overall, List<Ref> notDistinguishableFrom,
                OverallView calibratedOverall, List<Ref> calibratedNotDistinguishableFrom,
                CoverageSummary coverage, FlagSummary flags, Map<Recommendation, Integer> recommendations) {
            this(id, name, status, position, submittedScorecards, overall, notDistinguishableFrom, calibratedOverall,
                    calibratedNotDistinguishableFrom, coverage, flags, recommendations, null);
        }
    }

    /**
     * A candidate's current decision as the comparison shows it.
     *
     * @param outcome         HIRE, NO_HIRE or HOLD
     * @param againstEvidence the record is marked "decided against the evidence"
     */
    public record DecisionMark(long recordId, String outcome, boolean againstEvidence) {
    }

    /**
     * The current decisions of an opening's candidates, by candidate id. Answered by the decision feature, which
     * builds on profiles, so the comparison asks through this interface.
     */
    public interface DecisionMarks {
        Map<Long, DecisionMark> ofOpening(long openingId);
    }

    /** The same comparison with each candidate's provisional mark and current decision. */
    CandidateComparison inPipeline(Set<Long> provisional, Map<Long, DecisionMark> decisions) {
        return new CandidateComparison(opening, sort, order, candidates.stream()
                .map(c -> c.inPipeline(provisional.contains(c.id()), decisions.get(c.id()))).toList(), matrix, withheld,
                model);
    }

    /** Trait keys without a consensus score (by reason) and those scored by one interviewer only. */
    public record CoverageSummary(int gaps, List<String> notAssessed, List<String> noEvidence,
            List<String> singleInterviewer) {
    }

    /** How many warnings of each kind; the candidate's profile has the details. */
    public record FlagSummary(int count, List<FlagKind> kinds, int mustHaveBelowThreshold, int redFlags, int halo,
            int disagreements) {
    }

    public record TraitRow(String traitKey, String traitName, int weight, boolean mustHave, List<Cell> cells) {
    }

    /**
     * One candidate's consensus on one trait; the numbers are null when nobody scored it. The calibrated
     * mean is the rater model's prediction for an average interviewer when the model is fitted.
     */
    public record Cell(long candidateId, int ratingCount, int noEvidenceCount, Double mean, Double standardDeviation,
            Integer min, Integer max, boolean disagreement, Double calibratedMean) {
    }
}
