package io.traitscore.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.CandidateView;
import io.traitscore.profile.ProfileService;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The recruiter's "compare these candidates" link. */
class OpeningProgressTest {

    private static CandidateView candidate(long id, int interviews, int submitted) {
        Instant now = Instant.now();
        return new CandidateView(id, 1, "Opening", "Candidate " + id, null, CandidateStatus.INTERVIEWING, now, null, now,
                interviews, submitted, 0);
    }

    @Test
    void namesTheCandidatesWhoseEveryInterviewIsScored() {
        OpeningProgress progress = new OpeningProgress(null, List.of(candidate(12, 2, 2), candidate(13, 2, 1),
                candidate(15, 1, 1), candidate(16, 0, 0)), 4);

        assertThat(progress.readyToCompare()).extracting(CandidateView::id).containsExactly(12L, 15L);
        assertThat(progress.readyToCompareQuery()).isEqualTo("?candidates=12,15");
        assertThat(progress.inProgress()).isEqualTo(2);
    }

    @Test
    void moreThanOneComparisonShowsLinksToThePickingPageInsteadOfAnAddressTooLongToSend() {
        List<CandidateView> ready = LongStream.rangeClosed(1, ProfileService.MAX_COMPARED + 1)
                .mapToObj(id -> candidate(id, 1, 1)).toList();

        assertThat(new OpeningProgress(null, ready, ready.size()).readyToCompareQuery()).isEmpty();
        assertThat(new OpeningProgress(null, ready.subList(0, ProfileService.MAX_COMPARED), ProfileService.MAX_COMPARED)
                .readyToCompareQuery())
                .startsWith("?candidates=1,2,").endsWith("," + ProfileService.MAX_COMPARED);
    }

    @Test
    void showsTheFirstCandidatesAndCountsTheRest() {
        List<CandidateView> loaded = LongStream.rangeClosed(1, OpeningProgress.SHOWN + 2).mapToObj(id -> candidate(id, 0, 0))
                .toList();
        OpeningProgress progress = new OpeningProgress(null, loaded, 5_000);

        assertThat(progress.firstCandidates()).hasSize(OpeningProgress.SHOWN);
        assertThat(progress.moreCandidates()).isEqualTo(5_000 - OpeningProgress.SHOWN);
        assertThat(progress.inProgress()).isEqualTo(5_000);
    }
}
