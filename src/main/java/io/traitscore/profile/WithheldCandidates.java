package io.traitscore.profile;

import io.traitscore.interview.InterviewService;
import io.traitscore.interview.InterviewView;
import io.traitscore.profile.CandidateProfile.Ref;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Pairs the candidates a page withholds with the reader's own interview of them, for the comparison and the rater statistics. */
@ApplicationScoped
public class WithheldCandidates {

    private final InterviewService interviews;

    WithheldCandidates(InterviewService interviews) {
        this.interviews = interviews;
    }

    public List<WithheldCandidate> withOwnInterviews(List<Ref> withheld) {
        if (withheld.isEmpty()) {
            return List.of();
        }
        Map<Long, InterviewView> mine = interviews.mine().stream()
                .collect(Collectors.toMap(i -> i.candidate().id(), Function.identity(), (a, b) -> a));
        return withheld.stream()
                .map(c -> new WithheldCandidate(c, mine.containsKey(c.id()) ? mine.get(c.id()).id() : null))
                .toList();
    }
}
