package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * After a submit the opening's rater model is fitted again in the background: readers get the previous fit,
 * marked as refreshing, and never wait for the new one; once it is in, they get it.
 */
@QuarkusTest
@TestProfile(RaterModelRefitTest.InBackground.class)
class RaterModelRefitTest {

    public static class InBackground implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("traitscore.rater-model.refit-in-background", "true");
        }
    }

    @Inject
    RaterModelCache cache;

    @Test
    void aReaderGetsThePreviousFitWhileTheNewOneIsComputed() throws Exception {
        BulkScorecards.Built built = BulkScorecards.write(12, 3);
        long candidate = built.candidateIds().get(0);
        JsonPath before = profile(built, candidate);
        assertThat(before.getBoolean("model.fitted")).isTrue();
        assertThat(before.getBoolean("model.refreshing")).isFalse();
        int ratingsBefore = before.getInt("model.ratings");

        // A new interviewer submits on one candidate; the refit thread is held back meanwhile.
        UserAccount late = Fixtures.user(Role.INTERVIEWER);
        long interview = Fixtures.scheduleInterview(built.manager(), candidate, late,
                BulkScorecards.TRAITS.toArray(String[]::new));
        cache.holdRefits();
        try {
            Fixtures.submitScorecard(late, interview, "YES", BulkScorecards.TRAITS.stream()
                    .map(t -> Fixtures.rating(t, 2, "Asked the caller to repeat twice.")).toList());
            Instant start = Instant.now();
            JsonPath during = profile(built, candidate);
            JsonPath comparison = as(built.manager()).get("/api/openings/{id}/comparison", built.openingId())
                    .then().statusCode(200).extract().jsonPath();
            // Neither waited for the held-back refit, and both say the figures are being refreshed.
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
            assertThat(during.getBoolean("model.refreshing")).isTrue();
            assertThat(during.getInt("model.ratings")).isEqualTo(ratingsBefore);
            assertThat(comparison.getBoolean("model.refreshing")).isTrue();
            // The raw figures are today's: the new scorecard is in.
            assertThat(during.getInt("submittedScorecards")).isEqualTo(before.getInt("submittedScorecards") + 1);
        } finally {
            cache.releaseRefits();
        }

        JsonPath after = awaitFreshFit(built, candidate);
        assertThat(after.getInt("model.ratings")).isEqualTo(ratingsBefore + BulkScorecards.TRAITS.size());
        long fits = cache.fitsSoFar();
        assertThat(profile(built, candidate).getBoolean("model.refreshing")).isFalse();
        assertThat(cache.fitsSoFar()).isEqualTo(fits);
    }

    private static JsonPath awaitFreshFit(BulkScorecards.Built built, long candidate) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            JsonPath p = profile(built, candidate);
            if (!p.getBoolean("model.refreshing")) {
                return p;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the background refit did not arrive within 60 s");
    }

    private static JsonPath profile(BulkScorecards.Built built, long candidate) {
        return as(built.manager()).get("/api/candidates/{id}/profile", candidate).then().statusCode(200)
                .extract().jsonPath();
    }

}
