package io.traitscore.profile;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.noEvidence;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static io.traitscore.profile.ProfileFixtures.ADAPTS;
import static io.traitscore.profile.ProfileFixtures.CONFIDENT;
import static io.traitscore.profile.ProfileFixtures.LISTENS;
import static io.traitscore.profile.ProfileFixtures.PROUD;
import static io.traitscore.profile.ProfileFixtures.READS;
import static io.traitscore.profile.ProfileFixtures.rated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The profile over HTTP, with the hand-worked example of ProfileCalculatorTest built through the API:
 * <pre>
 *            listens (3, must)  adapts (2, must)  proud (1)  confident (1)  reads (1)   verdict
 *   Ian      5 (question q1)    3                 4          no evidence    -           YES
 *   Rosa     2 (red flag rf1)   2                 -          no evidence    -           NO
 *   Sam      3                  -                 -          -              -           STRONG_YES
 *   Maja     1 (draft only: must never count)                                           STRONG_NO
 * </pre>
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProfileResourceTest {

    static final double EPS = 1e-9;

    UserAccount manager;
    UserAccount ian;
    UserAccount rosa;
    UserAccount sam;
    UserAccount maja;
    long opening;
    long candidate;
    long question;
    String redFlag;

    /**
     * Built once per class (REST Assured only knows the test port from the first test on): every test
     * only reads this data, or adds data of its own that the others do not look at.
     */
    @BeforeEach
    void theHandWorkedCandidate() {
        if (opening != 0) {
            return;
        }
        manager = Fixtures.user(Role.HIRING_MANAGER);
        ian = Fixtures.user(Role.INTERVIEWER);
        rosa = Fixtures.user(Role.INTERVIEWER);
        sam = Fixtures.user(Role.INTERVIEWER);
        maja = Fixtures.user(Role.INTERVIEWER);
        opening = Fixtures.createOpening(manager,
                List.of(trait(LISTENS, 3, true), trait(ADAPTS, 2, true), trait(PROUD, 1, false),
                        trait(CONFIDENT, 1, false), trait(READS, 1, false)),
                List.of(seat(ian, LISTENS, ADAPTS, PROUD, CONFIDENT), seat(rosa, LISTENS, ADAPTS, CONFIDENT),
                        seat(sam, LISTENS), seat(maja, LISTENS, READS)));
        candidate = Fixtures.createCandidate(manager, opening);
        question = ProfileFixtures.questionIds(ian, LISTENS).get(0);
        redFlag = as(ian).get("/api/traits/{key}", LISTENS).then().extract().jsonPath().getString("redFlags[0].code");

        ProfileFixtures.interviewAndSubmit(manager, candidate, ian, "YES", List.of(LISTENS, ADAPTS, PROUD, CONFIDENT),
                List.of(rated(LISTENS, 5, List.of(question), List.of()), rated(ADAPTS, 3), rated(PROUD, 4), noEvidence(CONFIDENT)));
        ProfileFixtures.interviewAndSubmit(manager, candidate, rosa, "NO", List.of(LISTENS, ADAPTS, CONFIDENT),
                List.of(rated(LISTENS, 2, List.of(), List.of(redFlag)), rated(ADAPTS, 2), noEvidence(CONFIDENT)));
        ProfileFixtures.interviewAndSubmit(manager, candidate, sam, "STRONG_YES", List.of(LISTENS), List.of(rated(LISTENS, 3)));
        ProfileFixtures.interviewWithDraft(manager, candidate, maja, "STRONG_NO", List.of(LISTENS), List.of(rated(LISTENS, 1)));
    }

    private JsonPath profile(UserAccount user) {
        return ProfileFixtures.json(as(user).get("/api/candidates/{id}/profile", candidate).then().statusCode(200));
    }

    @Test
    void perTraitFiguresMatchTheHandWorkedValues() {
        JsonPath p = profile(manager);
        assertThat(p.getList("traits.traitKey")).containsExactly(LISTENS, ADAPTS, PROUD, CONFIDENT, READS);
        // listens {5, 2, 3}: mean 10/3, median 3, sd √(7/3), range 3 → split; Maja's draft 1 is not there.
        assertThat(p.getInt("traits[0].ratingCount")).isEqualTo(3);
        assertThat(p.getDouble("traits[0].mean")).isCloseTo(10.0 / 3, within(EPS));
        assertThat(p.getDouble("traits[0].median")).isEqualTo(3.0);
        assertThat(p.getInt("traits[0].min")).isEqualTo(2);
        assertThat(p.getInt("traits[0].max")).isEqualTo(5);
        assertThat(p.getDouble("traits[0].standardDeviation")).isCloseTo(Math.sqrt(7.0 / 3), within(EPS));
        assertThat(p.getString("traits[0].consensus")).isEqualTo("SPLIT");
        assertThat(p.getBoolean("traits[0].disagreement")).isTrue();
        // Both sides of the split, each with interviewer, score and notes.
        assertThat(p.getList("traits[0].disagreementDetail.low.interviewerId", Long.class)).containsExactlyInAnyOrder(rosa.id, sam.id);
        assertThat(p.getList("traits[0].disagreementDetail.high.interviewerName")).containsExactly(ian.displayName);
        assertThat(p.getString("traits[0].disagreementDetail.high[0].evidence")).isEqualTo("Notes on " + LISTENS + ": 5");
        // Evidence with the question asked.
        Map<String, Object> iansEvidence = p.getMap("traits[0].evidence.find { it.interviewerId == " + ian.id + " }");
        assertThat(iansEvidence.get("score")).isEqualTo(5);
        assertThat(p.getList("traits[0].evidence.find { it.interviewerId == " + ian.id + " }.questionsAsked.id", Long.class))
                .containsExactly(question);
        // adapts {3, 2}: mean 2.5, sd √0.5, agreement
        assertThat(p.getDouble("traits[1].mean")).isEqualTo(2.5);
        assertThat(p.getDouble("traits[1].standardDeviation")).isCloseTo(Math.sqrt(0.5), within(EPS));
        assertThat(p.getString("traits[1].consensus")).isEqualTo("AGREE");
        assertThat(p.getString("traits[2].consensus")).isEqualTo("SINGLE");
        assertThat(p.getInt("traits[3].noEvidenceCount")).isEqualTo(2);
        assertThat((Object) p.get("traits[3].mean")).isNull();
    }

    @Test
    void overallCoverageFlagsAndTallyMatchTheHandWorkedValues() {
        JsonPath p = profile(manager);
        // overall = (3·10/3 + 2·2.5 + 1·4)/6 = 19/6; SE = √(55/252) = 0.467177 → [2.251000, 4.082333]
        assertThat(p.getDouble("overall.score")).isCloseTo(19.0 / 6, within(EPS));
        assertThat(p.getDouble("overall.standardError")).isCloseTo(Math.sqrt(55.0 / 252), within(EPS));
        assertThat(p.getDouble("overall.lower")).isCloseTo(2.251000, within(1e-6));
        assertThat(p.getDouble("overall.upper")).isCloseTo(4.082333, within(1e-6));
        assertThat(p.getInt("overall.ratingCount")).isEqualTo(6);

        assertThat(p.getList("coverage.gaps.traitKey")).containsExactly(CONFIDENT, READS);
        assertThat(p.getList("coverage.gaps.reason")).containsExactly("NO_EVIDENCE", "NOT_ASSESSED");
        assertThat(p.getList("coverage.singleInterviewer.traitKey")).containsExactly(PROUD);
        assertThat(p.getLong("coverage.singleInterviewer[0].interviewerId")).isEqualTo(ian.id);

        assertThat(p.getList("flags.mustHaveBelowThreshold.traitKey")).containsExactly(ADAPTS);
        assertThat(p.getList("flags.redFlags.code")).containsExactly(redFlag);
        assertThat(p.getLong("flags.redFlags[0].interviewerId")).isEqualTo(rosa.id);
        assertThat(p.getList("flags.disagreements")).containsExactly(LISTENS);
        assertThat(p.getList("flags.kinds")).containsExactly("MUST_HAVE_BELOW_THRESHOLD", "RED_FLAG", "DISAGREEMENT");

        assertThat(p.getMap("recommendations")).isEqualTo(Map.of("STRONG_NO", 0, "NO", 1, "YES", 1, "STRONG_YES", 1));
        assertThat(p.getInt("submittedScorecards")).isEqualTo(3);
        assertThat(p.getList("interviewers.id", Long.class)).doesNotContain(maja.id);
        assertThat(p.getList("strengths.traitKey")).containsExactly(PROUD);
        assertThat(p.getList("concerns.traitKey")).containsExactly(ADAPTS);
    }

    @Test
    void theCalibratedViewStandsBesideTheRawOne() {
        JsonPath p = profile(manager);
        // Offsets over the opening: Ian +1.75, Rosa −1.5, Sam −0.5 (see ProfileCalculatorTest)
        assertThat(p.getDouble("interviewers.find { it.id == " + ian.id + " }.leniencyOffset")).isCloseTo(1.75, within(EPS));
        assertThat(p.getString("interviewers.find { it.id == " + rosa.id + " }.leniency")).isEqualTo("SEVERE");
        assertThat(p.getDouble("traits[0].mean")).isCloseTo(10.0 / 3, within(EPS));
        assertThat(p.getDouble("traits[0].calibratedMean")).isCloseTo(10.25 / 3, within(EPS));
        assertThat(p.getDouble("overall.score")).isCloseTo(19.0 / 6, within(EPS));
        assertThat(p.getDouble("calibratedOverall.score")).isCloseTo(2.875, within(EPS));
        assertThat(p.getDouble("calibratedOverall.lower")).isCloseTo(2.099628, within(1e-6));
    }

    @Test
    void aCandidateWithoutSubmittedScorecardsHasAnEmptyProfile() {
        long fresh = Fixtures.createCandidate(manager, opening);
        ProfileFixtures.interviewWithDraft(manager, fresh, ian, "YES", List.of(LISTENS), List.of(rated(LISTENS, 4)));
        JsonPath p = ProfileFixtures.json(as(manager).get("/api/candidates/{id}/profile", fresh).then().statusCode(200));
        assertThat((Object) p.get("overall")).isNull();
        assertThat((Object) p.get("calibratedOverall")).isNull();
        assertThat(p.getInt("submittedScorecards")).isZero();
        assertThat(p.getList("coverage.gaps.reason")).containsOnly("NOT_ASSESSED").hasSize(5);
        assertThat(p.getInt("flags.count")).isZero();
    }

    @Test
    void readersOfTheOpeningOnly() {
        for (Role role : List.of(Role.ADMIN, Role.RECRUITER, Role.HR)) {
            as(Fixtures.user(role)).get("/api/candidates/{id}/profile", candidate).then().statusCode(200);
        }
        as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/candidates/{id}/profile", candidate).then()
                .statusCode(403).body("detail", containsString("opening " + opening));
        as(ian).get("/api/candidates/{id}/profile", candidate).then().statusCode(403);
        RestAssured.given().get("/api/candidates/{id}/profile", candidate).then().statusCode(401);
    }

    @Test
    void unknownAndMalformedIds() {
        as(manager).get("/api/candidates/{id}/profile", 987_654_321L).then()
                .statusCode(404).contentType("application/problem+json").body("detail", containsString("987654321"));
        as(manager).get("/api/candidates/{id}/profile", "abc").then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("id")).body("errors[0].message", containsString("'abc'"));
        as(manager).get("/api/candidates/{id}/profile", "-3").then().statusCode(400);
    }
}
