package io.traitscore.interview;

import java.time.Instant;
import java.util.List;

/** An interview with who, when, which traits, and how far its scorecard has got (null: not started). */
public record InterviewView(
        long id,
        Ref candidate,
        Ref opening,
        Ref interviewer,
        Instant scheduledAt,
        int durationMinutes,
        String location,
        List<TraitRef> focusTraits,
        ScorecardStatus scorecardStatus,
        long version) {

    public record Ref(long id, String name) {
    }

    public record TraitRef(String key, String name) {
    }

    public static InterviewView of(Interview interview, ScorecardStatus scorecardStatus) {
        return new InterviewView(interview.id,
                new Ref(interview.candidate.id, interview.candidate.name),
                new Ref(interview.candidate.opening.id, interview.candidate.opening.title),
                new Ref(interview.interviewer.id, interview.interviewer.displayName),
                interview.scheduledAt, interview.durationMinutes, interview.location,
                interview.focusTraitsInOrder().stream().map(t -> new TraitRef(t.key, t.name)).toList(),
                scorecardStatus, interview.version);
    }
}
