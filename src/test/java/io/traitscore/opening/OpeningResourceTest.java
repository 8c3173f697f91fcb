package io.traitscore.opening;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.seat;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OpeningResourceTest {

    @Test
    void aHiringManagerCreatesAnOpeningWithWeightsMustHavesAndAPanel() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        UserAccount rosa = Fixtures.user(Role.INTERVIEWER);

        JsonPath opening = as(manager).body(Fixtures.openingRequest(
                        List.of(trait("listens-with-empathy", 3, true), trait("adapts-easily", 1, false),
                                trait("proud-to-serve", 2, false)),
                        List.of(seat(ian, "listens-with-empathy", "adapts-easily"), seat(rosa, "listens-with-empathy"))))
                .post("/api/openings").then().statusCode(201).extract().jsonPath();

        assertThat(opening.getLong("hiringManager.id")).isEqualTo(manager.id);
        assertThat(opening.getString("status")).isEqualTo("OPEN");
        assertThat(opening.getList("traits.traitKey")).containsExactly("listens-with-empathy", "adapts-easily", "proud-to-serve");
        assertThat(opening.getList("traits.weight", Integer.class)).containsExactly(3, 1, 2);
        assertThat(opening.getList("traits.mustHave", Boolean.class)).containsExactly(true, false, false);
        assertThat(opening.getList("panel.focusTraits[0]")).containsExactly("adapts-easily", "listens-with-empathy");
        // adapts-easily has one interviewer, proud-to-serve none: both are warned about; listens-with-empathy has two.
        assertThat(opening.getList("coverageWarnings.traitKey")).containsExactly("adapts-easily", "proud-to-serve");
        assertThat(opening.getList("coverageWarnings.interviewers", Integer.class)).containsExactly(1, 0);
    }

    @Test
    void hiringManagersSeeOnlyTheirOwnOpenings() {
        UserAccount owner = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount other = Fixtures.user(Role.HIRING_MANAGER);
        long id = Fixtures.createOpening(owner, List.of(trait("proud-to-serve", 2, false)), List.of());

        as(other).get("/api/openings/{id}", id).then().statusCode(403);
        List<Long> visible = as(other).get("/api/openings").then().statusCode(200).extract().jsonPath().getList("id", Long.class);
        assertThat(visible).doesNotContain(id);
        as(other).body(Fixtures.openingRequest(List.of(trait("proud-to-serve", 1, false)), List.of()))
                .put("/api/openings/{id}", id).then().statusCode(403);

        as(owner).get("/api/openings/{id}", id).then().statusCode(200);
        as(Fixtures.user(Role.RECRUITER)).get("/api/openings/{id}", id).then().statusCode(200);
        as(Fixtures.user(Role.HR)).get("/api/openings/{id}", id).then().statusCode(200);
        as(Fixtures.user(Role.INTERVIEWER)).get("/api/openings/{id}", id).then().statusCode(403);
        as(Fixtures.user(Role.RECRUITER)).body(Fixtures.openingRequest(List.of(trait("proud-to-serve", 1, false)), List.of()))
                .post("/api/openings").then().statusCode(403);
    }

    @Test
    void anUpdateReplacesTraitsAndPanel() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);
        long id = Fixtures.createOpening(manager, List.of(trait("proud-to-serve", 2, false), trait("adapts-easily", 2, false)),
                List.of(seat(ian, "adapts-easily")));

        Map<String, Object> update = Map.of("title", "Senior Support Specialist", "team", "Care", "status", "CLOSED",
                "traits", List.of(trait("adapts-easily", 3, true), trait("confident-not-arrogant", 1, false)),
                "panel", List.of(seat(ian, "confident-not-arrogant")));
        as(manager).body(update).put("/api/openings/{id}", id).then()
                .statusCode(200)
                .body("title", equalTo("Senior Support Specialist"))
                .body("status", equalTo("CLOSED"))
                .body("traits.traitKey", org.hamcrest.Matchers.contains("adapts-easily", "confident-not-arrogant"))
                .body("traits[0].weight", equalTo(3))
                .body("panel[0].focusTraits", org.hamcrest.Matchers.contains("confident-not-arrogant"));
    }

    @Test
    void badInputIsRejectedFieldByField() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        UserAccount ian = Fixtures.user(Role.INTERVIEWER);

        as(manager).body(Map.of("title", "", "team", "Care", "traits", List.of(trait("adapts-easily", 4, false))))
                .post("/api/openings").then()
                .statusCode(400)
                .body("errors.field", containsInAnyOrder("title", "traits.adapts-easily.weight"));
        as(manager).body(Map.of("title", "T", "team", "Care", "traits", List.of()))
                .post("/api/openings").then().statusCode(400).body("errors[0].field", equalTo("traits"));
        as(manager).body(Fixtures.openingRequest(
                        List.of(trait("adapts-easily", 2, false), trait("no-such-trait", 2, false), trait("adapts-easily", 1, false)),
                        List.of(seat(ian, "proud-to-serve"), seat(recruiter, "adapts-easily"))))
                .post("/api/openings").then()
                .statusCode(422)
                .body("errors", hasSize(4))
                .body("errors.field", containsInAnyOrder("traits.no-such-trait.traitKey", "traits.adapts-easily.traitKey",
                        "panel." + ian.id + ".focusTraits.proud-to-serve", "panel." + recruiter.id + ".interviewerId"));
        as(manager).body("{\"title\": \"T\", \"team\": ").post("/api/openings").then()
                .statusCode(400).contentType("application/problem+json");
        as(manager).get("/api/openings/{id}", 987_654_321L).then().statusCode(404);
    }

    @Test
    void onlyAnAdministratorChoosesAnotherHiringManager() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount otherManager = Fixtures.user(Role.HIRING_MANAGER);
        Map<String, Object> request = new java.util.HashMap<>(Fixtures.openingRequest(List.of(trait("adapts-easily", 2, false)), List.of()));
        request.put("hiringManagerId", otherManager.id);

        as(manager).body(request).post("/api/openings").then().statusCode(403);
        as(Fixtures.user(Role.ADMIN)).body(request).post("/api/openings").then()
                .statusCode(201).body("hiringManager.id", equalTo(otherManager.id.intValue()));
        request.put("hiringManagerId", Fixtures.user(Role.HR).id);
        as(Fixtures.user(Role.ADMIN)).body(request).post("/api/openings").then()
                .statusCode(422).body("errors[0].field", equalTo("hiringManagerId"));
    }
}
