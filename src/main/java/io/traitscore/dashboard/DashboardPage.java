package io.traitscore.dashboard;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.traitscore.security.CurrentUser;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The start page after login: what each role has to do next. */
@Path("/")
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(String name, Dashboard dashboard);
    }

    private final DashboardService dashboards;
    private final CurrentUser currentUser;

    DashboardPage(DashboardService dashboards, CurrentUser currentUser) {
        this.dashboards = dashboards;
        this.currentUser = currentUser;
    }

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        return Templates.dashboard(currentUser.get().displayName, dashboards.forCurrentUser());
    }
}
