package io.traitscore.packaged;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's backup and restore of the embedded database, on the packaged application: an
 * administrator takes a backup while it runs, the zip is unpacked into an empty folder's ./data, and an
 * application started there has exactly what the database held at the time of the backup.
 */
class BackupRestoreIT {

    @Test
    void anOnlineBackupRestoresIntoANewFolderWithWhatTheDatabaseHeldThen(@TempDir Path original, @TempDir Path restored)
            throws IOException {
        Path backup;
        try (PackagedApp app = PackagedApp.in(original).startReady()) {
            long opening = api(app, "hmorgan").get("/api/openings").then().statusCode(200).extract().jsonPath().getLong("[0].id");
            addCandidate(app, opening, "Before Backup");

            String path = api(app, "admin").post("/api/backups").then().statusCode(201).extract().path("path");
            backup = Path.of(path);
            assertThat(backup.getParent()).isEqualTo(original.resolve("backups").toRealPath());

            addCandidate(app, opening, "After Backup");
            assertThat(candidates(app, opening)).contains("Before Backup", "After Backup");
            assertThat(app.stop()).isEqualTo(PackagedApp.STOPPED_BY_SIGTERM);
        }

        unzip(backup, restored.resolve("data"));
        try (PackagedApp app = PackagedApp.in(restored).startReady()) {
            long opening = api(app, "hmorgan").get("/api/openings").then().statusCode(200).extract().jsonPath().getLong("[0].id");
            assertThat(candidates(app, opening)).contains("Before Backup", "Priya Raghunathan").doesNotContain("After Backup");
            assertThat(app.output()).contains("Demo data not loaded again");
        }
    }

    private static io.restassured.specification.RequestSpecification api(PackagedApp app, String user) {
        return given().baseUri(app.url()).auth().preemptive().basic(user, DemoAccounts.PASSWORD).contentType(ContentType.JSON);
    }

    private static void addCandidate(PackagedApp app, long opening, String name) {
        api(app, "hmorgan").body(Map.of("name", name))
                .post("/api/openings/{id}/candidates", opening).then().statusCode(201);
    }

    private static List<String> candidates(PackagedApp app, long opening) {
        return api(app, "hmorgan").get("/api/openings/{id}/candidates", opening).then().statusCode(200)
                .extract().jsonPath().getList("name", String.class);
    }

    /** What `unzip backup.zip -d data` does. */
    private static void unzip(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = folder.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(folder)).as(entry.getName()).isTrue();
                Files.copy(entries, target);
            }
        }
    }
}
