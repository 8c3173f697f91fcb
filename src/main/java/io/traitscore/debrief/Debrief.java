package io.traitscore.debrief;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.profile.CandidateProfile;
import io.traitscore.profile.CandidateProfile.Disagreement;
import io.traitscore.profile.CandidateProfile.Gap;
import io.traitscore.profile.CandidateProfile.Highlight;
import io.traitscore.profile.CandidateProfile.MustHaveBelow;
import io.traitscore.profile.CandidateProfile.RedFlagSeen;
import io.traitscore.profile.OverallView;
import io.traitscore.scorecard.Recommendation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the panel talks about in a debrief: the profile in brief, each disagreement with both sides' evidence,
 * the open questions (traits nobody could score, must-haves below 3, red flags) and the notes written so far.
 */
public record Debrief(long candidateId, String candidateName, CandidateStatus stage, long openingId, String openingTitle,
        int submittedScorecards, OverallView overall, Map<Recommendation, Integer> recommendations,
        List<Highlight> strengths, List<Highlight> concerns, List<TraitDisagreement> disagreements,
        OpenQuestions openQuestions, List<Note> notes, boolean acceptsNotes, boolean mayResolveRedFlags) {

    public record TraitDisagreement(String traitKey, String traitName, boolean mustHave, Disagreement sides) {
    }

    public record OpenQuestions(List<Gap> coverageGaps, List<MustHaveBelow> mustHavesBelowThree,
            List<RedFlagSeen> redFlags) {

        public boolean none() {
            return coverageGaps.isEmpty() && mustHavesBelowThree.isEmpty() && redFlags.isEmpty();
        }

        /** Each red flag still unresolved, once however many interviewers noticed it: what the resolve form offers. */
        public List<RedFlagSeen> unresolvedRedFlags() {
            return redFlags.stream().filter(f -> !f.resolved())
                    .collect(Collectors.toMap(RedFlagSeen::code, f -> f, (a, b) -> a, LinkedHashMap::new)).values()
                    .stream().toList();
        }
    }

    public record Note(long id, String author, String text, Instant createdAt) {
    }

    static Debrief of(CandidateProfile profile, CandidateStatus stage, List<Note> notes, boolean mayResolveRedFlags) {
        List<TraitDisagreement> disagreements = profile.traits().stream().filter(t -> t.disagreementDetail() != null)
                .map(t -> new TraitDisagreement(t.traitKey(), t.traitName(), t.mustHave(), t.disagreementDetail())).toList();
        OpenQuestions open = new OpenQuestions(profile.coverage().gaps(), profile.flags().mustHaveBelowThreshold(),
                profile.flags().redFlags());
        return new Debrief(profile.candidate().id(), profile.candidate().name(), stage, profile.opening().id(),
                profile.opening().name(), profile.submittedScorecards(), profile.overall(), profile.recommendations(),
                profile.strengths(), profile.concerns(), disagreements, open, notes, stage == CandidateStatus.DEBRIEF,
                mayResolveRedFlags && !open.unresolvedRedFlags().isEmpty());
    }
}
