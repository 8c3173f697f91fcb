package io.traitscore.packaged;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import io.traitscore.web.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A CV on the packaged application: the recruiter uploads it, the interviewer downloads it from the kit, byte for
 * byte; the body limit of the real jar lets a 10 MB file through and refuses larger ones with a problem.
 */
@QuarkusIntegrationTest
@WithTestResource(value = PackagedDatabase.class, scope = TestResourceScope.MATCHING_RESOURCES)
@Tag(PackagedDatabase.EVERY_DATABASE)
class DocumentsIT {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void theRecruiterUploadsACvAndTheInterviewerDownloadsItFromTheKit() {
        var own = DemoAccounts.api("ichen").get("/api/interviews").then().statusCode(200).extract().jsonPath();
        long interview = own.getLong("[0].id");
        long candidate = own.getLong("[0].candidate.id");

        Response stored = DemoAccounts.api("tnguyen").contentType("application/pdf").queryParam("fileName", "cv.pdf").body(PDF)
                .post("/api/candidates/{id}/documents", candidate);
        assertThat(stored.statusCode()).as(stored.asString()).isEqualTo(201);

        WebSession ichen = WebSession.login("ichen", DemoAccounts.PASSWORD);
        Document kit = ichen.page("/interviews/" + interview + "/kit");
        String link = kit.select("#kit-documents a").last().attr("href");
        Response download = ichen.get(link);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
        assertThat(download.asByteArray()).isEqualTo(PDF);

        byte[] tenMegabytes = new byte[10 * 1024 * 1024];
        Arrays.fill(tenMegabytes, (byte) 'a');
        Response atLimit = DemoAccounts.api("tnguyen").contentType("text/plain").queryParam("fileName", "long.txt")
                .body(tenMegabytes).post("/api/candidates/{id}/documents", candidate);
        assertThat(atLimit.statusCode()).isEqualTo(201);
        DemoAccounts.api("tnguyen").delete("/api/candidates/{id}/documents/{doc}", candidate, atLimit.jsonPath().getLong("id"))
                .then().statusCode(204);

        byte[] over = Arrays.copyOf(tenMegabytes, tenMegabytes.length + 1);
        Arrays.fill(over, (byte) 'a');
        Response tooLarge = DemoAccounts.api("tnguyen").contentType("text/plain").queryParam("fileName", "long.txt")
                .body(over).post("/api/candidates/{id}/documents", candidate);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
    }
}
