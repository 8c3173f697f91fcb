package io.traitscore.export;

import io.traitscore.scorecard.ratings.FlatRating;
import io.traitscore.text.PlainText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes exports as RFC 4180 CSV: UTF-8 with a byte order mark (so LibreOffice and Excel detect UTF-8
 * and accented names survive), a header row, CRLF line ends, and quotes around every text field (numbers
 * stay bare), so a spreadsheet's default import keeps a comma, a quote or a line break inside its field. Times are UTC as "2026-11-23 14:05:00", which spreadsheets read as dates.
 * Text cells that start like a formula get a leading apostrophe so a spreadsheet shows them instead of
 * running them (CSV injection); the XLSX export keeps such text exact, as a string cell.
 */
public final class CsvExporter {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    static final char BOM = '\uFEFF';
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.NON_NUMERIC).get();
    /** Rows between flushes: the client receives data while the query is still running. */
    private static final int FLUSH_EVERY = 5_000;

    private CsvExporter() {
    }

    /** Writes the ratings as they stream from the database; returns the number of data rows. */
    public static long writeRatings(OutputStream out, Stream<FlatRating> rows) throws IOException {
        Writer writer = writer(out);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(RatingColumns.HEADERS);
        long count = 0;
        Iterator<FlatRating> it = rows.iterator();
        TimeText interviewAt = new TimeText();
        TimeText submittedAt = new TimeText();
        while (it.hasNext()) {
            List<Object> values = RatingColumns.values(it.next());
            // A scorecard's ratings are consecutive rows with the same two times: format each once.
            values.set(RatingColumns.INTERVIEW_AT, interviewAt.of((Instant) values.get(RatingColumns.INTERVIEW_AT)));
            values.set(RatingColumns.SUBMITTED_AT, submittedAt.of((Instant) values.get(RatingColumns.SUBMITTED_AT)));
            printRow(csv, values);
            if (++count % FLUSH_EVERY == 0) {
                writer.flush();
            }
        }
        csv.flush();
        return count;
    }

    public static long writeTable(OutputStream out, ExportTable table) throws IOException {
        Writer writer = writer(out);
        CSVPrinter csv = new CSVPrinter(writer, FORMAT);
        csv.printRecord(table.headers());
        for (List<Object> row : table.rows()) {
            printRow(csv, row);
        }
        csv.flush();
        return table.rows().size();
    }

    private static Writer writer(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(BOM);
        return writer;
    }

    private static void printRow(CSVPrinter csv, List<Object> values) {
        try {
            for (Object value : values) {
                csv.print(cell(value));
            }
            csv.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A number as a Number (printed bare, in plain notation), anything else as its text (quoted); null empty. */
    static Object cell(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double || value instanceof Float) {
            return new BigDecimal(text(value));
        }
        return value instanceof Number ? value : text(value);
    }

    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Instant instant) {
            return TIME.format(instant);
        }
        return defuseFormula(PlainText.strip(value.toString()));
    }

    /** The text of the last time formatted, kept for the next row. */
    private static final class TimeText {
        private Instant last;
        private String text;

        String of(Instant instant) {
            if (instant == null) {
                return null;
            }
            if (!instant.equals(last)) {
                last = instant;
                text = TIME.format(instant);
            }
            return text;
        }
    }

    /** OWASP's advice for CSV injection: text starting with = + - @ or a tab or CR is shown, not evaluated. */
    static String defuseFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
