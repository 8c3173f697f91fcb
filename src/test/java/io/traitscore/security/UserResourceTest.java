package io.traitscore.security;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UserResourceTest {

    @Test
    void anAdministratorCreatesAUserWhoCanThenLogIn() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        String username = Fixtures.unique("new.interviewer").toLowerCase();

        as(admin).body(Map.of("username", username, "displayName", "Nia Interviewer", "email", "nia@example.org",
                        "role", "INTERVIEWER", "password", "a-long-password"))
                .post("/api/users").then()
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/users/"))
                .body("username", equalTo(username))
                .body("role", equalTo("INTERVIEWER"))
                .body("$", not(hasKey("passwordHash")));

        given().auth().preemptive().basic(username, "a-long-password").get("/api/me").then()
                .statusCode(200).body("displayName", equalTo("Nia Interviewer"));
        given().auth().preemptive().basic(username, "wrong-password").get("/api/me").then().statusCode(401);
    }

    @Test
    void aTakenUsernameIsAConflict() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount existing = Fixtures.user(Role.HR);

        as(admin).body(Map.of("username", existing.username, "displayName", "Copy", "role", "HR", "password", "a-long-password"))
                .post("/api/users").then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("taken"));
    }

    @Test
    void invalidUserFieldsAreEachNamed() {
        as(Fixtures.user(Role.ADMIN))
                .body(Map.of("username", "A", "displayName", "", "email", "not-an-email", "role", "INTERVIEWER", "password", "short"))
                .post("/api/users").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("username", "displayName", "email", "password"));
        as(Fixtures.user(Role.ADMIN))
                .body(Map.of("username", "valid.name", "displayName", "X", "role", "SUPERUSER", "password", "a-long-password"))
                .post("/api/users").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("role"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("HIRING_MANAGER"));
    }

    /** Issue 13, finding 6: the user list is no directory of every login name for managers and recruiters. */
    @Test
    void managersAndRecruitersListOnlyActivePeopleWhoInterviewNotEveryAccount() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount hr = Fixtures.user(Role.HR);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        UserAccount interviewer = Fixtures.user(Role.INTERVIEWER);
        for (Role role : new Role[] { Role.HIRING_MANAGER, Role.RECRUITER }) {
            java.util.List<String> listed = as(Fixtures.user(role)).get("/api/users").then().statusCode(200)
                    .extract().jsonPath().getList("username", String.class);
            assertThat(listed).as(role.name()).contains(interviewer.username)
                    .doesNotContain(admin.username, hr.username, recruiter.username);
            as(Fixtures.user(role)).queryParam("role", "ADMIN").get("/api/users").then().statusCode(200)
                    .body("size()", equalTo(0));
        }
        assertThat(as(admin).get("/api/users").then().statusCode(200).extract().jsonPath().getList("username", String.class))
                .contains(admin.username, hr.username, recruiter.username, interviewer.username);
        as(hr).get("/api/users").then().statusCode(403);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        Map<String, Object> body = Map.of("username", "someone.new", "displayName", "S", "role", "HR", "password", "a-long-password");
        for (Role role : new Role[] { Role.HIRING_MANAGER, Role.INTERVIEWER, Role.RECRUITER, Role.HR }) {
            as(Fixtures.user(role)).body(body).post("/api/users").then().statusCode(403);
        }
        as(Fixtures.user(Role.INTERVIEWER)).get("/api/users").then().statusCode(403);
        as(Fixtures.user(Role.HIRING_MANAGER)).queryParam("role", "INTERVIEWER").get("/api/users").then()
                .statusCode(200).body("role", everyItem(equalTo("INTERVIEWER")));
        as(Fixtures.user(Role.RECRUITER)).queryParam("role", "wizard").get("/api/users").then().statusCode(400);
    }

    @Test
    void aDeactivatedUserCanNoLongerLogInAndAPasswordResetTakesEffect() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount user = Fixtures.user(Role.RECRUITER);

        as(admin).body(Map.of("password", "brand-new-password")).put("/api/users/{id}/password", user.id).then().statusCode(204);
        given().auth().preemptive().basic(user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(401);
        given().auth().preemptive().basic(user.username, "brand-new-password").get("/api/me").then().statusCode(200);

        as(admin).body(Map.of("displayName", "Gone", "role", "RECRUITER", "active", false))
                .put("/api/users/{id}", user.id).then().statusCode(200).body("active", equalTo(false));
        given().auth().preemptive().basic(user.username, "brand-new-password").get("/api/me").then().statusCode(401);
    }

    @Test
    void anAdministratorReadsOneUser() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        String username = Fixtures.unique("read.me").toLowerCase();
        long id = as(admin).body(Map.of("username", username, "displayName", "Rhea Reader", "email", "rhea@example.org",
                        "role", "HR", "password", "a-long-password"))
                .post("/api/users").then().statusCode(201).extract().jsonPath().getLong("id");

        as(admin).get("/api/users/{id}", id).then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("username", equalTo(username))
                .body("displayName", equalTo("Rhea Reader"))
                .body("email", equalTo("rhea@example.org"))
                .body("role", equalTo("HR"))
                .body("active", equalTo(true))
                .body("createdAt", notNullValue())
                .body("$", not(hasKey("passwordHash")));
        as(Fixtures.user(Role.HR)).get("/api/users/{id}", id).then().statusCode(403);
    }

    @Test
    void badUserUpdatesAreRejectedFieldByFieldAndChangeNothing() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount user = Fixtures.user(Role.RECRUITER);
        UserView before = stored(user.id);

        as(admin).body(Map.of("displayName", " ", "email", "not-an-email", "role", "RECRUITER"))
                .put("/api/users/{id}", user.id).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("active", "displayName", "email"))
                .body("errors.message", contains("must be true or false", "must not be blank", "must be an email address"));
        as(admin).body(Map.of("displayName", "x".repeat(121), "role", "RECRUITER", "active", true))
                .put("/api/users/{id}", user.id).then()
                .statusCode(400).body("errors.field", contains("displayName"))
                .body("errors[0].message", equalTo("must be at most 120 characters"));
        as(admin).body(Map.of("displayName", "Renamed", "role", "WIZARD", "active", true))
                .put("/api/users/{id}", user.id).then()
                .statusCode(400).body("errors[0].field", equalTo("role"))
                .body("errors[0].message", containsString("RECRUITER"));
        as(admin).body(Map.of("displayName", "Renamed", "role", "RECRUITER", "active", true, "password", "sneaky-new-one"))
                .put("/api/users/{id}", user.id).then()
                .statusCode(400).body("errors[0].field", equalTo("password"))
                .body("errors[0].message", containsString("unknown field"));
        as(admin).body(Map.of("displayName", "Renamed", "role", "RECRUITER", "active", true))
                .put("/api/users/{id}", 987_654_321L).then()
                .statusCode(404).contentType("application/problem+json").body("status", equalTo(404));

        assertThat(stored(user.id)).isEqualTo(before);
    }

    @Test
    void badPasswordResetsAreRejectedAndTheOldPasswordStillWorks() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount user = Fixtures.user(Role.INTERVIEWER);
        String hashBefore = passwordHash(user.id);

        as(admin).body(Map.of("password", "short")).put("/api/users/{id}/password", user.id).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("password"))
                .body("errors[0].message", equalTo("must be 12 to 72 characters"));
        as(admin).body(Map.of("password", "p".repeat(73))).put("/api/users/{id}/password", user.id).then()
                .statusCode(400).body("errors.field", contains("password"));
        as(admin).body(Map.of()).put("/api/users/{id}/password", user.id).then()
                .statusCode(400).body("errors.field", contains("password"))
                .body("errors[0].message", equalTo("must not be empty"));
        as(admin).body(Map.of("password", "a-long-enough-password"))
                .put("/api/users/{id}/password", 987_654_321L).then()
                .statusCode(404).contentType("application/problem+json");

        assertThat(passwordHash(user.id)).isEqualTo(hashBefore);
        given().auth().preemptive().basic(user.username, Fixtures.PASSWORD).get("/api/me").then().statusCode(200);
    }

    private static UserView stored(long id) {
        return QuarkusTransaction.requiringNew().call(() -> UserView.of(UserAccount.findById(id)));
    }

    private static String passwordHash(long id) {
        return QuarkusTransaction.requiringNew().call(() -> UserAccount.<UserAccount>findById(id).passwordHash);
    }

    @Test
    void administratorsCannotLockThemselvesOut() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        as(admin).body(Map.of("displayName", "Me", "role", "HR", "active", true))
                .put("/api/users/{id}", admin.id).then().statusCode(409);
        as(admin).get("/api/users/{id}", 999_999_999L).then().statusCode(404);
    }

    @Test
    void someoneWhoStillOwesAScorecardKeepsARoleThatInterviewsUntilItIsSubmitted() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        String trait = "adapts-easily";
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(trait, 2, false)), List.of(Fixtures.seat(ian, trait)));
        long interview = Fixtures.scheduleInterview(manager, Fixtures.createCandidate(manager, opening), ian);

        as(admin).body(Map.of("displayName", ian.displayName, "role", "HR", "active", true))
                .put("/api/users/{id}", ian.id).then()
                .statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("interview(s) " + interview + ":"));
        as(admin).get("/api/users/{id}", ian.id).then().body("role", equalTo("INTERVIEWER"));
        as(ian).queryParam("opening", opening).get("/api/exports/ratings.csv").then().statusCode(403);
        // Hiring managers interview too, and are held to the independence rule like interviewers.
        as(admin).body(Map.of("displayName", ian.displayName, "role", "HIRING_MANAGER", "active", true))
                .put("/api/users/{id}", ian.id).then().statusCode(200);

        Fixtures.submitScorecard(ian, interview, "YES", List.of(Fixtures.rating(trait, 3, null)));

        as(admin).body(Map.of("displayName", ian.displayName, "role", "HR", "active", true))
                .put("/api/users/{id}", ian.id).then().statusCode(200).body("role", equalTo("HR"));
    }
}
