package io.traitscore.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The JSON download of one opening; see {@link OpeningDocument} and, for the way back, {@link OpeningImport}. */
@ApplicationScoped
public class OpeningExports {

    public static final String MEDIA_TYPE = "application/json";

    private final OpeningJsonExport export;
    private final ExportAudit audit;
    private final ObjectMapper json;

    OpeningExports(OpeningJsonExport export, ExportAudit audit, ObjectMapper json) {
        this.export = export;
        this.audit = audit;
        // Indented: the file is also read by people, and diffs of two exports stay readable.
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    public Download openingJson(ExportFilter filter) {
        OpeningDocument document = export.export(filter.openingId());
        String file = ExportFileName.of(document.opening().title(), "opening", "json");
        byte[] body;
        try {
            body = json.writeValueAsBytes(document);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the export of opening " + filter.openingId(), e);
        }
        // Audited once the document is written, so a failed export is not on record as one.
        audit.record(file, "opening JSON", "opening " + filter.openingId(), Map.of("opening", filter.openingId()));
        return new Download(file, MEDIA_TYPE, out -> out.write(body));
    }
}
