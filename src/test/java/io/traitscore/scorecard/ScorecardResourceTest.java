package io.traitscore.scorecard;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.draft;
import static io.traitscore.Fixtures.noEvidence;
import static io.traitscore.Fixtures.rating;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scorecard life cycle: drafts, the submit rules, and read-only after submission. */
@QuarkusTest
class ScorecardResourceTest {

    static final String LISTENS = "listens-with-empathy";
    static final String ADAPTS = "adapts-easily";

    UserAccount manager;
    UserAccount ian;
    long candidate;
    long interview;

    @BeforeEach
    void anInterviewWithTwoFocusTraits() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager,
                List.of(trait(LISTENS, 3, true), trait(ADAPTS, 2, false), trait("proud-to-serve", 1, false)),
                List.of(seat(ian, LISTENS, ADAPTS)));
        candidate = Fixtures.createCandidate(manager, opening);
        interview = Fixtures.scheduleInterview(manager, candidate, ian);
    }

    @Test
    void aDraftIsSavedReadBackAndUpdatedWithItsVersion() {
        long question = questionId(LISTENS);
        Map<String, Object> listens = new HashMap<>(rating(LISTENS, 4, "Let the caller finish, then summarised."));
        listens.put("questionIds", List.of(question));

        JsonPath saved = as(ian).body(draft(null, null, List.of(listens)))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("ratings[0].questionsAsked[0].id", equalTo((int) question))
                .body("unratedFocusTraits", contains(ADAPTS))
                .extract().jsonPath();

        as(ian).body(draft(saved.getLong("version"), "YES", List.of(listens, noEvidence(ADAPTS))))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(200)
                .body("recommendation", equalTo("YES"))
                .body("ratings.traitKey", contains(ADAPTS, LISTENS))
                .body("ratings[0].noEvidence", equalTo(true))
                .body("unratedFocusTraits.size()", equalTo(0));

        as(ian).get("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(200).body("ratings[1].evidence", equalTo("Let the caller finish, then summarised."));
    }

    @Test
    void aStaleSaveIsRefusedAndKeepsTheStoredText() {
        long version = as(ian).body(draft(null, null, List.of(rating(LISTENS, 3, "First notes."))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200).extract().jsonPath().getLong("version");
        as(ian).body(draft(version, null, List.of(rating(LISTENS, 4, "Second notes."))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200);

        as(ian).body(draft(version, null, List.of(rating(LISTENS, 2, "Stale notes."))))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(409).body("detail", containsString("reload"));
        as(ian).body(draft(null, null, List.of(rating(LISTENS, 2, "Blind overwrite."))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(409);

        as(ian).get("/api/interviews/{id}/scorecard", interview).then().body("ratings[0].evidence", equalTo("Second notes."));
    }

    @Test
    void theDraftsEtagIsItsVersionOnEveryRead() {
        var put = as(ian).body(draft(null, null, List.of(rating(LISTENS, 3, "First notes."))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200).extract();
        assertThat(put.header("ETag")).isEqualTo("\"" + put.jsonPath().getLong("version") + "\"");
        assertThat(as(ian).get("/api/interviews/{id}/scorecard", interview).header("ETag")).isEqualTo(put.header("ETag"));
    }

    @Test
    void aSubmitBasedOnAnOlderVersionIsRefusedAndTheNewerDraftIsKept() {
        String read = as(ian).body(draft(null, "YES", List.of(rating(LISTENS, 4, "Read in the first tab."), noEvidence(ADAPTS))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200).extract().header("ETag");
        long newer = as(ian).body(draft(Long.parseLong(read.replace("\"", "")), "NO",
                        List.of(rating(LISTENS, 3, "Saved from the second tab."), noEvidence(ADAPTS))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200).extract().jsonPath().getLong("version");

        as(ian).header("If-Match", read).post(Fixtures.SUBMIT, interview).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("saved elsewhere"));
        as(ian).body(Map.of("version", newer - 1)).post(Fixtures.SUBMIT, interview).then().statusCode(409);

        as(ian).get("/api/interviews/{id}/scorecard", interview).then()
                .body("status", equalTo("DRAFT")).body("version", equalTo((int) newer))
                .body("recommendation", equalTo("NO")).body("ratings[1].evidence", equalTo("Saved from the second tab."));
        as(ian).body(Map.of("version", newer)).post(Fixtures.SUBMIT, interview).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("recommendation", equalTo("NO"))
                .header("ETag", equalTo("\"" + (newer + 1) + "\""));
    }

    @Test
    void aSubmitThatNamesNoVersionIsAskedForOneAndChangesNothing() {
        long version = saveDraft(draft(null, "YES", List.of(rating(LISTENS, 4, "Complete."), noEvidence(ADAPTS))));

        as(ian).post(Fixtures.SUBMIT, interview).then().statusCode(428)
                .contentType("application/problem+json").body("detail", containsString("If-Match"));
        as(ian).header("If-Match", "*").post(Fixtures.SUBMIT, interview).then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        as(ian).header("If-Match", "W/\"" + version + "\"").post(Fixtures.SUBMIT, interview).then().statusCode(400);
        as(ian).header("If-Match", "\"" + version + "\"").body(Map.of("version", version + 1)).post(Fixtures.SUBMIT, interview)
                .then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(ian).get("/api/interviews/{id}/scorecard", interview).then().body("status", equalTo("DRAFT"))
                .body("version", equalTo((int) version));
    }

    @Test
    void aSubmitWithoutABodyAsCurlSendsItNeedsOnlyTheIfMatchHeader() throws Exception {
        long version = saveDraft(draft(null, "YES", List.of(rating(LISTENS, 4, "Complete."), noEvidence(ADAPTS))));

        assertThat(bareSubmit(null).statusCode()).isEqualTo(428);
        var submitted = bareSubmit("\"" + version + "\"");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.body()).contains("\"status\":\"SUBMITTED\"");
    }

    /** A POST with no body and no Content-Type, as {@code curl -X POST} sends it (REST Assured would add a form type). */
    private java.net.http.HttpResponse<String> bareSubmit(String ifMatch) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                        + "/api/interviews/" + interview + "/scorecard/submit"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (ian.username + ":" + Fixtures.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void submitNeedsEveryFocusTraitARecommendationAndEvidenceForExtremeScores() {
        as(ian).body(draft(null, null, List.of(rating(LISTENS, 5, "  "))))
                .put("/api/interviews/{id}/scorecard", interview).then().statusCode(200);

        Fixtures.submit(ian, interview).then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("recommendation", "ratings." + LISTENS + ".evidence",
                        "ratings." + ADAPTS + ".score"))
                .body("errors.find { it.field == 'ratings.listens-with-empathy.evidence' }.message",
                        containsString("a score of 5 needs evidence"));
        as(ian).get("/api/interviews/{id}/scorecard", interview).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void scoresOfOneAndTwoNeedEvidenceButThreeDoesNot() {
        long version = saveDraft(draft(null, "NO", List.of(rating(LISTENS, 1, null), rating(ADAPTS, 2, null))));
        Fixtures.submit(ian, interview).then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("ratings." + LISTENS + ".evidence", "ratings." + ADAPTS + ".evidence"));

        saveDraft(draft(version, "NO", List.of(rating(LISTENS, 3, null), rating(ADAPTS, 3, null))));
        Fixtures.submit(ian, interview).then().statusCode(200);
    }

    @Test
    void aSubmittedScorecardIsReadOnlyAndRecordsTheBankVersion() {
        saveDraft(draft(null, "STRONG_YES", List.of(rating(LISTENS, 5, "Named the feeling, then the fix."), noEvidence(ADAPTS))));

        JsonPath submitted = Fixtures.submit(ian, interview).then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("submittedAt", notNullValue())
                .body("bankVersion", matchesPattern("[0-9a-f]{64}"))
                .extract().jsonPath();
        String bankVersion = as(ian).get("/api/question-bank").then().extract().jsonPath().getString("version");
        assertThat(submitted.getString("bankVersion")).isEqualTo(bankVersion);

        Fixtures.submit(ian, interview).then().statusCode(409);
        as(ian).body(draft(submitted.getLong("version"), "NO", List.of(rating(LISTENS, 1, "Changed my mind."))))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(409).body("detail", containsString("submitted"));
        as(ian).get("/api/interviews/{id}/scorecard", interview).then()
                .body("recommendation", equalTo("STRONG_YES"))
                .body("ratings.find { it.traitKey == 'listens-with-empathy' }.score", equalTo(5));
    }

    @Test
    void ratingsAreCheckedAgainstTheInterviewsFocusTraitsQuestionsAndRedFlags() {
        as(ian).body(draft(null, null, List.of(rating("proud-to-serve", 3, null))))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("ratings.proud-to-serve.traitKey"))
                .body("errors[0].message", containsString("not a focus trait"));

        Map<String, Object> both = new HashMap<>(rating(LISTENS, 3, null));
        both.put("noEvidence", true);
        Map<String, Object> wrongQuestion = new HashMap<>(rating(ADAPTS, 3, null));
        wrongQuestion.put("questionIds", List.of(questionId(LISTENS)));
        wrongQuestion.put("redFlags", List.of("serves-for-the-giving.rf1", "adapts-easily.p1"));
        as(ian).body(draft(null, null, List.of(both, wrongQuestion)))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(422)
                .body("errors.field", containsInAnyOrder("ratings." + LISTENS + ".score",
                        "ratings." + ADAPTS + ".questionIds", "ratings." + ADAPTS + ".redFlags", "ratings." + ADAPTS + ".redFlags"));

        as(ian).body(draft(null, null, List.of(rating(LISTENS, 6, null))))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(400).body("errors[0].field", equalTo("ratings." + LISTENS + ".score"));
        as(ian).body(draft(null, "MAYBE", List.of()))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(400).body("errors[0].field", equalTo("recommendation"));
        as(ian).body(draft(null, null, List.of(rating(LISTENS, 3, "x".repeat(4001)))))
                .put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(400).body("errors[0].field", equalTo("ratings." + LISTENS + ".evidence"));
        as(ian).get("/api/interviews/{id}/scorecard", interview).then().statusCode(404);
    }

    @Test
    void redFlagsOfTheRatedTraitAreStored() {
        String flag = redFlag(LISTENS);
        Map<String, Object> listens = new HashMap<>(rating(LISTENS, 2, "Told the caller to calm down twice."));
        listens.put("redFlags", List.of(flag));
        saveDraft(draft(null, "NO", List.of(listens, rating(ADAPTS, 3, null))));

        Fixtures.submit(ian, interview).then()
                .statusCode(200).body("ratings.find { it.traitKey == 'listens-with-empathy' }.redFlags[0].code", equalTo(flag));
    }

    @Test
    void onlyTheInterviewerWritesTheScorecardAndOthersSeeItOnlyOnceSubmitted() {
        UserAccount otherInterviewer = Fixtures.user(Role.INTERVIEWER);
        saveDraft(draft(null, "YES", List.of(rating(LISTENS, 4, "Good."), rating(ADAPTS, 4, "Good."))));

        as(otherInterviewer).get("/api/interviews/{id}/scorecard", interview).then().statusCode(403);
        as(otherInterviewer).body(draft(null, null, List.of())).put("/api/interviews/{id}/scorecard", interview).then().statusCode(403);
        Fixtures.submit(otherInterviewer, interview).then().statusCode(403);
        as(manager).body(draft(null, null, List.of())).put("/api/interviews/{id}/scorecard", interview).then().statusCode(403);
        Fixtures.submit(Fixtures.user(Role.RECRUITER), interview).then().statusCode(403);
        // The hiring manager does not see a draft...
        as(manager).get("/api/interviews/{id}/scorecard", interview).then().statusCode(404);
        as(manager).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200).body("size()", equalTo(0));

        Fixtures.submit(ian, interview).then().statusCode(200);

        // ...but does see the submitted scorecard; an unrelated hiring manager does not.
        as(manager).get("/api/interviews/{id}/scorecard", interview).then().statusCode(200);
        as(manager).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(200).body("size()", equalTo(1));
        as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/interviews/{id}/scorecard", interview).then().statusCode(403);
        as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/candidates/{id}/scorecards", candidate).then().statusCode(403);
    }

    @Test
    void submittingWithoutADraftIsUnprocessable() {
        Fixtures.submit(ian, interview).then().statusCode(422);
        Fixtures.submit(ian, 555_555_555L).then().statusCode(404);
    }

    private long saveDraft(Map<String, Object> body) {
        return as(ian).body(body).put("/api/interviews/{id}/scorecard", interview).then()
                .statusCode(200).extract().jsonPath().getLong("version");
    }

    private long questionId(String traitKey) {
        return as(ian).queryParam("trait", traitKey).get("/api/questions").then().extract().jsonPath().getLong("[0].id");
    }

    private String redFlag(String traitKey) {
        return as(ian).get("/api/traits/{key}", traitKey).then().extract().jsonPath().getString("redFlags[0].code");
    }
}
