package io.traitscore.opening;

import io.traitscore.interview.Interview;
import io.traitscore.interview.InterviewView;
import io.traitscore.scorecard.Scorecard;
import io.traitscore.scorecard.ScorecardStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * All interviews of an opening's candidates, for its page, in two queries. Callers check first that
 * the user may see the opening.
 */
@ApplicationScoped
public class OpeningInterviews {

    @Transactional
    public Map<Long, List<InterviewView>> byCandidate(long openingId) {
        List<Interview> interviews = Interview.list("select distinct i from Interview i join fetch i.candidate c"
                + " join fetch c.opening join fetch i.interviewer left join fetch i.focusTraits"
                + " where c.opening.id = ?1 and c.erasedAt is null order by i.scheduledAt, i.id", openingId);
        Map<Long, ScorecardStatus> statuses = Scorecard.<Scorecard>list("interview.candidate.opening.id = ?1", openingId)
                .stream().collect(Collectors.toMap(s -> s.interview.id, s -> s.status));
        return interviews.stream()
                .map(i -> InterviewView.of(i, statuses.get(i.id)))
                .collect(Collectors.groupingBy(i -> i.candidate().id()));
    }
}
