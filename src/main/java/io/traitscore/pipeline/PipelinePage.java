package io.traitscore.pipeline;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.StageReason;
import io.traitscore.candidate.StageRequest;
import io.traitscore.candidate.StageService;
import io.traitscore.outcome.Conflict;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A candidate's place in the pipeline: the stage, the moves allowed from it (with the reasons rejected and
 * withdrawn need), the timeline of every move, and the decision record.
 */
@Path("/candidates/{id: \\d+}/pipeline")
@Produces(MediaType.TEXT_HTML)
public class PipelinePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pipeline(PipelineSheet sheet, StageForm form, FormErrors errors, String flash);
    }

    /** What was typed into the move form, to show it again next to the messages. */
    public record StageForm(String stage, String reason, String note, boolean overrideDebrief) {
        static final StageForm EMPTY = new StageForm("", "", "", false);

        public boolean isStage(CandidateStatus s) {
            return s.name().equals(stage);
        }

        public boolean isReason(StageReason r) {
            return r.name().equals(reason);
        }
    }

    private final PipelineSheets sheets;
    private final StageService stages;

    PipelinePage(PipelineSheets sheets, StageService stages) {
        this.sheets = sheets;
        this.stages = stages;
    }

    @GET
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    public TemplateInstance pipeline(@PathParam("id") long id, @Context UriInfo uri) {
        // "?moved" carries no value: ask whether the parameter is there at all.
        var query = uri.getQueryParameters();
        String flash = query.containsKey("moved") ? "The candidate was moved."
                : query.containsKey("decided") ? "The decision was recorded." : "";
        return Templates.pipeline(sheets.of(id), StageForm.EMPTY, FormErrors.none(), flash);
    }

    @POST
    @Path("/stage")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("id") long id, @RestForm String stage, @RestForm String reason,
            @RestForm String note, @RestForm String overrideDebrief) {
        StageForm form = new StageForm(orEmpty(stage), orEmpty(reason), orEmpty(note), overrideDebrief != null);
        FormErrors errors = FormErrors.none();
        CandidateStatus target = parse(CandidateStatus.class, form.stage());
        StageReason why = parse(StageReason.class, form.reason());
        if (target == null) {
            errors.add("stage", "choose the stage to move to");
        }
        if (!form.reason().isEmpty() && why == null) {
            errors.add("reason", "choose one of the listed reasons");
        }
        if (form.note().length() > io.traitscore.candidate.StageChange.NOTE_LIMIT) {
            errors.add("note", "must be at most " + io.traitscore.candidate.StageChange.NOTE_LIMIT + " characters");
        }
        if (errors.isEmpty()) {
            try {
                stages.move(id, new StageRequest(target, why, form.note(), form.overrideDebrief()));
                return Pages.seeOther("/candidates/" + id + "/pipeline?moved#stage");
            } catch (Invalid e) {
                errors = FormErrors.of(e);
            } catch (Conflict e) {
                return Pages.conflict(Templates.pipeline(sheets.of(id), form, FormErrors.of(e), ""));
            }
        }
        return Pages.invalid(Templates.pipeline(sheets.of(id), form, errors, ""));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value.isEmpty() ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
