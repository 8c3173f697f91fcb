package io.traitscore.document;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.web.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A candidate's CV: stored from the content's kind, read by the panel, refused when wrong, exported and erased. */
@QuarkusTest
class DocumentTest {

    static final String TRAIT = "adapts-easily";
    static final int TEN_MB = 10 * 1024 * 1024;

    UserAccount manager;
    UserAccount recruiter;
    UserAccount ian;
    long candidate;

    @BeforeEach
    void world() {
        manager = Fixtures.user(Role.HIRING_MANAGER);
        recruiter = Fixtures.user(Role.RECRUITER);
        ian = Fixtures.user(Role.INTERVIEWER);
        long opening = Fixtures.createOpening(manager, List.of(Fixtures.trait(TRAIT, 2, false)), List.of(Fixtures.seat(ian, TRAIT)));
        candidate = Fixtures.createCandidate(manager, opening);
    }

    private Response upload(UserAccount who, String name, byte[] content, String declared) {
        return as(who).contentType(declared).queryParam("fileName", name).body(content)
                .post("/api/candidates/{id}/documents", candidate);
    }

    private long stored() {
        return QuarkusTransaction.requiringNew().call(() -> CandidateDocument.count("candidateId", candidate));
    }

    @Test
    void aRecruiterUploadsACvThatTheInterviewerDownloadsAsItWas() {
        Response created = upload(recruiter, "Zoë Okafor CV.pdf", SampleFiles.PDF, "application/octet-stream");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        long id = created.jsonPath().getLong("id");
        assertThat(created.jsonPath().getString("mediaType")).isEqualTo("application/pdf");
        assertThat(created.jsonPath().getLong("sizeBytes")).isEqualTo(SampleFiles.PDF.length);
        assertThat(created.header("Location")).endsWith("/api/candidates/" + candidate + "/documents/" + id);

        Fixtures.scheduleInterview(manager, candidate, ian, TRAIT);
        assertThat(as(ian).get("/api/candidates/{id}/documents", candidate).jsonPath().getList("fileName"))
                .containsExactly("Zoë Okafor CV.pdf");
        Response download = as(ian).get("/api/candidates/{id}/documents/{doc}", candidate, id);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"Zo_ Okafor CV.pdf\"; filename*=UTF-8''Zo%C3%AB%20Okafor%20CV.pdf");
        assertThat(download.asByteArray()).isEqualTo(SampleFiles.PDF);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        var trail = as(Fixtures.user(Role.ADMIN)).queryParam("entityType", "CandidateDocument").queryParam("entityId", id)
                .get("/api/audit").jsonPath();
        assertThat(trail.getList("events.action")).containsExactly("CREATE");
        assertThat(trail.getString("events[0].actor")).isEqualTo(recruiter.username);
    }

    @Test
    void wordDocumentsAndTextAreRecognisedWhateverTheirNames() {
        assertThat(upload(manager, "cv", SampleFiles.docx(), "application/octet-stream").jsonPath().getString("mediaType"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Response text = upload(manager, "cv.pdf", SampleFiles.TEXT, "application/pdf");
        assertThat(text.jsonPath().getString("mediaType")).isEqualTo("text/plain; charset=UTF-8");
        assertThat(text.jsonPath().getString("fileName")).isEqualTo("cv.pdf.txt");
        assertThat(as(manager).get("/api/candidates/{id}/documents", candidate).jsonPath().getList("fileName"))
                .containsExactlyInAnyOrder("cv.docx", "cv.pdf.txt");
    }

    @Test
    void aPictureNamedPdfAnEmptyFileAndATooLargeOneAreRefusedAndNothingIsStored() {
        Response picture = upload(recruiter, "cv.pdf", SampleFiles.PNG, "application/pdf");
        assertThat(picture.statusCode()).isEqualTo(422);
        assertThat(picture.contentType()).startsWith("application/problem+json");
        assertThat(picture.jsonPath().getString("errors[0].field")).isEqualTo("file");
        assertThat(picture.jsonPath().getString("errors[0].message")).contains("not a PDF");

        Response empty = upload(recruiter, "cv.txt", new byte[0], "text/plain");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.jsonPath().getString("errors[0].message")).contains("empty");

        byte[] overLimit = new byte[TEN_MB + 1];
        Arrays.fill(overLimit, (byte) 'a');
        Response large = upload(recruiter, "cv.txt", overLimit, "text/plain");
        assertThat(large.statusCode()).isEqualTo(413);
        assertThat(large.contentType()).startsWith("application/problem+json");
        assertThat(large.jsonPath().getString("errors[0].field")).isEqualTo("file");
        assertThat(large.jsonPath().getString("errors[0].message")).contains("larger than 10 MB");

        byte[] farOver = new byte[11 * 1024 * 1024];
        Arrays.fill(farOver, (byte) 'a');
        Response cutOff = upload(recruiter, "cv.txt", farOver, "text/plain");
        assertThat(cutOff.statusCode()).isEqualTo(413);
        assertThat(cutOff.contentType()).startsWith("application/problem+json");

        assertThat(stored()).isZero();
    }

    @Test
    void exactlyTenMegabytesIsAccepted() {
        byte[] limit = new byte[TEN_MB];
        Arrays.fill(limit, (byte) 'a');
        System.arraycopy(SampleFiles.PDF, 0, limit, 0, SampleFiles.PDF.length);

        Response created = upload(recruiter, "big.pdf", limit, "application/pdf");

        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        assertThat(created.jsonPath().getLong("sizeBytes")).isEqualTo(TEN_MB);
        assertThat(as(recruiter).get("/api/candidates/{id}/documents/{doc}", candidate, created.jsonPath().getLong("id"))
                .asByteArray()).isEqualTo(limit);
    }

    @Test
    void onlyThoseWhoMayReadSeeTheDocuments() {
        long id = upload(recruiter, "cv.pdf", SampleFiles.PDF, "application/pdf").jsonPath().getLong("id");
        UserAccount stranger = Fixtures.user(Role.INTERVIEWER);

        as(stranger).get("/api/candidates/{id}/documents", candidate).then().statusCode(403);
        as(stranger).get("/api/candidates/{id}/documents/{doc}", candidate, id).then().statusCode(403);
        as(Fixtures.user(Role.HR)).get("/api/candidates/{id}/documents/{doc}", candidate, id).then().statusCode(403);
        as(Fixtures.user(Role.HIRING_MANAGER)).get("/api/candidates/{id}/documents", candidate).then().statusCode(403);
        as(manager).get("/api/candidates/{id}/documents/{doc}", candidate, id + 1_000_000).then().statusCode(404);
        // Interviewing the candidate lets ian read, never delete.
        Fixtures.scheduleInterview(manager, candidate, ian, TRAIT);
        as(ian).get("/api/candidates/{id}/documents/{doc}", candidate, id).then().statusCode(200);
        as(ian).delete("/api/candidates/{id}/documents/{doc}", candidate, id).then().statusCode(403);

        as(manager).delete("/api/candidates/{id}/documents/{doc}", candidate, id).then().statusCode(204);
        assertThat(stored()).isZero();
        var trail = as(Fixtures.user(Role.ADMIN)).queryParam("entityType", "CandidateDocument").queryParam("entityId", id)
                .get("/api/audit").jsonPath();
        assertThat(trail.getList("events.action")).containsExactlyInAnyOrder("CREATE", "DELETE");
    }

    @Test
    void thePageTakesAnUploadAndShowsAWrongTypeNextToTheField() {
        WebSession session = WebSession.loginAs(recruiter);

        Response wrong = session.postFile("/candidates/" + candidate + "/documents", "file", "cv.pdf", SampleFiles.PNG, "application/pdf");
        assertThat(wrong.statusCode()).isEqualTo(422);
        Document page = Jsoup.parse(wrong.asString());
        assertThat(page.select("#file-error").text()).contains("not a PDF");
        assertThat(page.select("#file").attr("aria-invalid")).isEqualTo("true");
        assertThat(stored()).isZero();

        Response ok = session.postFile("/candidates/" + candidate + "/documents", "file", "cv.txt", SampleFiles.TEXT, "text/plain");
        assertThat(ok.statusCode()).isEqualTo(303);
        Document list = session.page("/candidates/" + candidate + "/documents");
        assertThat(list.select("[data-document] a").text()).isEqualTo("cv.txt");
        assertThat(list.select("#file").attr("data-max-bytes")).isEqualTo(String.valueOf(TEN_MB));

        long id = Long.parseLong(list.select("[data-document]").attr("data-document"));
        Response deleted = session.post("/candidates/" + candidate + "/documents/" + id + "/delete", java.util.Map.of());
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(session.page("/candidates/" + candidate + "/documents").select("#no-documents")).hasSize(1);
    }

    @Test
    void theKitOfAnInterviewerLinksTheCv() {
        long interview = Fixtures.scheduleInterview(manager, candidate, ian, TRAIT);
        long id = upload(recruiter, "cv.pdf", SampleFiles.PDF, "application/pdf").jsonPath().getLong("id");

        Document kit = WebSession.loginAs(ian).page("/interviews/" + interview + "/kit");

        assertThat(kit.select("#kit-documents a").attr("href")).isEqualTo("/api/candidates/" + candidate + "/documents/" + id);
    }

    @Test
    void thePersonalDataExportCarriesTheDocumentsAndErasureRemovesThem() {
        String fileName = Fixtures.unique("Zoe Okafor CV") + ".txt";
        long id = upload(recruiter, fileName, SampleFiles.TEXT, "text/plain").then().statusCode(201).extract().jsonPath().getLong("id");
        UserAccount hr = Fixtures.user(Role.HR);
        UserAccount admin = Fixtures.user(Role.ADMIN);
        assertThat(as(admin).queryParam("entityType", "CandidateDocument").queryParam("entityId", id).get("/api/audit")
                .jsonPath().getString("events[0].summary")).contains(fileName);

        var data = as(hr).get("/api/candidates/{id}/personal-data", candidate).then().statusCode(200).extract().jsonPath();
        assertThat(data.getString("documents[0].fileName")).isEqualTo(fileName);
        assertThat(new String(Base64.getDecoder().decode(data.getString("documents[0].content")), StandardCharsets.UTF_8))
                .isEqualTo(new String(SampleFiles.TEXT, StandardCharsets.UTF_8));

        as(hr).queryParam("reason", "candidate asked").delete("/api/candidates/{id}/personal-data", candidate).then().statusCode(200);

        assertThat(stored()).isZero();
        // The upload's entry named the file (often after the candidate): it is redacted with the rest.
        var trail = as(admin).queryParam("entityType", "CandidateDocument").queryParam("size", 200).get("/api/audit").jsonPath();
        assertThat(trail.getList("events.summary", String.class)).isNotEmpty().noneMatch(summary -> summary.contains(fileName));
    }
}
