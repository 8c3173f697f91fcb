package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.TraitProfile;
import java.util.List;

/**
 * The candidate profile page's view of a {@link CandidateProfile}: the figures of the chosen
 * {@link ScoreView} first, the charts drawn, and the sections that only list some traits.
 */
public record ProfileSheet(CandidateProfile profile, ScoreView view) {

    public boolean isCalibrated() {
        return view.calibrated();
    }

    /** A trait's mean in the chosen view; null when nobody scored it. */
    public Double mean(TraitProfile trait) {
        return view.calibrated() ? trait.calibratedMean() : trait.mean();
    }

    /** The weighted overall score in the chosen view; null when nothing was scored. */
    public OverallView overall() {
        return view.calibrated() ? profile.calibratedOverall() : profile.overall();
    }

    /** The overall score of the other view, shown beside the chosen one. */
    public OverallView otherOverall() {
        return view.calibrated() ? profile.overall() : profile.calibratedOverall();
    }

    /** The radar chart of the chosen view's means, one spoke per trait of the opening. */
    public String radarChart() {
        return RadarChartSvg.render(profile.traits().stream()
                .map(t -> new RadarChartSvg.Axis(t.traitName(), mean(t)))
                .toList());
    }

    /** Traits with a mean in the chosen view: the points of the radar chart. */
    public long getScoredTraits() {
        return profile.traits().stream().filter(t -> mean(t) != null).count();
    }

    /** The raw spread of a trait's scores, with the calibrated mean marked too in the calibrated view. */
    public String spreadBar(TraitProfile trait) {
        return SpreadBarSvg.render(trait.min(), trait.max(), trait.mean(), view.calibrated() ? trait.calibratedMean() : null);
    }

    public List<TraitProfile> getDisagreements() {
        return profile.traits().stream().filter(TraitProfile::disagreement).toList();
    }

    /** Traits with at least one rating (a score or "no evidence"), for the evidence section. */
    public List<TraitProfile> getTraitsWithEvidence() {
        return profile.traits().stream().filter(t -> !t.evidence().isEmpty()).toList();
    }

    public boolean hasFlags() {
        return profile.flags().count() > 0;
    }

    /** This page in the given view. */
    public String viewLink(ScoreView target) {
        return "/candidates/" + profile.candidate().id() + (target.calibrated() ? "?view=calibrated" : "");
    }

    public ScoreView[] getViews() {
        return ScoreView.values();
    }
}
