package io.traitscore.catalog;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.security.Permission;
import io.traitscore.security.CurrentUser;

import io.traitscore.outcome.NotFound;
import io.traitscore.outcome.Malformed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The trait catalogue and question bank. Everyone who logs in may read it. */
@Path("/api")
@Tag(name = "Question bank")
public class CatalogResource {

    private final CatalogService catalog;
    private final CurrentUser currentUser;

    CatalogResource(CatalogService catalog, CurrentUser currentUser) {
        this.catalog = catalog;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/traits")
    @PermissionsAllowed(Permission.Names.READ_QUESTION_BANK)
    @Operation(summary = "The 15 traits in article order, each with its rubric, questions and indicators")
    public List<TraitView> traits() {
        return catalog.allTraits();
    }

    @GET
    @Path("/traits/{key}")
    @PermissionsAllowed(Permission.Names.READ_QUESTION_BANK)
    @Operation(summary = "One trait with its rubric, questions and indicators")
    public TraitView trait(@PathParam("key") String key) {
        return catalog.trait(key);
    }

    @GET
    @Path("/questions")
    @PermissionsAllowed(Permission.Names.READ_QUESTION_BANK)
    @Operation(summary = "Questions, filtered by trait key, kind (BEHAVIORAL, SITUATIONAL) and a word")
    public List<QuestionView> questions(@QueryParam("trait") String trait, @QueryParam("kind") String kind,
            @QueryParam("q") String word) {
        if (word != null && word.length() > 200) {
            throw new Malformed("q", "must be at most 200 characters");
        }
        return catalog.questions(trait, parseKind(kind), word);
    }

    @POST
    @Path("/traits/{key}/questions")
    @PermissionsAllowed(Permission.Names.EDIT_QUESTION_BANK)
    @Operation(summary = "Add a custom question to a trait (kept in the database, never overwritten by a bank reload)")
    public Response addQuestion(@PathParam("key") String key, @Valid @NotNull NewQuestionRequest request) {
        QuestionView created = catalog.addCustomQuestion(key, request, currentUser.get());
        return Response.created(URI.create("/api/questions?trait=" + key)).entity(created).build();
    }

    @GET
    @Path("/question-bank")
    @PermissionsAllowed(Permission.Names.READ_QUESTION_BANK)
    @Operation(summary = "The version (content hash) of the loaded question bank")
    public BankVersionView bankVersion() {
        return catalog.bankVersion()
                .map(v -> new BankVersionView(v.contentHash, v.loadedAt, v.traitCount, v.questionCount))
                .orElseThrow(() -> new NotFound("Question bank", "version"));
    }

    public record BankVersionView(String version, Instant loadedAt, int traitCount, int questionCount) {
    }

    private static QuestionKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return QuestionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Malformed("kind", "must be BEHAVIORAL or SITUATIONAL");
        }
    }
}
