package io.traitscore.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The demo data set loads into an empty database and shows what it was built to show. */
@QuarkusTest
@TestProfile(DemoDataTest.WithDemoData.class)
public class DemoDataTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("traitscore.demo.enabled", "true");
        }
    }

    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, DemoDataLoader.read().password());
    }

    @Test
    void everyDemoLoginWorksWithItsRole() {
        Map<String, String> roles = Map.of("admin", "ADMIN", "hmorgan", "HIRING_MANAGER", "ichen", "INTERVIEWER",
                "rdiaz", "INTERVIEWER", "sokafor", "INTERVIEWER", "mlindqvist", "INTERVIEWER", "tnguyen", "RECRUITER",
                "hbrooks", "HR");
        roles.forEach((username, role) -> as(username).get("/api/me").then().statusCode(200)
                .body("role", org.hamcrest.Matchers.equalTo(role)));
    }

    @Test
    void theOpeningHasSixCandidatesWithSubmittedScorecards() {
        JsonPath openings = as("hmorgan").get("/api/openings").then().statusCode(200).extract().jsonPath();
        assertThat(openings.getList("title")).containsExactly("Customer Support Specialist");
        assertThat(openings.getList("coverageWarnings[0].traitKey")).containsExactly("confident-not-arrogant");

        JsonPath candidates = as("hmorgan").get("/api/openings/{id}/candidates", openings.getLong("[0].id"))
                .then().statusCode(200).extract().jsonPath();
        assertThat(candidates.getList("id")).hasSize(6);
        assertThat(candidates.getList("scorecardsSubmitted", Integer.class)).containsExactlyInAnyOrder(4, 4, 4, 4, 3, 2);
        assertThat(candidates.getList("name", String.class)).anyMatch(name -> name.contains("é") || name.contains("ë"));
    }

    @Test
    void theDemoShowsADisagreementARedFlagAndATraitWithoutEvidence() {
        List<Map<String, Object>> ratings = allSubmittedRatings();

        // Some candidate's listens-with-empathy ratings span from 2 to 5.
        assertThat(ratings.stream().filter(r -> r.get("traitKey").equals("listens-with-empathy"))
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get("candidate"),
                        java.util.stream.Collectors.mapping(r -> r.get("score"), java.util.stream.Collectors.toSet())))
                .values()).anyMatch(scores -> scores.contains(2) && scores.contains(5));
        // The article's caution was observed.
        assertThat(ratings).anyMatch(r -> ((List<?>) r.get("redFlags")).contains("serves-for-the-giving.rf1"));
        // One candidate's reads-beyond-the-words is marked "no evidence" by everyone who assessed it.
        assertThat(ratings.stream().filter(r -> r.get("traitKey").equals("reads-beyond-the-words"))
                .collect(java.util.stream.Collectors.groupingBy(r -> r.get("candidate"),
                        java.util.stream.Collectors.mapping(r -> (Boolean) r.get("noEvidence"),
                                java.util.stream.Collectors.toList())))
                .values()).anyMatch(flags -> !flags.isEmpty() && flags.stream().allMatch(Boolean::booleanValue));
    }

    @Test
    void interviewersSeeTheirUpcomingAndOverdueInterviews() {
        JsonPath ian = as("ichen").get("/api/interviews").then().statusCode(200).extract().jsonPath();
        assertThat(ian.getList("scorecardStatus")).contains((Object) null, "SUBMITTED");
        JsonPath maja = as("mlindqvist").get("/api/interviews").then().statusCode(200).extract().jsonPath();
        assertThat(maja.getList("scorecardStatus")).contains((Object) null);
    }

    private static List<Map<String, Object>> allSubmittedRatings() {
        long opening = as("hmorgan").get("/api/openings").then().extract().jsonPath().getLong("[0].id");
        List<Integer> candidates = as("hmorgan").get("/api/openings/{id}/candidates", opening).then().extract().jsonPath().getList("id");
        List<Map<String, Object>> ratings = new java.util.ArrayList<>();
        for (Integer candidate : candidates) {
            JsonPath scorecards = as("hmorgan").get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200).extract().jsonPath();
            for (int s = 0; s < scorecards.getList("id").size(); s++) {
                for (Map<String, Object> rating : scorecards.<Map<String, Object>>getList("[" + s + "].ratings")) {
                    Map<String, Object> flat = new java.util.HashMap<>(rating);
                    flat.put("candidate", candidate);
                    flat.put("redFlags", ((List<Map<String, Object>>) rating.get("redFlags")).stream().map(f -> f.get("code")).toList());
                    ratings.add(flat);
                }
            }
        }
        return ratings;
    }
}
