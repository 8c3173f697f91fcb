package io.traitscore.security;

import io.quarkus.security.PermissionsAllowed;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The administrator's list of user accounts (changes still go through the user API). */
@Path("/users")
public class UsersPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance users(List<UserView> users);
    }

    private final UserService users;

    UsersPage(UserService users) {
        this.users = users;
    }

    @GET
    @PermissionsAllowed(Permission.Names.MANAGE_USERS)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance users() {
        return Templates.users(users.list(null));
    }
}
