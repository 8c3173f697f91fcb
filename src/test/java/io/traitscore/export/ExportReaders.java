package io.traitscore.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Opens downloaded files with the readers a person's programs would use. */
public final class ExportReaders {

    private ExportReaders() {
    }

    /** A UTF-8 CSV file with a byte-order mark and a header row. */
    public static List<CSVRecord> csv(byte[] file) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8)) {
            assertThat((char) reader.read()).as("byte-order mark").isEqualTo('\uFEFF');
            return CSVParser.builder().setReader(reader)
                    .setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()).get().getRecords();
        }
    }

    /** The text of every page, white space collapsed. */
    public static String pdfText(byte[] file) throws IOException {
        assertThat(new String(file, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument pdf = Loader.loadPDF(file)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /** Every sheet's rows by sheet name, in order. */
    public static Map<String, List<Row>> workbook(byte[] file) throws IOException {
        Map<String, List<Row>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook xlsx = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            for (Sheet sheet : xlsx.getSheets().toList()) {
                sheets.put(sheet.getName(), new ArrayList<>(sheet.read()));
            }
        }
        return sheets;
    }

    /** Each candidate row's overall score is the one on the candidate's profile (profiles by candidate name). */
    public static void assertOverallScoresMatch(List<CSVRecord> candidateRows, Map<String, JsonNode> profiles) {
        assertThat(candidateRows).extracting(r -> r.get("Candidate")).containsExactlyInAnyOrderElementsOf(profiles.keySet());
        for (CSVRecord row : candidateRows) {
            JsonNode overall = profiles.get(row.get("Candidate")).get("overall");
            if (overall == null || overall.isNull()) {
                assertThat(row.get("Overall score")).isEmpty();
            } else {
                assertThat(Double.parseDouble(row.get("Overall score"))).as(row.get("Candidate"))
                        .isCloseTo(overall.get("score").asDouble(), within(0.005));
            }
        }
    }
}
