package io.traitscore.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** H2 files are opened so that every commit is written before the application answers (WRITE_DELAY=0). */
class SelectedDriverTest {

    @Test
    void anH2FileUrlGetsNoWriteDelayAndPostgresqlMode() {
        assertThat(SelectedDriver.durable(SelectedDriver.inPostgresqlMode("jdbc:h2:file:./data/traitscore")))
                .isEqualTo("jdbc:h2:file:./data/traitscore;MODE=PostgreSQL;WRITE_DELAY=0");
    }

    @Test
    void aUrlThatNamesAWriteDelayKeepsItForTheStartUpCheckToJudge() {
        assertThat(SelectedDriver.durable("jdbc:h2:file:./data/traitscore;write_delay=500"))
                .isEqualTo("jdbc:h2:file:./data/traitscore;write_delay=500");
    }

    @Test
    void anInMemoryDatabaseHasNoFileToWrite() {
        assertThat(SelectedDriver.durable("jdbc:h2:mem:traitscore")).isEqualTo("jdbc:h2:mem:traitscore");
    }

    @Test
    void aFileOpenedThroughTheDriverWritesAtCommitEvenIfItWasCreatedWithTheDefaultDelay(@TempDir Path folder)
            throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("db");
        Properties login = new Properties();
        login.setProperty("user", "sa");
        // H2's own default is 500 ms, and H2 keeps the setting in the file.
        try (Connection plain = new org.h2.Driver().connect(url, login)) {
            assertThat(writeDelay(plain)).isEqualTo(500);
        }
        try (Connection selected = new SelectedDriver().connect(url, login)) {
            assertThat(writeDelay(selected)).isZero();
        }
    }

    private static int writeDelay(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            result.next();
            return Integer.parseInt(result.getString(1));
        }
    }
}
