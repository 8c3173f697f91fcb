package io.traitscore.security;

import io.quarkus.security.Authenticated;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.outcome.Malformed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Users")
public class UserResource {

    private final UserService users;
    private final CurrentUser currentUser;
    private final Access access;

    UserResource(UserService users, CurrentUser currentUser, Access access) {
        this.users = users;
        this.currentUser = currentUser;
        this.access = access;
    }

    @GET
    @Path("/me")
    @Authenticated
    @Operation(summary = "The logged-in user")
    public UserView me() {
        return UserView.of(currentUser.get());
    }

    @GET
    @Path("/users")
    @PermissionsAllowed({ Permission.Names.MANAGE_USERS, Permission.Names.PICK_PEOPLE })
    @Operation(summary = "Users, optionally of one role. Administrators see every account; hiring managers and"
            + " recruiters only the active people who can interview, to pick a panel")
    public List<UserView> list(@QueryParam("role") String role) {
        Role only = parseRole(role);
        if (access.may(Permission.MANAGE_USERS)) {
            return users.list(only);
        }
        return users.activeWhere(r -> r.canInterview() && (only == null || r == only));
    }

    @GET
    @Path("/users/{id}")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    public UserView get(@PathParam("id") long id) {
        return users.get(id);
    }

    @POST
    @Path("/users")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Operation(summary = "Create a user with a role and an initial password")
    public Response create(@Valid @NotNull UserRequests.NewUser request) {
        UserView created = users.create(request);
        return Response.created(URI.create("/api/users/" + created.id())).entity(created).build();
    }

    public record InvitationView(UserView user, PasswordLinkView link) {
    }

    @POST
    @Path("/users/invitations")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Operation(summary = "Create a user without a password and get the invitation link (valid 72 hours, once) with"
            + " which the person sets their own; the link is shown only in this answer")
    public Response invite(@Valid @NotNull UserRequests.NewInvitation request, @Context UriInfo uri) {
        UserService.Invited invited = users.invite(request);
        return Response.created(URI.create("/api/users/" + invited.user().id()))
                .entity(new InvitationView(invited.user(), PasswordLinkView.of(invited.invitation(), uri.getBaseUri()))).build();
    }

    @POST
    @Path("/users/{id}/password-link")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Operation(summary = "Issue a password reset link (an invitation again if the person never set a password):"
            + " the current password stops working at once and earlier links are void")
    public Response passwordLink(@PathParam("id") long id, @Context UriInfo uri) {
        PasswordLinks.Issued issued = users.issuePasswordLink(id);
        return Response.status(Response.Status.CREATED).entity(PasswordLinkView.of(issued, uri.getBaseUri())).build();
    }

    @PUT
    @Path("/users/{id}")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Operation(summary = "Change a user's name, email, role or active flag")
    public UserView update(@PathParam("id") long id, @Valid @NotNull UserRequests.UserUpdate request) {
        return users.update(id, request);
    }

    @PUT
    @Path("/users/{id}/password")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Operation(summary = "Set a new password for a user")
    public Response resetPassword(@PathParam("id") long id, @Valid @NotNull UserRequests.PasswordReset request) {
        users.resetPassword(id, request);
        return Response.noContent().build();
    }

    private static Role parseRole(String role) {
        if (role == null || role.isBlank()) {
            return null;
        }
        try {
            return Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Malformed("role", "must be one of " + Role.names(r -> true, ", "));
        }
    }
}
