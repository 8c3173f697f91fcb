package io.traitscore.profile;

import io.traitscore.profile.RaterStatistics.Coefficient;
import io.traitscore.profile.RaterStatistics.DecisionStudyView;
import io.traitscore.profile.RaterStatistics.InterviewerLeniency;
import io.traitscore.profile.RaterStatistics.QuestionStats;
import io.traitscore.profile.RaterStatistics.TraitReliability;
import io.traitscore.stats.AlphaBand;
import io.traitscore.stats.LeniencyDirection;
import io.traitscore.web.NumberFormats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an opening's rater statistics ask the hiring team to do, in plain sentences, most urgent first:
 * calibrate where agreement is poor, add interviewers where the decision study says so, talk to lenient or
 * severe interviewers, score traits apart where a halo shows, rework questions that tell nobody apart.
 * The statistics page shows these before any figure.
 *
 * @param actions     one sentence (or two) each; never empty: "nothing to do" is said too
 * @param calibration each trait's reading by its key, as the reliability table shows it
 */
public record RaterAdvice(List<String> actions, Map<String, Calibration> calibration) {

    /**
     * A trait's calibration reading from both agreement measures. "Not needed" only when ICC(1,1) says so and
     * Krippendorff's alpha is defined and not unreliable: one good figure beside a bad or missing one is no
     * all-clear.
     */
    public enum Calibration {
        NEEDED("Needs calibration"),
        NOT_NEEDED("not needed"),
        TOO_EARLY("too early to say"),
        NO_DATA("—");

        private final String label;

        Calibration(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Calibration of(TraitReliability t) {
            String alpha = t.krippendorffAlpha().band();
            if (Boolean.TRUE.equals(t.needsCalibration()) || AlphaBand.UNRELIABLE.name().equals(alpha)) {
                return NEEDED;
            }
            if (Boolean.FALSE.equals(t.needsCalibration()) && alpha != null) {
                return NOT_NEEDED;
            }
            return t.singleRater().value() == null && t.krippendorffAlpha().value() == null ? NO_DATA : TOO_EARLY;
        }
    }

    public Calibration calibrationOf(String traitKey) {
        return calibration.getOrDefault(traitKey, Calibration.NO_DATA);
    }

    public static RaterAdvice of(RaterStatistics stats) {
        Map<String, Calibration> calibration = new LinkedHashMap<>();
        stats.traits().forEach(t -> calibration.put(t.traitKey(), Calibration.of(t)));
        if (stats.scoredRatings() == 0) {
            return new RaterAdvice(List.of("Nothing to act on yet: no scorecard has been submitted for this opening."),
                    Map.copyOf(calibration));
        }
        List<String> actions = new ArrayList<>();
        add(actions, calibrate(stats.traits(), calibration));
        if (stats.raterModel() != null) {
            add(actions, interviewersNeeded(stats.raterModel().decisionStudy(), stats.traits()));
        }
        add(actions, leniency(stats.interviewers()));
        add(actions, halo(stats.interviewers()));
        add(actions, questions(stats.questions()));
        add(actions, tooEarly(stats.traits(), calibration));
        if (actions.isEmpty()) {
            actions.add("Nothing needs doing: the panel agrees on every trait that has enough scores to tell.");
        }
        return new RaterAdvice(List.copyOf(actions), Map.copyOf(calibration));
    }

    static String calibrate(List<TraitReliability> traits, Map<String, Calibration> calibration) {
        List<String> poor = traits.stream().filter(t -> calibration.get(t.traitKey()) == Calibration.NEEDED)
                .map(RaterAdvice::poorFigure).toList();
        if (poor.isEmpty()) {
            return null;
        }
        List<String> reading = new ArrayList<>();
        if (poor.stream().anyMatch(p -> p.contains("(ICC "))) {
            reading.add("an ICC below 0.5 is poor, below 0 the interviewers of the same candidate disagree more than"
                    + " the candidates differ");
        }
        if (poor.stream().anyMatch(p -> p.contains("(alpha "))) {
            reading.add("an alpha below 0.667 means the scores cannot be relied on");
        }
        return "Agreement is poor on " + ProfileHeadline.list(poor) + ": calibrate the panel on "
                + (poor.size() == 1 ? "its rubric" : "their rubrics")
                + ". Each interviewer scores the same recorded answer alone, then you talk the differences through."
                + " (" + String.join("; ", reading) + ".)";
    }

    /** "Communication (ICC −0.70)" or "Communication (alpha 0.41)": the figure that shows the problem. */
    private static String poorFigure(TraitReliability t) {
        Coefficient icc = t.singleRater();
        if (Boolean.TRUE.equals(t.needsCalibration()) && icc.value() != null) {
            return t.traitName() + " (ICC " + NumberFormats.two(icc.value()) + ")";
        }
        return t.traitName() + " (alpha " + NumberFormats.two(t.krippendorffAlpha().value()) + ")";
    }

    /** From the decision study: how many interviewers per candidate the overall score needs for 0.80. */
    static String interviewersNeeded(DecisionStudyView study, List<TraitReliability> traits) {
        double panel = traits.stream().map(TraitReliability::adjustedRatersPerCandidate).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        Integer needed = study.overallNeeded().relative();
        String target = NumberFormats.two(study.target());
        if (needed == null) {
            String reason = study.overallNeeded().relativeReason();
            return "More interviewers alone will not make the overall score reliable (" + target + ")"
                    + (reason == null ? "" : ": " + reason) + ". Calibrate the panel first.";
        }
        if (needed <= Math.round(panel)) {
            return null;
        }
        return "Add interviewers: with " + needed + " per candidate (about " + NumberFormats.one(panel)
                + " now) the overall score would reach a reliability of " + target + ", enough to rank candidates.";
    }

    static String leniency(List<InterviewerLeniency> interviewers) {
        List<String> off = interviewers.stream()
                .filter(i -> i.direction() == LeniencyDirection.LENIENT || i.direction() == LeniencyDirection.SEVERE)
                .map(i -> i.interviewerName() + " (" + (i.direction() == LeniencyDirection.LENIENT ? "higher" : "lower")
                        + ", " + NumberFormats.signed(i.againstColleagues() != null ? i.againstColleagues().estimate()
                                : i.offset()) + ")")
                .toList();
        if (off.isEmpty()) {
            return null;
        }
        return "Share this page with " + ProfileHeadline.list(off) + ": "
                + (off.size() == 1 ? "they score" : "they each score") + " further from colleagues than chance explains."
                + " The calibrated view of profiles already removes it.";
    }

    static String halo(List<InterviewerLeniency> interviewers) {
        List<String> names = interviewers.stream().filter(i -> i.haloImpressions() > 0)
                .map(InterviewerLeniency::interviewerName).toList();
        if (names.isEmpty()) {
            return null;
        }
        return "Ask " + ProfileHeadline.list(names) + " to score each trait from its own evidence: "
                + (names.size() == 1 ? "their" : "each one's") + " overall impression of a candidate carried over to"
                + " every trait.";
    }

    static String questions(List<QuestionStats> questions) {
        List<String> flat = questions.stream().filter(QuestionStats::doesNotDiscriminate)
                .map(q -> "\u201c" + q.text() + "\u201d").toList();
        if (flat.isEmpty()) {
            return null;
        }
        return "Rework or replace " + (flat.size() == 1 ? "a question" : flat.size() + " questions")
                + " after which every candidate got the same score: " + ProfileHeadline.list(flat) + ".";
    }

    static String tooEarly(List<TraitReliability> traits, Map<String, Calibration> calibration) {
        List<String> names = traits.stream()
                .filter(t -> calibration.get(t.traitKey()) == Calibration.TOO_EARLY
                        || calibration.get(t.traitKey()) == Calibration.NO_DATA)
                .map(TraitReliability::traitName).toList();
        if (names.isEmpty()) {
            return null;
        }
        return "Too early to judge agreement on " + ProfileHeadline.list(names)
                + ": look again when more candidates have been scored there by two or more interviewers.";
    }

    private static void add(List<String> actions, String action) {
        if (action != null) {
            actions.add(action);
        }
    }
}
