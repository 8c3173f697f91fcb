package io.traitscore.document;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

@Path("/api/candidates/{candidateId}/documents")
@Tag(name = "Candidates")
public class DocumentResource {

    private final DocumentService documents;

    DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_DOCUMENTS)
    @Operation(summary = "A candidate's documents (CV), newest first, without their content")
    public List<DocumentView> list(@PathParam("candidateId") long candidateId) {
        return documents.list(candidateId);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Permission.Names.MANAGE_DOCUMENTS)
    @Operation(summary = "Upload a document (multipart field 'file'): a PDF, a Word document (DOCX) or UTF-8 text of at"
            + " most 10 MB, recognised from its content. An unrecognised or empty file is a 422, a larger one a 413")
    public Response upload(@PathParam("candidateId") long candidateId, @RestForm(DocumentService.FILE_FIELD) FileUpload file) {
        if (file == null) {
            throw new Invalid("The document was not stored", new FieldError(DocumentService.FILE_FIELD,
                    "send the file as the multipart field 'file'"));
        }
        DocumentView stored = documents.upload(candidateId, file.fileName(), file.uploadedFile());
        return Response.created(URI.create("/api/candidates/" + candidateId + "/documents/" + stored.id())).entity(stored).build();
    }

    @GET
    @Path("/{documentId}")
    @PermissionsAllowed(Permission.Names.READ_DOCUMENTS)
    @Operation(summary = "Download a document, as an attachment with its detected type")
    public Response download(@PathParam("candidateId") long candidateId, @PathParam("documentId") long documentId) {
        return attachment(documents.download(candidateId, documentId));
    }

    @DELETE
    @Path("/{documentId}")
    @PermissionsAllowed(Permission.Names.MANAGE_DOCUMENTS)
    @Operation(summary = "Delete a document")
    public Response delete(@PathParam("candidateId") long candidateId, @PathParam("documentId") long documentId) {
        documents.delete(candidateId, documentId);
        return Response.noContent().build();
    }

    /**
     * Always an attachment, never shown inline: a document is the candidate's file, not a page of ours. The
     * plain filename keeps ASCII only; filename* (RFC 6266) carries the real one.
     */
    static Response attachment(DocumentService.Download download) {
        String ascii = download.fileName().replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_");
        String encoded = URLEncoder.encode(download.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(download.content()).type(download.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store").build();
    }
}
