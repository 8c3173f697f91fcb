package io.traitscore.export;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.traitscore.decision.DecisionService;
import io.traitscore.profile.CandidateComparison;
import io.traitscore.scorecard.ratings.FlatRating;
import io.traitscore.scorecard.ratings.RatingStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CSV and XLSX downloads. Filters are checked and the export audited before the response starts;
 * the ratings are then read inside the response body, in their own read-only transaction, and written
 * as they arrive. Candidate figures come from the profile service's comparisons (bounded by the number
 * of candidates, not of ratings).
 */
@ApplicationScoped
public class TabularExports {

    /** Seconds a streaming export may take: a slow client on a large export must not be cut off at 60 s. */
    static final int STREAM_TIMEOUT_SECONDS = 3_600;

    private final ExportAudit audit;
    private final RatingStream ratings;
    private final CandidateSummaries candidates;
    private final DecisionService decisions;

    TabularExports(ExportAudit audit, RatingStream ratings, CandidateSummaries candidates, DecisionService decisions) {
        this.audit = audit;
        this.ratings = ratings;
        this.candidates = candidates;
        this.decisions = decisions;
    }

    public Download ratingsCsv(ExportFilter filter) {
        String file = ExportFileName.of(audit.subjectOf(filter), "ratings", "csv");
        return streamed(file, CsvExporter.MEDIA_TYPE, "ratings CSV", filter, out -> {
            try (Stream<FlatRating> rows = ratings.stream(filter.ratings())) {
                CsvExporter.writeRatings(out, rows);
            }
        });
    }

    public Download candidatesCsv(ExportFilter filter) {
        String file = ExportFileName.of(audit.subjectOf(filter), "candidates", "csv");
        List<CandidateComparison> comparisons = candidates.comparisons(filter);
        ExportTable table = DecisionColumns.append(CandidateTable.of(comparisons), comparisons, decisions::currentOfOpening);
        audit.record(file, "candidates CSV", filter);
        return new Download(file, CsvExporter.MEDIA_TYPE, out -> CsvExporter.writeTable(out, table));
    }

    public Download workbook(ExportFilter filter) {
        String file = ExportFileName.of(audit.subjectOf(filter), "report", "xlsx");
        List<CandidateComparison> comparisons = candidates.comparisons(filter);
        ExportTable candidateTable = DecisionColumns.append(CandidateTable.of(comparisons), comparisons,
                decisions::currentOfOpening);
        ExportTable traitTable = TraitTable.of(comparisons);
        ExportTable summary = SummaryTable.of(comparisons, decisions::currentOfOpening);
        return streamed(file, XlsxExporter.MEDIA_TYPE, "XLSX workbook", filter, out -> {
            try (Stream<FlatRating> rows = ratings.stream(filter.ratings())) {
                XlsxExporter.write(out, summary, candidateTable, rows, traitTable);
            }
        });
    }

    /**
     * A file written as its rows are read, in the body's own read transaction: audited before the first
     * byte, and marked in the audit trail if the stream breaks off.
     */
    private Download streamed(String file, String mediaType, String format, ExportFilter filter, StreamingOutput body) {
        audit.record(file, format, filter);
        return new Download(file, mediaType, out -> {
            try {
                inReadTransaction(() -> body.write(out));
            } catch (RuntimeException | Error e) {
                audit.recordFailure(file, format, e);
                throw e;
            }
        });
    }

    interface IoWork {
        void run() throws IOException;
    }

    static void inReadTransaction(IoWork work) {
        QuarkusTransaction.requiringNew().timeout(STREAM_TIMEOUT_SECONDS).run(() -> {
            try {
                work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
