package io.traitscore.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;

/**
 * The administrator's user accounts: the list, inviting a new person, and one account's page to change
 * the name, email or role, issue a password link, and deactivate or reactivate it. A link is shown once,
 * in the answer to the post that issued it (only its hash is stored).
 */
@Path("/users")
@Produces(MediaType.TEXT_HTML)
public class UsersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users);

        static native TemplateInstance newUser(UserForm form, List<Role> roles, FormErrors errors);

        static native TemplateInstance user(UserView user, UserForm form, List<Role> roles, FormErrors errors,
                PasswordLinkView link, String flash, boolean self, boolean invitedNeverSet);
    }

    /** The fields of the new-user and edit forms, as typed. */
    public record UserForm(String username, String displayName, String email, String role) {

        static UserForm of(UserView user) {
            return new UserForm(user.username(), user.displayName(), user.email() == null ? "" : user.email(), user.role().name());
        }

        static UserForm parse(MultivaluedMap<String, String> fields) {
            return new UserForm(text(fields, "username"), text(fields, "displayName"), text(fields, "email"), text(fields, "role"));
        }

        Role parsedRole() {
            try {
                return role.isBlank() ? null : Role.valueOf(role.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static String text(MultivaluedMap<String, String> fields, String name) {
            String value = fields.getFirst(name);
            return value == null ? "" : value.strip();
        }
    }

    private final UserService users;
    private final PasswordLinks links;
    private final CurrentUser currentUser;
    private final Validator validator;

    UsersPage(UserService users, PasswordLinks links, CurrentUser currentUser, Validator validator) {
        this.users = users;
        this.links = links;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    @GET
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    public TemplateInstance users() {
        return Templates.users(users.list(null));
    }

    @GET
    @Path("/new")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    public TemplateInstance newUser() {
        return Templates.newUser(new UserForm("", "", "", Role.INTERVIEWER.name()), List.of(Role.values()), FormErrors.none());
    }

    @POST
    @Path("/new")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(MultivaluedMap<String, String> fields, @Context UriInfo uri) {
        UserForm form = UserForm.parse(fields);
        var request = new UserRequests.NewInvitation(form.username(), form.displayName(), form.email(), form.parsedRole());
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return Pages.invalid(Templates.newUser(form, List.of(Role.values()), FormErrors.of(violations)));
        }
        try {
            UserService.Invited invited = users.invite(request);
            return Response.status(Response.Status.CREATED).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page(invited.user(), FormErrors.none(), PasswordLinkView.of(invited.invitation(), uri.getBaseUri()),
                            "The account was created. Copy the invitation link below and send it to " + invited.user().displayName() + "."))
                    .build();
        } catch (Invalid | Conflict e) {
            return Pages.conflict(Templates.newUser(form, List.of(Role.values()), FormErrors.of(e)));
        }
    }

    @GET
    @Path("/{id: \\d+}")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    public TemplateInstance user(@PathParam("id") long id, @Context UriInfo uri) {
        var query = uri.getQueryParameters();
        String flash = query.containsKey("saved") ? "The changes were saved."
                : query.containsKey("deactivated") ? "The account was deactivated: this person can no longer log in."
                : query.containsKey("reactivated") ? "The account was reactivated." : "";
        return page(users.get(id), FormErrors.none(), null, flash);
    }

    @POST
    @Path("/{id: \\d+}")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        UserView user = users.get(id);
        UserForm form = UserForm.parse(fields);
        var request = new UserRequests.UserUpdate(form.displayName(), form.email(), form.parsedRole(), user.active());
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            return Pages.invalid(page(user, form, FormErrors.of(violations), null, ""));
        }
        try {
            users.update(id, request);
            return Pages.seeOther("/users/" + id + "?saved");
        } catch (Invalid | Conflict e) {
            return Pages.conflict(page(user, form, FormErrors.of(e), null, ""));
        }
    }

    @POST
    @Path("/{id: \\d+}/password-link")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response passwordLink(@PathParam("id") long id, @Context UriInfo uri) {
        try {
            PasswordLinks.Issued issued = users.issuePasswordLink(id);
            return Response.ok(page(users.get(id), FormErrors.none(), PasswordLinkView.of(issued, uri.getBaseUri()),
                    "A new link was issued. The old password no longer works and earlier links are void."))
                    .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        } catch (Conflict e) {
            return Pages.conflict(page(users.get(id), FormErrors.of(e), null, ""));
        }
    }

    @POST
    @Path("/{id: \\d+}/deactivate")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") long id) {
        return setActive(id, false, "deactivated");
    }

    @POST
    @Path("/{id: \\d+}/reactivate")
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("id") long id) {
        return setActive(id, true, "reactivated");
    }

    private Response setActive(long id, boolean active, String done) {
        try {
            users.setActive(id, active);
            return Pages.seeOther("/users/" + id + "?" + done);
        } catch (Conflict e) {
            return Pages.conflict(page(users.get(id), FormErrors.of(e), null, ""));
        }
    }

    private TemplateInstance page(UserView user, FormErrors errors, PasswordLinkView link, String flash) {
        return page(user, UserForm.of(user), errors, link, flash);
    }

    private TemplateInstance page(UserView user, UserForm form, FormErrors errors, PasswordLinkView link, String flash) {
        return Templates.user(user, form, List.of(Role.values()), errors, link, flash, user.id() == currentUser.id(),
                links.isInvitedAndNeverSetPassword(user.id()));
    }
}
