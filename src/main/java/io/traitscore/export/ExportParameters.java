package io.traitscore.export;


import io.traitscore.outcome.Malformed;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filter query parameters every export accepts; read as text so that bad values get a clear 400. */
public class ExportParameters {

    @QueryParam("opening")
    @Parameter(description = "opening id; all openings when left out (required for comparison.pdf and opening.json)")
    public String opening;

    @QueryParam("from")
    @Parameter(description = "first day included, YYYY-MM-DD (UTC)")
    public String from;

    @QueryParam("to")
    @Parameter(description = "last day included, YYYY-MM-DD (UTC)")
    public String to;

    @QueryParam("dateOf")
    @Parameter(description = "'submitted' (default): the scorecard's submission time; 'interview': the interview's date")
    public String dateOf;

    @QueryParam("status")
    @Parameter(description = "candidate statuses, separated by commas (INTERVIEWING,OFFERED) or repeated; all when left out")
    public List<String> status;

    public ExportFilter filter() {
        return ExportFilter.parse(opening, from, to, dateOf, statusText());
    }

    /** The statuses as one comma-separated text, whether they came separated by commas or repeated. */
    public String statusText() {
        return status == null ? null : String.join(",", status);
    }

    /** The filter of an export that is about one opening: the opening must be named. */
    public ExportFilter filterWithOpening() {
        ExportFilter filter = filter();
        if (filter.openingId() == null) {
            throw new Malformed("opening",
                    "this export is about one opening: name it with ?opening=<id>");
        }
        return filter;
    }
}
