package io.traitscore.candidate.bulk;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.opening.OpeningService;
import io.traitscore.opening.OpeningView;
import io.traitscore.outcome.Invalid;
import io.traitscore.security.Permission;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Bulk import of candidates in the browser: upload (or paste) a CSV, read the preview with a message per
 * bad row, then confirm; nothing is stored before the confirmation. The preview page carries the file's
 * text back in a hidden field, so the confirmation imports exactly what was previewed.
 */
@Path("/openings/{id: \\d+}/import")
@Produces(MediaType.TEXT_HTML)
public class CandidateImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance upload(OpeningView opening, String csv, CandidateImport.Preview preview, FormErrors errors);
    }

    private final CandidateImport imports;
    private final OpeningService openings;

    CandidateImportPage(CandidateImport imports, OpeningService openings) {
        this.imports = imports;
        this.openings = openings;
    }

    @GET
    @PermissionsAllowed(Permission.Names.IMPORT_CANDIDATES)
    public TemplateInstance form(@PathParam("id") long id) {
        OpeningView opening = openings.get(id);
        openings.requireManageCandidates(OpeningService.require(id));
        return Templates.upload(opening, "", null, FormErrors.none());
    }

    @POST
    @PermissionsAllowed(Permission.Names.IMPORT_CANDIDATES)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response post(@PathParam("id") long id, @RestForm("file") FileUpload file, @RestForm String csv,
            @RestForm String confirm) {
        OpeningView opening = openings.get(id);
        if (file != null && file.size() > CandidateImport.MAX_CHARS) {
            return Pages.invalid(Templates.upload(opening, "", null,
                    FormErrors.none().general("The file is larger than 1 MB; split it into smaller files.")));
        }
        String text = file != null && file.size() > 0 ? read(file) : csv == null ? "" : csv;
        if (confirm != null) {
            try {
                CandidateImport.Imported done = imports.importRows(id, text, true);
                return Pages.seeOther("/openings/" + id + "?imported=" + done.created() + "#candidates");
            } catch (Invalid e) {
                return Pages.invalid(Templates.upload(opening, text, imports.preview(id, text), FormErrors.of(e)));
            }
        }
        CandidateImport.Preview preview = imports.preview(id, text);
        FormErrors errors = FormErrors.none();
        preview.fileProblems().forEach(errors::general);
        return errors.isEmpty() ? Response.ok(Templates.upload(opening, text, preview, errors)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build()
                : Pages.invalid(Templates.upload(opening, text, preview, errors));
    }

    /** The file as UTF-8; bytes that are not UTF-8 read as the replacement character, which the preview shows. */
    private static String read(FileUpload file) {
        try {
            return new String(Files.readAllBytes(file.uploadedFile()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
