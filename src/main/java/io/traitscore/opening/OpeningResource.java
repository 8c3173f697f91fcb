package io.traitscore.opening;

import io.quarkus.security.PermissionsAllowed;
import io.traitscore.paging.PageRequest;
import io.traitscore.security.Permission;
import io.traitscore.web.PagedResponses;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Openings")
public class OpeningResource {

    private final OpeningService openings;
    private final OpeningSearch search;

    OpeningResource(OpeningService openings, OpeningSearch search) {
        this.openings = openings;
        this.search = search;
    }

    @GET
    @Path("/openings")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "Openings you can see (hiring managers: their own and those shared with them), newest first,"
            + " a page at a time: q finds any part of the title or team (any case), status and hiringManager (a user id)"
            + " filter; page from 0, size 1-200 (default 25). X-Total-Count holds how many match, Link the next and"
            + " previous pages.")
    public Response list(@QueryParam("q") String text, @QueryParam("status") String status,
            @QueryParam("hiringManager") String hiringManager, @QueryParam("page") String page,
            @QueryParam("size") String size, @Context UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size, PageRequest.DEFAULT_SIZE);
        return PagedResponses.ok(search.search(OpeningSearch.Query.parse(text, status, hiringManager), request, false), uri);
    }

    @GET
    @Path("/openings/{id}")
    @PermissionsAllowed(Permission.Names.VIEW_OPENINGS)
    @Operation(summary = "One opening with its traits, weights, panel and coverage warnings")
    public OpeningView get(@PathParam("id") long id) {
        return openings.get(id);
    }

    @POST
    @Path("/openings")
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    @Operation(summary = "Create an opening: traits with weights (1-3) and must-haves, and the interview panel")
    public Response create(@Valid @NotNull OpeningRequest request) {
        OpeningView created = openings.create(request);
        return Response.created(URI.create("/api/openings/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("/openings/{id}/access/{userId}")
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    @Operation(summary = "Let another hiring manager see this opening and its results")
    public OpeningView grant(@PathParam("id") long id, @PathParam("userId") long userId) {
        return openings.share(id, userId, true);
    }

    @DELETE
    @Path("/openings/{id}/access/{userId}")
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    @Operation(summary = "Withdraw a hiring manager's access to this opening")
    public OpeningView revoke(@PathParam("id") long id, @PathParam("userId") long userId) {
        return openings.share(id, userId, false);
    }

    @PUT
    @Path("/openings/{id}")
    @PermissionsAllowed(Permission.Names.MANAGE_OPENINGS)
    @Operation(summary = "Replace an opening's details, traits and panel")
    public OpeningView update(@PathParam("id") long id, @Valid @NotNull OpeningRequest request) {
        return openings.update(id, request);
    }
}
