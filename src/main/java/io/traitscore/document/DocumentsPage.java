package io.traitscore.document;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.TooLarge;
import io.traitscore.security.Permission;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A candidate's documents in the browser: the list with downloads, and for those who manage them, upload and delete. */
@Path("/candidates/{id: \\d+}/documents")
@Produces(MediaType.TEXT_HTML)
public class DocumentsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance documents(DocumentSheet sheet, FormErrors errors, String flash);
    }

    private final DocumentService documents;

    DocumentsPage(DocumentService documents) {
        this.documents = documents;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_DOCUMENTS)
    public TemplateInstance page(@PathParam("id") long id, @Context UriInfo uri) {
        var query = uri.getQueryParameters();
        String flash = query.containsKey("uploaded") ? "The document was stored."
                : query.containsKey("deleted") ? "The document was deleted." : "";
        return Templates.documents(documents.sheet(id), FormErrors.none(), flash);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @PermissionsAllowed(Permission.Names.MANAGE_DOCUMENTS)
    public Response upload(@PathParam("id") long id, @RestForm(DocumentService.FILE_FIELD) FileUpload file) {
        try {
            documents.upload(id, file == null ? null : file.fileName(), file == null ? null : file.uploadedFile());
            return Pages.seeOther("/candidates/" + id + "/documents?uploaded#documents");
        } catch (TooLarge e) {
            return Response.status(413).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(Templates.documents(documents.sheet(id), FormErrors.of(e), "")).build();
        } catch (Invalid e) {
            return Pages.invalid(Templates.documents(documents.sheet(id), FormErrors.of(e), ""));
        }
    }

    @POST
    @Path("/{documentId: \\d+}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PermissionsAllowed(Permission.Names.MANAGE_DOCUMENTS)
    public Response delete(@PathParam("id") long id, @PathParam("documentId") long documentId) {
        documents.delete(id, documentId);
        return Pages.seeOther("/candidates/" + id + "/documents?deleted#documents");
    }
}
