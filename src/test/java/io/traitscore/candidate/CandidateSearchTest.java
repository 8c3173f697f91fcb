package io.traitscore.candidate;

import static io.traitscore.Fixtures.as;
import static io.traitscore.Fixtures.trait;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Searching, filtering and paging an opening's candidates and the openings list through the API. */
@QuarkusTest
class CandidateSearchTest {

    private UserAccount manager;
    private long opening;

    @BeforeEach
    void openingOfTheirOwn() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        opening = Fixtures.createOpening(manager, List.of(trait("adapts-easily", 2, false)), List.of());
    }

    private long add(String name, String email) {
        return as(manager).body(email == null ? Map.of("name", name) : Map.of("name", name, "email", email))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private Response search(UserAccount user, Map<String, ?> params) {
        return as(user).queryParams(params).get("/api/openings/{id}/candidates", opening);
    }

    private List<String> names(Map<String, ?> params) {
        return search(manager, params).then().statusCode(200).extract().jsonPath().getList("name", String.class);
    }

    @Test
    void findsByAnyPartOfNameOrEmailInAnyCaseAndFiltersByStage() {
        add("Zoë Müller", "zoe@example.net");
        long bo = add("Bo Zimmer", "BO.Z@Example.NET");
        add("Ada 100% Lovelace", null);
        add("Ada_Byron", "ada@example.org");
        Fixtures.moveTo(manager, bo, "INTERVIEWING", null, null);

        assertThat(names(Map.of("q", "zIM"))).containsExactly("Bo Zimmer");
        assertThat(names(Map.of("q", "example.net"))).containsExactly("Bo Zimmer", "Zoë Müller");
        assertThat(names(Map.of("q", "  müller "))).containsExactly("Zoë Müller");
        // % and _ are letters here, not wildcards.
        assertThat(names(Map.of("q", "100%"))).containsExactly("Ada 100% Lovelace");
        assertThat(names(Map.of("q", "a_b"))).containsExactly("Ada_Byron");
        assertThat(names(Map.of("q", "%"))).containsExactly("Ada 100% Lovelace");
        assertThat(names(Map.of("stage", "interviewing"))).containsExactly("Bo Zimmer");
        assertThat(names(Map.of("stage", List.of("INTERVIEWING", "APPLIED")))).hasSize(4);
        assertThat(names(Map.of("q", "ada", "stage", "INTERVIEWING"))).isEmpty();
        assertThat(names(Map.of("sort", "stage"))).first().isEqualTo("Ada 100% Lovelace");
        assertThat(names(Map.of("sort", "stage"))).last().isEqualTo("Bo Zimmer");
        assertThat(names(Map.of("sort", "newest"))).containsExactly("Ada_Byron", "Ada 100% Lovelace", "Bo Zimmer",
                "Zoë Müller");
    }

    @Test
    void pagesAreBoundedAndCountedAndLinkTheirNeighbours() {
        for (int i = 0; i < 7; i++) {
            add("Paged " + i, null);
        }
        Response first = search(manager, Map.of("size", 3, "q", "paged"));
        first.then().statusCode(200).header("X-Total-Count", "7")
                .header("Link", containsString("rel=\"next\"")).header("Link", containsString("q=paged"));
        assertThat(first.jsonPath().getList("name", String.class)).containsExactly("Paged 0", "Paged 1", "Paged 2");
        assertThat(names(Map.of("size", 3, "page", 2))).containsExactly("Paged 6");
        search(manager, Map.of("size", 3, "page", 2)).then().header("Link", containsString("rel=\"prev\""));
        assertThat(names(Map.of("size", 3, "page", 3))).isEmpty();
        assertThat(names(Map.of("page", Integer.MAX_VALUE))).isEmpty();
        // Without a size, 25 a page.
        for (int i = 7; i < 30; i++) {
            add("Paged " + i, null);
        }
        assertThat(names(Map.of())).hasSize(25);

        for (Object[] bad : new Object[][] { { "page", -1 }, { "page", "x" }, { "page", "99999999999" }, { "size", 0 },
                { "size", 201 }, { "size", "many" }, { "sort", "salary" }, { "stage", "SHORTLISTED" },
                { "q", "x".repeat(101) } }) {
            search(manager, Map.of((String) bad[0], bad[1])).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", equalTo(bad[0]));
        }
    }

    @Test
    void erasedCandidatesAreNotFoundByTheirFormerNameOrEmail() {
        long erased = add("Wilhelmina Erased", "wilhelmina@example.net");
        add("Keep Me", "keep@example.net");
        as(Fixtures.user(Role.HR)).queryParam("reason", "candidate asked")
                .delete("/api/candidates/{id}/personal-data", erased).then().statusCode(200);

        assertThat(names(Map.of("q", "wilhelmina"))).isEmpty();
        assertThat(names(Map.of("q", "example.net"))).containsExactly("Keep Me");
        search(manager, Map.of()).then().header("X-Total-Count", "1");
    }

    @Test
    void onlyWhatTheUserMaySeeIsSearched() {
        add("Visible Candidate", null);
        UserAccount otherManager = Fixtures.user(Role.HIRING_MANAGER);
        UserAccount interviewer = Fixtures.user(Role.INTERVIEWER);
        search(otherManager, Map.of("q", "visible")).then().statusCode(403);
        search(interviewer, Map.of("q", "visible")).then().statusCode(403);
        search(Fixtures.user(Role.RECRUITER), Map.of("q", "visible")).then().statusCode(200).header("X-Total-Count", "1");
        as(otherManager).get("/api/openings/{id}/candidates", 987_654_321L).then().statusCode(404);

        // The openings search starts from what the user may see: the other manager finds none of this manager's.
        String title = as(manager).get("/api/openings/{id}", opening).then().extract().jsonPath().getString("title");
        as(otherManager).queryParam("q", title).get("/api/openings").then().statusCode(200).header("X-Total-Count", "0");
        as(interviewer).queryParam("q", title).get("/api/openings").then().statusCode(403);
        as(manager).queryParam("q", title.toUpperCase()).get("/api/openings").then().statusCode(200)
                .header("X-Total-Count", "1").body("[0].id", equalTo((int) opening));
        // Once shared, the other manager finds it too.
        as(manager).put("/api/openings/{id}/access/{user}", opening, otherManager.id).then().statusCode(200);
        as(otherManager).queryParam("q", title).get("/api/openings").then().header("X-Total-Count", "1");
        search(otherManager, Map.of("q", "visible")).then().statusCode(200).header("X-Total-Count", "1");
    }

    @Test
    void openingsAreFilteredByStatusAndHiringManager() {
        UserAccount admin = Fixtures.user(Role.ADMIN);
        String title = as(manager).get("/api/openings/{id}", opening).then().extract().jsonPath().getString("title");
        as(admin).queryParams(Map.of("q", title, "hiringManager", manager.id)).get("/api/openings").then()
                .statusCode(200).header("X-Total-Count", "1");
        as(admin).queryParams(Map.of("q", title, "status", "closed")).get("/api/openings").then()
                .statusCode(200).header("X-Total-Count", "0");
        as(admin).queryParams(Map.of("q", title, "status", "open")).get("/api/openings").then()
                .statusCode(200).header("X-Total-Count", "1");
        as(admin).queryParams(Map.of("q", title, "hiringManager", admin.id)).get("/api/openings").then()
                .header("X-Total-Count", "0");
        as(admin).queryParams(Map.of("status", "paused")).get("/api/openings").then().statusCode(400)
                .contentType("application/problem+json");
        as(admin).queryParams(Map.of("hiringManager", "bob")).get("/api/openings").then().statusCode(400);
        as(admin).queryParams(Map.of("size", 500)).get("/api/openings").then().statusCode(400);
        as(admin).queryParams(Map.of("size", 1)).get("/api/openings").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).body("size()", equalTo(1));
    }
}
