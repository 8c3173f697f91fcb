package io.traitscore.profile;

import io.traitscore.profile.CandidateProfile.Coverage;
import io.traitscore.profile.CandidateProfile.Flags;
import io.traitscore.profile.CandidateProfile.Gap;
import io.traitscore.profile.CandidateProfile.TraitProfile;
import io.traitscore.profile.ProfileRules.GapReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A profile told in two or three plain sentences, for a reader who will not study the statistics: what the
 * panel found (the strongest and the weakest trait), where the interviewers disagreed, and what is missing or
 * worrying (traits without a score, must-haves below 3, red flags, halo). Read from the raw figures of the
 * profile only, so it never says more than the tables below it.
 *
 * @param text      the sentences as one paragraph
 * @param sentences the same, one per entry
 */
public record ProfileHeadline(String text, List<String> sentences) {

    /** Names listed in one sentence before "and N more": a headline points, the sections below list. */
    static final int NAMES_LISTED = 3;

    public static ProfileHeadline of(List<String> sentences) {
        return new ProfileHeadline(String.join(" ", sentences), List.copyOf(sentences));
    }

    /** The headline of a profile's figures. */
    public static ProfileHeadline describe(int submittedScorecards, List<TraitProfile> traits, Coverage coverage,
            Flags flags) {
        if (submittedScorecards == 0) {
            return of(List.of("No scorecard has been submitted yet, so there is nothing to report."));
        }
        List<String> sentences = new ArrayList<>();
        sentences.add(findings(submittedScorecards, traits));
        String agreement = agreement(submittedScorecards, traits);
        if (agreement != null) {
            sentences.add(agreement);
        }
        sentences.add(missing(coverage, flags));
        return of(sentences);
    }

    /** The strongest and the weakest trait, by raw mean. */
    static String findings(int submittedScorecards, List<TraitProfile> traits) {
        String from = "From " + count(submittedScorecards, "scorecard") + ", ";
        List<TraitProfile> scored = traits.stream().filter(t -> t.mean() != null).toList();
        if (scored.isEmpty()) {
            return from + "the panel could not score any trait.";
        }
        double highest = scored.stream().mapToDouble(TraitProfile::mean).max().orElseThrow();
        double lowest = scored.stream().mapToDouble(TraitProfile::mean).min().orElseThrow();
        if (one(highest).equals(one(lowest))) {
            return from + "the panel rated " + (scored.size() == 1 ? "the one scored trait, " + scored.get(0).traitName()
                    + "," : "every scored trait about the same,") + " at " + one(highest) + " of 5.";
        }
        return from + "the panel rated " + list(withMean(scored, highest)) + " highest (" + one(highest)
                + " of 5) and " + list(withMean(scored, lowest)) + " lowest (" + one(lowest) + ").";
    }

    /** Where the interviewers' scores were two or more points apart; null when there is nothing to say. */
    static String agreement(int submittedScorecards, List<TraitProfile> traits) {
        List<TraitProfile> split = traits.stream().filter(TraitProfile::disagreement).toList();
        if (!split.isEmpty()) {
            List<String> parts = split.stream().map(t -> t.traitName() + " (" + t.min() + " to " + t.max() + ")").toList();
            return "The interviewers disagreed on " + list(parts) + ": read both sides before deciding.";
        }
        if (submittedScorecards == 1) {
            return "Only one interviewer has submitted, so there is no second opinion yet.";
        }
        boolean compared = traits.stream().anyMatch(t -> t.ratingCount() >= 2);
        return compared ? "The interviewers broadly agreed: no trait's scores are two or more points apart." : null;
    }

    /** Traits without a score, must-haves below the bar, red flags and halo; or that nothing is missing. */
    static String missing(Coverage coverage, Flags flags) {
        List<String> parts = new ArrayList<>();
        flags.mustHaveBelowThreshold().forEach(m -> parts.add("must-have " + m.traitName() + " is below 3 ("
                + one(m.mean()) + ")"));
        List<String> notScored = coverage.gaps().stream().filter(g -> g.reason() == GapReason.NOT_ASSESSED)
                .map(ProfileHeadline::gapName).toList();
        if (!notScored.isEmpty()) {
            parts.add("nobody scored " + list(notScored));
        }
        List<String> noEvidence = coverage.gaps().stream().filter(g -> g.reason() == GapReason.NO_EVIDENCE)
                .map(ProfileHeadline::gapName).toList();
        if (!noEvidence.isEmpty()) {
            parts.add("no one found evidence for " + list(noEvidence));
        }
        // A flag the hiring manager resolved is settled, so it is no longer something the panel is missing.
        long openRedFlags = flags.redFlags().stream().filter(f -> !f.resolved()).count();
        if (openRedFlags > 0) {
            parts.add(count((int) openRedFlags, "red flag") + (openRedFlags == 1 ? " was" : " were") + " noticed");
        }
        if (!flags.halo().isEmpty()) {
            parts.add("a possible halo effect from " + list(flags.halo().stream()
                    .map(CandidateProfile.Halo::interviewerName).distinct().toList()));
        }
        if (parts.isEmpty()) {
            return "Nothing is missing: every trait has a score, no must-have is below 3 and no red flag was noticed.";
        }
        return "Before deciding, note: " + join(parts) + ".";
    }

    private static String gapName(Gap gap) {
        return gap.mustHave() ? "must-have " + gap.traitName() : gap.traitName();
    }

    private static List<String> withMean(List<TraitProfile> scored, double mean) {
        return scored.stream().filter(t -> one(t.mean()).equals(one(mean))).map(TraitProfile::traitName).toList();
    }

    /** "A", "A and B", "A, B and C", "A, B, C and 2 more". */
    static String list(List<String> items) {
        List<String> shown = items.stream().filter(Objects::nonNull).toList();
        int more = shown.size() - NAMES_LISTED;
        if (more > 0) {
            shown = new ArrayList<>(shown.subList(0, NAMES_LISTED));
            shown.add(more + " more");
        }
        return join(shown);
    }

    /** "A", "A and B", "A, B and C": every item. */
    private static String join(List<String> shown) {
        if (shown.size() == 1) {
            return shown.get(0);
        }
        return String.join(", ", shown.subList(0, shown.size() - 1)) + " and " + shown.get(shown.size() - 1);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
