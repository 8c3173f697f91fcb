package io.traitscore.decision;

import io.traitscore.profile.CandidateProfile;
import io.traitscore.profile.OverallView;
import io.traitscore.scorecard.Recommendation;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The profile figures a decision was based on, frozen with the record: scores, intervals, flags, gaps and the
 * question-bank versions of the scorecards. No evidence notes, no resolution notes and no names, so erasure has
 * nothing to remove.
 */
public record DecisionSnapshot(int submittedScorecards, OverallView overall, OverallView calibratedOverall,
        List<TraitFigures> traits, Map<Recommendation, Integer> recommendations, List<MustHave> mustHavesBelowThree,
        List<RedFlag> redFlags, List<String> coverageGaps, List<String> disagreements, int haloPatterns,
        List<String> questionBankVersions) {

    public record TraitFigures(String traitKey, String traitName, int weight, boolean mustHave, int ratingCount,
            int noEvidenceCount, Double mean, Double median, Integer min, Integer max, Double standardDeviation,
            boolean disagreement, Double calibratedMean) {
    }

    public record MustHave(String traitKey, double mean, int ratingCount) {
    }

    /** A red flag seen; a resolved one keeps when it was resolved (its note stays out, being free text). */
    public record RedFlag(String traitKey, String code, String text, boolean resolved, Instant resolvedAt) {
    }

    static DecisionSnapshot of(CandidateProfile p, List<String> bankVersions) {
        return new DecisionSnapshot(p.submittedScorecards(), p.overall(), p.calibratedOverall(),
                p.traits().stream().map(t -> new TraitFigures(t.traitKey(), t.traitName(), t.weight(), t.mustHave(),
                        t.ratingCount(), t.noEvidenceCount(), t.mean(), t.median(), t.min(), t.max(), t.standardDeviation(),
                        t.disagreement(), t.calibratedMean())).toList(),
                p.recommendations(),
                p.flags().mustHaveBelowThreshold().stream().map(m -> new MustHave(m.traitKey(), m.mean(), m.ratingCount())).toList(),
                p.flags().redFlags().stream().map(f -> new RedFlag(f.traitKey(), f.code(), f.text(), f.resolved(),
                        f.resolved() ? f.resolution().resolvedAt() : null)).distinct().toList(),
                p.coverage().gaps().stream().map(CandidateProfile.Gap::traitKey).toList(),
                p.flags().disagreements(), p.flags().halo().size(), bankVersions);
    }
}
