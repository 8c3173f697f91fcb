package io.traitscore.export;

import io.traitscore.scorecard.ratings.FlatRating;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the workbook: a Summary sheet in plain words first, then the detailed sheets Candidates, Ratings
 * and Traits. Each has a bold frozen header row, a filter on it and columns wide enough for their content,
 * and prints landscape, one page wide, with the header row repeated on every page. Numbers are numeric cells and times are
 * date cells (UTC), so a spreadsheet sorts and sums them. fastexcel streams: the Ratings sheet is
 * flushed every few thousand rows, and its text goes into the rows (inline strings) rather than a
 * shared-string table that would grow with every note.
 */
public final class XlsxExporter {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String DATE_FORMAT = "yyyy-mm-dd hh:mm";
    private static final int FLUSH_EVERY = 2_000;
    private static final double MAX_WIDTH = 60;
    /** Widths for the streamed Ratings sheet, which cannot be measured before its rows are written. */
    private static final double[] RATING_WIDTHS = { 11, 28, 13, 26, 16, 22, 20, 28, 30, 7, 12, 60, 16, 19, 19, 16 };

    private XlsxExporter() {
    }

    /** Returns the number of rating rows written. */
    public static long write(OutputStream out, ExportTable summary, ExportTable candidates, Stream<FlatRating> ratings,
            ExportTable traits) throws IOException {
        Workbook workbook = new Workbook(out, "traitscore", "1.0");
        writeTable(workbook.newWorksheet("Summary"), summary);
        writeTable(workbook.newWorksheet("Candidates"), candidates);
        long count = writeRatings(workbook.newWorksheet("Ratings"), ratings);
        writeTable(workbook.newWorksheet("Traits"), traits);
        workbook.finish();
        return count;
    }

    private static void writeTable(Worksheet sheet, ExportTable table) throws IOException {
        for (int c = 0; c < table.headers().size(); c++) {
            sheet.width(c, widthOf(table, c));
        }
        header(sheet, table.headers());
        int r = 1;
        for (List<Object> row : table.rows()) {
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r, c, row.get(c), false);
            }
            r++;
        }
        sheet.finish();
    }

    private static long writeRatings(Worksheet sheet, Stream<FlatRating> rows) throws IOException {
        for (int c = 0; c < RATING_WIDTHS.length; c++) {
            sheet.width(c, RATING_WIDTHS[c]);
        }
        header(sheet, RatingColumns.HEADERS);
        int r = 1;
        Iterator<FlatRating> it = rows.iterator();
        while (it.hasNext()) {
            List<Object> values = RatingColumns.values(it.next());
            for (int c = 0; c < values.size(); c++) {
                cell(sheet, r, c, values.get(c), true);
            }
            if (r++ % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        sheet.finish();
        return r - 1L;
    }

    private static void header(Worksheet sheet, List<String> headers) {
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("E4E8F0").set();
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, headers.size() - 1);
        printSetup(sheet);
    }

    /** Landscape, every column on one page width (as many pages down as needed), the header row on each page. */
    private static void printSetup(Worksheet sheet) {
        sheet.pageOrientation("landscape");
        sheet.setFitToPage(true);
        sheet.fitToWidth((short) 1);
        sheet.fitToHeight((short) 0);
        sheet.repeatRows(0);
    }

    private static void cell(Worksheet sheet, int r, int c, Object value, boolean inline) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            sheet.value(r, c, n);
        } else if (value instanceof Instant instant) {
            sheet.value(r, c, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
            sheet.style(r, c).format(DATE_FORMAT).set();
        } else if (inline) {
            sheet.inlineString(r, c, value.toString());
        } else {
            sheet.value(r, c, value.toString());
        }
    }

    /** The longest text in the column (header included), in characters, within sensible bounds. */
    private static double widthOf(ExportTable table, int column) {
        int longest = table.headers().get(column).length();
        for (List<Object> row : table.rows()) {
            Object value = row.get(column);
            int length = value == null ? 0 : value instanceof Instant ? 16 : value.toString().length();
            longest = Math.max(longest, length);
        }
        return Math.min(MAX_WIDTH, Math.max(6, longest + 2));
    }
}
