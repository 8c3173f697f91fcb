package io.traitscore.export;

import static io.traitscore.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.traitscore.Fixtures;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.scorecard.ratings.FlatRating;
import io.traitscore.scorecard.ratings.RatingFilter;
import io.traitscore.scorecard.ratings.RatingStream;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.FactoryConfigurationError;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An export that fails while its file is produced: the caller gets a problem document (a person following
 * the link, the error page), never a stack trace, and the audit trail does not call it an export. The
 * failures are the real ones: the packaged application's PDF renderer failed with exactly this error.
 */
@QuarkusTest
class FailedExportTest {

    static final String BROKEN_PARSER = "Provider org.apache.xerces.jaxp.SAXParserFactoryImpl not found";

    ExportFixtures world;
    UserAccount hr;

    /** The renderer as the packaged application had it while xml-apis shadowed the JDK's parser lookup. */
    static class BrokenPdfRenderer extends PdfDocumentRenderer {
        @Override
        public byte[] render(String xhtml) {
            throw new FactoryConfigurationError(BROKEN_PARSER);
        }
    }

    /** A ratings query whose rows stop half way, as a dropped database connection does. */
    static class BrokenRatingRows extends RatingStream {
        BrokenRatingRows() {
            super(null);
        }

        @Override
        public Stream<FlatRating> stream(RatingFilter filter) {
            return Stream.generate(() -> {
                throw new IllegalStateException("An I/O error occurred while sending to the backend");
            });
        }
    }

    @BeforeEach
    void build() {
        world = ExportFixtures.build();
        hr = Fixtures.user(Role.HR);
    }

    @Test
    void aPdfThatCannotBeRenderedIsAProblemDocumentAndNotAuditedAsAnExport() {
        QuarkusMock.installMockForType(new BrokenPdfRenderer(), PdfDocumentRenderer.class);

        for (String path : List.of("/api/exports/candidates/" + world.zoe() + "/profile.pdf",
                "/api/exports/comparison.pdf?opening=" + world.opening())) {
            Response response = as(hr).get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(500);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("title")).isEqualTo("Internal error");
            assertThat(response.jsonPath().getString("instance")).isEqualTo(path.replaceFirst("\\?.*", ""));
            assertThat(response.body().asString()).doesNotContain("xerces", "FactoryConfigurationError", "stack", "Stack");
        }
        assertThat(auditedExports()).isEmpty();

        // The HTML preview needs no renderer: it still works and is audited.
        as(hr).get("/api/exports/candidates/{id}/profile.html", world.zoe()).then().statusCode(200);
        assertThat(auditedExports()).containsExactly("EXPORT");
    }

    @Test
    void aPersonFollowingTheDownloadLinkOfAFailingReportGetsTheErrorPage() {
        QuarkusMock.installMockForType(new BrokenPdfRenderer(), PdfDocumentRenderer.class);

        Response response = as(hr).accept("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8")
                .get("/api/exports/candidates/{id}/profile.pdf", world.zoe());

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(response.body().asString()).contains("Something went wrong on our side", "Back to the dashboard")
                .doesNotContain("xerces", "FactoryConfigurationError");
    }

    @Test
    void aStreamThatBreaksOffIsMarkedInTheAuditTrail() {
        QuarkusMock.installMockForType(new BrokenRatingRows(), RatingStream.class);

        // The status line and headers are already out when the rows fail: the client sees a cut-off body.
        catchThrowable(() -> as(hr).queryParam("opening", world.opening()).get("/api/exports/ratings.csv").asByteArray());

        assertThat(auditedExports()).containsExactlyInAnyOrder("EXPORT", "EXPORT_FAILED");
    }

    private List<String> auditedExports() {
        List<String> actions = new java.util.ArrayList<>();
        for (String action : List.of("EXPORT", "EXPORT_FAILED")) {
            int total = as(hr).queryParam("actor", hr.username).queryParam("action", action).get("/api/audit")
                    .then().statusCode(200).extract().jsonPath().getInt("total");
            for (int i = 0; i < total; i++) {
                actions.add(action);
            }
        }
        return actions;
    }
}
