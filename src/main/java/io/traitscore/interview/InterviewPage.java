package io.traitscore.interview;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.traitscore.document.DocumentService;
import io.traitscore.document.DocumentView;
import io.traitscore.security.CurrentUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The interview kit: what the interviewer takes into the room, on screen or on paper. */
@Path("/interviews/{id}/kit")
public class InterviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kit(InterviewKit kit, boolean mine, List<DocumentView> documents);
    }

    private final InterviewService interviews;
    private final CurrentUser currentUser;
    private final DocumentService documents;

    InterviewPage(InterviewService interviews, CurrentUser currentUser, DocumentService documents) {
        this.interviews = interviews;
        this.currentUser = currentUser;
        this.documents = documents;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_QUESTION_BANK)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance kit(@PathParam("id") long id) {
        InterviewKit kit = interviews.kit(id);
        // The candidate's CV, for those who may read it (the interviewer, the panel's managers, recruiters).
        return Templates.kit(kit, kit.interview().interviewer().id() == currentUser.id(),
                documents.readable(kit.interview().candidate().id()));
    }
}
