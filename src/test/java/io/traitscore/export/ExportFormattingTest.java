package io.traitscore.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** File names and CSV cell texts, with no application around them. */
class ExportFormattingTest {

    @Test
    void fileNamesAreLowercaseAsciiWithDashes() {
        assertThat(ExportFileName.slug("Customer Support Specialist")).isEqualTo("customer-support-specialist");
        assertThat(ExportFileName.slug("Zoë Ünal, Jr.")).isEqualTo("zoe-unal-jr");
        assertThat(ExportFileName.slug("José Álvarez / \"Night\" shift")).isEqualTo("jose-alvarez-night-shift");
        assertThat(ExportFileName.slug("…")).isEqualTo("export");
        assertThat(ExportFileName.slug("x".repeat(100))).hasSize(60);
        assertThat(ExportFileName.contentDisposition("a.csv")).isEqualTo("attachment; filename=\"a.csv\"");
    }

    @Test
    void csvCellsAreWrittenForSpreadsheets() {
        assertThat(CsvExporter.text(null)).isEmpty();
        assertThat(CsvExporter.text(4.0)).isEqualTo("4");
        assertThat(CsvExporter.text(3.67)).isEqualTo("3.67");
        assertThat(CsvExporter.text(12L)).isEqualTo("12");
        assertThat(CsvExporter.text(Instant.parse("2026-11-20T10:00:00Z"))).isEqualTo("2026-11-20 10:00:00");
        assertThat(CsvExporter.text("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvExporter.text("+44 20 7946 0000")).isEqualTo("'+44 20 7946 0000");
        assertThat(CsvExporter.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExporter.text("Listened well; said \"sorry\"")).isEqualTo("Listened well; said \"sorry\"");
    }

    @Test
    void figuresAreRoundedForPeople() {
        assertThat(ExportTable.round(3.666666)).isEqualTo(3.67);
        assertThat(ExportTable.round3(0.12345)).isEqualTo(0.123);
        assertThat(ExportTable.round(null)).isNull();
        assertThat(ReportFormat.heat(1.0)).isEqualTo("background-color: #b2182b; color: #ffffff;");
        assertThat(ReportFormat.heat(3.0)).isEqualTo("background-color: #f7f7f7; color: #1d2125;");
        assertThat(ReportFormat.heat(5.0)).isEqualTo("background-color: #2166ac; color: #ffffff;");
        assertThat(ReportFormat.heat(null)).isEmpty();
    }
}
