package io.traitscore.export;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.outcome.Malformed;
import io.traitscore.security.Permission;
import io.traitscore.web.IdParameters;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Reports and exports for HR and administrators, as file downloads. Every export is audited. The file
 * name in the address says the format; an address naming no known export is a 400 listing them.
 */
@Path("/api/exports")
@Tag(name = "Exports")
public class ExportResource {

    static final String KNOWN = "ratings.csv, candidates.csv, report.xlsx, comparison.pdf, opening.json"
            + " or candidates/{id}/profile.pdf";

    private final TabularExports tabular;
    private final PdfReports reports;
    private final OpeningExports openings;

    ExportResource(TabularExports tabular, PdfReports reports, OpeningExports openings) {
        this.tabular = tabular;
        this.reports = reports;
        this.openings = openings;
    }

    @GET
    @Path("/ratings.csv")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "One row per submitted rating (UTF-8 CSV with BOM), streamed")
    public Response ratingsCsv(@BeanParam ExportParameters parameters) {
        return send(tabular.ratingsCsv(parameters.filter()));
    }

    @GET
    @Path("/candidates.csv")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "One row per candidate: overall score and interval, per-trait consensus, coverage, flags, "
            + "recommendations (UTF-8 CSV with BOM)")
    public Response candidatesCsv(@BeanParam ExportParameters parameters) {
        return send(tabular.candidatesCsv(parameters.filter()));
    }

    @GET
    @Path("/report.xlsx")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "Workbook with the sheets Candidates, Ratings and Traits, streamed")
    public Response workbook(@BeanParam ExportParameters parameters) {
        return send(tabular.workbook(parameters.filter()));
    }

    @GET
    @Path("/comparison.pdf")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "Comparison report of one opening (?opening= required): ranking and trait heat map, PDF")
    public Response comparisonPdf(@BeanParam ExportParameters parameters) {
        return send(reports.comparison(parameters.filterWithOpening(), true));
    }

    @GET
    @Path("/comparison.html")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "The comparison report's HTML, as printed into the PDF")
    public Response comparisonHtml(@BeanParam ExportParameters parameters) {
        return send(reports.comparison(parameters.filterWithOpening(), false));
    }

    @GET
    @Path("/candidates/{id}/profile.pdf")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "A candidate's profile report: radar chart, per-trait table, flags and evidence, PDF")
    public Response profilePdf(@PathParam("id") String id) {
        return send(reports.profile(IdParameters.parse("id", id), true));
    }

    @GET
    @Path("/candidates/{id}/profile.html")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "The profile report's HTML, as printed into the PDF")
    public Response profileHtml(@PathParam("id") String id) {
        return send(reports.profile(IdParameters.parse("id", id), false));
    }

    @GET
    @Path("/opening.json")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "Everything about one opening (?opening= required): traits and weights, panel, candidates, "
            + "interviews, submitted scorecards, profiles; POST it to /api/imports/openings to recreate the opening")
    public Response openingJson(@BeanParam ExportParameters parameters) {
        return send(openings.openingJson(parameters.filterWithOpening()));
    }

    /** The file as a download; reports carry candidates' personal data, so no shared or browser cache keeps a copy. */
    static Response send(Download download) {
        StreamingOutput body = out -> download.body().writeTo(out);
        return Response.ok(body, download.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, ExportFileName.contentDisposition(download.fileName()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @GET
    @Path("/{file}")
    @PermissionsAllowed(Permission.Names.EXPORT)
    @Operation(summary = "Any other name: answered with 400 and the list of exports")
    public Response unknown(@PathParam("file") String file) {
        throw new Malformed("format", "unknown export '" + file + "': choose " + KNOWN);
    }
}
