package io.traitscore.settings;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.traitscore.outcome.Invalid;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import io.traitscore.web.WebTime;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;

/** A person's own settings: the time zone in which pages show and read times. */
@Path("/settings")
@Produces(MediaType.TEXT_HTML)
public class SettingsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(String selected, FormErrors errors, String flash);
    }

    private final SettingsService settings;

    SettingsPage(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Authenticated
    public TemplateInstance page(@Context UriInfo uri) {
        String flash = uri.getQueryParameters().containsKey("saved") ? "Your time zone was saved." : "";
        return Templates.settings(WebTime.zone().getId(), FormErrors.none(), flash);
    }

    /** From this page or from the dashboard's first-login question; {@code back} says where to return. */
    @POST
    @Path("/time-zone")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response chooseTimeZone(@RestForm String timeZone, @RestForm String back) {
        try {
            settings.chooseTimeZone(timeZone);
            return Pages.seeOther("dashboard".equals(back) ? "/" : "/settings?saved");
        } catch (Invalid e) {
            return Pages.invalid(Templates.settings(timeZone == null ? "" : timeZone, FormErrors.of(e), ""));
        }
    }
}
