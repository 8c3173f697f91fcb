package io.traitscore.catalog;

import static io.restassured.RestAssured.given;
import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CatalogResourceTest {

    @Test
    void everyLoggedInRoleListsTheFifteenTraitsWithQuestionsAndRubrics() {
        for (Role role : Role.values()) {
            JsonPath traits = as(Fixtures.user(role)).get("/api/traits").then().statusCode(200).extract().jsonPath();

            assertThat(traits.getList("key")).hasSize(15).first().isEqualTo("accepts-absurdity-without-sarcasm");
            assertThat(traits.getList("number", Integer.class)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
            for (int i = 0; i < 15; i++) {
                assertThat(traits.getList("[" + i + "].rubric.level", Integer.class)).containsExactly(1, 2, 3, 4, 5);
                List<String> kinds = traits.getList("[" + i + "].questions.kind");
                assertThat(kinds.stream().filter("BEHAVIORAL"::equals).count()).isGreaterThanOrEqualTo(4);
                assertThat(kinds).contains("SITUATIONAL");
                assertThat(traits.getString("[" + i + "].source.title"))
                        .isEqualTo("Great Customer Service Staff: Recruit These 15 Natural Traits");
            }
        }
    }

    @Test
    void oneTraitHasItsQuestionsProbesAndIndicators() {
        as(Fixtures.user(Role.INTERVIEWER)).get("/api/traits/serves-for-the-giving").then()
                .statusCode(200)
                .body("number", is(15))
                .body("questions.probes", everyItem(hasSize(greaterThanOrEqualTo(2))))
                .body("redFlags[0].code", equalTo("serves-for-the-giving.rf1"))
                .body("redFlags[0].text", containsString("appreciated"))
                .body("positiveIndicators.size()", greaterThanOrEqualTo(1));
    }

    @Test
    void anUnknownTraitIs404WithAProblemBody() {
        as(Fixtures.user(Role.HR)).get("/api/traits/no-such-trait").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("detail", containsString("no-such-trait"));
    }

    @Test
    void questionsFilterByTraitKindAndWord() {
        UserAccount reader = Fixtures.user(Role.RECRUITER);
        List<String> traitKeys = as(reader).queryParam("trait", "adapts-easily").get("/api/questions")
                .then().statusCode(200).extract().jsonPath().getList("traitKey");
        assertThat(traitKeys).isNotEmpty().allMatch("adapts-easily"::equals);

        List<String> kinds = as(reader).queryParam("trait", "adapts-easily").queryParam("kind", "situational")
                .get("/api/questions").then().statusCode(200).extract().jsonPath().getList("kind");
        assertThat(kinds).isNotEmpty().allMatch("SITUATIONAL"::equals);

        // The word is searched in the question and its probes, whatever its case.
        JsonPath policy = as(reader).queryParam("q", "POLICY").get("/api/questions")
                .then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> found = policy.getList("$");
        assertThat(found).isNotEmpty().allSatisfy(question -> assertThat(searchableText(question)).contains("policy"));
        // balances-objectivity-and-caring.s2 quotes "that's our policy" in its text (question-bank/04-...yaml).
        assertThat(policy.getList("code", String.class)).contains("balances-objectivity-and-caring.s2");
    }

    @SuppressWarnings("unchecked")
    private static String searchableText(Map<String, Object> question) {
        return (question.get("text") + "\n" + String.join("\n", (List<String>) question.get("probes")))
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void badFiltersAreRejected() {
        UserAccount reader = Fixtures.user(Role.RECRUITER);
        as(reader).queryParam("kind", "hypothetical").get("/api/questions").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        as(reader).queryParam("trait", "nope").get("/api/questions").then().statusCode(404);
    }

    @Test
    void aHiringManagerAddsACustomQuestionThatIsMarkedAndListed() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        String text = "Tell me about a time a customer thanked you for saying no. " + Fixtures.unique("q");

        JsonPath created = as(manager)
                .body(Map.of("kind", "BEHAVIORAL", "text", text, "probes", List.of("What did you say?", "Why?")))
                .post("/api/traits/proud-to-serve/questions")
                .then().statusCode(201).extract().jsonPath();

        assertThat(created.getBoolean("custom")).isTrue();
        assertThat(created.getString("code")).isNull();
        assertThat(created.getString("addedBy")).isEqualTo(manager.displayName);
        assertThat(created.getList("probes")).containsExactly("What did you say?", "Why?");
        List<String> listed = as(manager).queryParam("trait", "proud-to-serve").get("/api/questions")
                .then().extract().jsonPath().getList("text");
        assertThat(listed).contains(text);
    }

    @Test
    void customQuestionInputIsValidatedAndRoleChecked() {
        as(Fixtures.user(Role.HIRING_MANAGER)).body(Map.of("kind", "MAYBE", "text", "x"))
                .post("/api/traits/proud-to-serve/questions").then()
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        as(Fixtures.user(Role.HIRING_MANAGER)).body(Map.of("kind", "BEHAVIORAL", "text", " ", "probes", List.of("a", "b", "c", "d")))
                .post("/api/traits/proud-to-serve/questions").then()
                .statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("probes", "text"));
        as(Fixtures.user(Role.HIRING_MANAGER)).body(Map.of("kind", "BEHAVIORAL", "text", "x".repeat(1001)))
                .post("/api/traits/proud-to-serve/questions").then().statusCode(400);
        as(Fixtures.user(Role.HIRING_MANAGER)).body(Map.of("kind", "BEHAVIORAL", "text", "Fine question?"))
                .post("/api/traits/not-a-trait/questions").then().statusCode(404);
        as(Fixtures.user(Role.INTERVIEWER)).body(Map.of("kind", "BEHAVIORAL", "text", "Fine question?"))
                .post("/api/traits/proud-to-serve/questions").then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void withoutALoginTheApiAnswers401WithAProblemBody() {
        given().get("/api/traits").then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json")
                .body("status", is(401));
        given().auth().preemptive().basic("nobody", "wrong-password").get("/api/traits").then().statusCode(401);
    }

    @Test
    void theBankVersionIsTheContentHash() {
        as(Fixtures.user(Role.INTERVIEWER)).get("/api/question-bank").then()
                .statusCode(200)
                .body("version", org.hamcrest.Matchers.matchesPattern("[0-9a-f]{64}"))
                .body("traitCount", is(15));
    }
}
