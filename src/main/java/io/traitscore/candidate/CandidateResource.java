package io.traitscore.candidate;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.paging.PageRequest;
import io.traitscore.paging.ResultPage;
import io.traitscore.security.Permission;
import io.traitscore.web.PagedResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Candidates")
public class CandidateResource {

    private final CandidateService candidates;
    private final CandidateSearch search;
    private final StageService stages;

    CandidateResource(CandidateService candidates, CandidateSearch search, StageService stages) {
        this.candidates = candidates;
        this.search = search;
        this.stages = stages;
    }

    @GET
    @Path("/openings/{openingId}/candidates")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "Candidates of an opening with their interview progress, a page at a time: q finds any part of"
            + " the name or email (any case), stage (repeatable) filters, sort is name, newest or stage; page from 0,"
            + " size 1-200 (default 25). The X-Total-Count header holds how many match, Link the next and previous pages.")
    public Response list(@PathParam("openingId") long openingId, @QueryParam("q") String text,
            @QueryParam("stage") List<String> stages, @QueryParam("sort") String sort, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size, PageRequest.DEFAULT_SIZE);
        ResultPage<CandidateView> found = search.search(openingId, CandidateSearch.Query.parse(text, stages, sort), request,
                false);
        return PagedResponses.ok(found, uri);
    }

    @POST
    @Path("/openings/{openingId}/candidates")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Add a candidate to an opening; an email another candidate of the opening already has is a 409"
            + " naming them, unless confirmDuplicate=true")
    public Response create(@PathParam("openingId") long openingId, @Valid @NotNull CandidateRequest request,
            @QueryParam("confirmDuplicate") boolean confirmDuplicate) {
        CandidateView created = candidates.create(openingId, request, confirmDuplicate);
        return Response.created(URI.create("/api/candidates/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/candidates/{id}")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "One candidate")
    public CandidateView get(@PathParam("id") long id) {
        return candidates.get(id);
    }

    @PUT
    @Path("/candidates/{id}")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Change a candidate's name, email or pipeline status")
    public CandidateView update(@PathParam("id") long id, @Valid @NotNull CandidateRequest request) {
        return candidates.update(id, request);
    }

    @POST
    @Path("/candidates/{id}/stage")
    @PermissionsAllowed(Permission.Names.MANAGE_CANDIDATES)
    @Operation(summary = "Move a candidate to another stage (rejected and withdrawn need a reason and a note)")
    public CandidateView move(@PathParam("id") long id, @Valid @NotNull StageRequest request) {
        return stages.move(id, request);
    }

    @GET
    @Path("/candidates/{id}/timeline")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "A candidate's moves through the pipeline, oldest first")
    public List<StageChangeView> timeline(@PathParam("id") long id) {
        return stages.timeline(id);
    }

    /** The pipeline's rules, so a client can offer only the moves that are allowed. */
    public record StageRule(CandidateStatus stage, boolean isFinal, List<CandidateStatus> next, List<StageReason> reasons) {
    }

    @GET
    @Path("/stages")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "The pipeline's stages, the moves allowed from each and the reasons for leaving")
    public List<StageRule> stages() {
        return java.util.Arrays.stream(CandidateStatus.values())
                .map(s -> new StageRule(s, s.isFinal(), List.copyOf(s.next()), StageReason.of(s))).toList();
    }
}
