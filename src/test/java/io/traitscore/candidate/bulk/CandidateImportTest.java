package io.traitscore.candidate.bulk;

import static io.traitscore.Fixtures.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bulk import through the API: a preview that stores nothing, bad rows named, all or the good ones. */
@QuarkusTest
class CandidateImportTest {

    static final String TRAIT = "adapts-easily";

    @Test
    void thePreviewNamesEachBadRowAndDuplicatesAndStoresNothing() {
        UserAccount recruiter = Fixtures.user(Role.RECRUITER);
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of());
        as(manager).body(Map.of("name", "Ada Existing", "email", "ada@example.net")).post("/api/openings/{id}/candidates", opening)
                .then().statusCode(201);
        String csv = """
                email;name;phone;source
                bo@example.net;"Bo; Jr.";+44 20 7946 0000;Job board
                ADA@example.net;Ada Again;;
                not-an-email;Cy;;
                bo@example.net;Bo Twice;;
                ;No Email;abc!;Referral

                di@example.net;Di;;
                """;

        as(recruiter).contentType("text/csv").body(csv).queryParam("dryRun", true)
                .post("/api/openings/{id}/candidates/import", opening).then().statusCode(200)
                .body("rows", hasSize(6))
                .body("rows[0].name", equalTo("Bo; Jr.")).body("rows[0].phone", equalTo("+44 20 7946 0000"))
                .body("rows[0].problems", hasSize(0))
                .body("rows[1].problems", contains("duplicate: the opening already has Ada Existing with this email"))
                .body("rows[2].line", equalTo(4)).body("rows[2].problems", contains("email must be an email address"))
                .body("rows[3].problems", contains("duplicate: line 2 has the same email"))
                .body("rows[4].problems", contains("email must not be blank", "phone must be digits, spaces and + ( ) . / - (at most 40)"))
                .body("rows[5].line", equalTo(8));
        as(recruiter).get("/api/openings/{id}/candidates", opening).then().body("$", hasSize(1));

        as(recruiter).contentType("text/csv").body(csv).post("/api/openings/{id}/candidates/import", opening).then()
                .statusCode(422).body("detail", containsString("4 row(s) have problems"));
        as(recruiter).get("/api/openings/{id}/candidates", opening).then().body("$", hasSize(1));

        as(recruiter).contentType("text/csv").body(csv).queryParam("skipInvalid", true)
                .post("/api/openings/{id}/candidates/import", opening).then().statusCode(201)
                .body("created", equalTo(2)).body("skipped", equalTo(4));
        as(recruiter).get("/api/openings/{id}/candidates", opening).then().body("$", hasSize(3));

        as(recruiter).contentType("text/csv").body("fullname,mail\nX,x@example.net\n").queryParam("dryRun", true)
                .post("/api/openings/{id}/candidates/import", opening).then().statusCode(200)
                .body("fileProblems[0]", containsString("must name the columns"));
    }

    @Test
    void aFileOfOnlyAQuoteOrWithAQuoteNeverClosedIsAFileProblemNotAnError() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of());
        as(manager).contentType("text/csv").body("\"").queryParam("dryRun", true)
                .post("/api/openings/{id}/candidates/import", opening).then().statusCode(200)
                .body("fileProblems[0]", containsString("line 1 is never closed"));
        as(manager).contentType("text/csv").body("name,email\n\"Eve,eve@example.net\nFay,fay@example.net\n")
                .post("/api/openings/{id}/candidates/import", opening).then().statusCode(422)
                .body("errors[0].field", equalTo("file")).body("errors[0].message", containsString("line 2 is never closed"));
        as(manager).get("/api/openings/{id}/candidates", opening).then().body("$", hasSize(0));
    }

    @Test
    void importedCandidatesStartTheirPipelineTimelineAtApplied() {
        UserAccount manager = Fixtures.user(Role.HIRING_MANAGER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of());
        int id = as(manager).contentType("text/csv").body("name,email\nGil," + Fixtures.unique("gil") + "@example.net\n")
                .post("/api/openings/{id}/candidates/import", opening).then().statusCode(201).extract().path("ids[0]");
        as(manager).get("/api/candidates/{id}/timeline", id).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].to", equalTo("APPLIED"));
    }
}
