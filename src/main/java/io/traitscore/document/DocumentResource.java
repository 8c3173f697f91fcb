package io.traitscore.document;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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

    /**
     * The file is the request body itself, not a multipart form: the CSRF filter refuses every form post
     * without the pages' token, and an API client has none. The declared type is not trusted either way.
     */
    @POST
    @Consumes({ MediaType.APPLICATION_OCTET_STREAM, "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", MediaType.TEXT_PLAIN })
    @PermissionsAllowed(Permission.Names.MANAGE_DOCUMENTS)
    @Operation(summary = "Upload a document: the file as the body (any of the accepted types; the kind is read from the"
            + " content), its name in fileName. A PDF, a Word document (DOCX) or UTF-8 text of at most 10 MB; an"
            + " unrecognised or empty file is a 422, a larger one a 413")
    public Response upload(@PathParam("candidateId") long candidateId, @QueryParam("fileName") String fileName, byte[] content) {
        DocumentView stored = documents.upload(candidateId, fileName, content);
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
