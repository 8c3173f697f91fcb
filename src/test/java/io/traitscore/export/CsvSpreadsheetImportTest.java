package io.traitscore.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * What a spreadsheet's default CSV import needs: a UTF-8 byte order mark (else accents break), CRLF records,
 * and every text field quoted so its commas, quotes and line breaks stay inside it; numbers bare so they
 * import as numbers.
 */
class CsvSpreadsheetImportTest {

    @Test
    void bomCrlfAndQuotedTextFieldsWithBareNumbers() throws IOException {
        ExportTable table = new ExportTable(List.of("Candidate", "Overall score", "Scores", "Notes", "Submitted at"),
                List.of(Arrays.asList("Zoë Ünal, Jr", 3.5, 4L, "Said \"sorry\",\nthen left", Instant.parse("2026-11-20T10:00:00Z")),
                        Arrays.asList("Ben", 10.0, 0L, null, null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        CsvExporter.writeTable(out, table);

        byte[] bytes = out.toByteArray();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("\uFEFF\"Candidate\",\"Overall score\",\"Scores\",\"Notes\",\"Submitted at\"\r\n"
                + "\"Zoë Ünal, Jr\",3.5,4,\"Said \"\"sorry\"\",\nthen left\",\"2026-11-20 10:00:00\"\r\n"
                + "\"Ben\",10,0,,\r\n");
        // Read back as a spreadsheet does: two records of five fields, the line break kept inside the note.
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("Candidate")).isEqualTo("Zoë Ünal, Jr");
        assertThat(rows.get(0).get("Notes")).isEqualTo("Said \"sorry\",\nthen left");
        assertThat(rows.get(1).size()).isEqualTo(5);
    }
}
