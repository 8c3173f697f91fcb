package io.traitscore.mail;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.traitscore.security.CurrentUser;
import io.traitscore.web.Pages;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Each user's choice about optional messages (the "ready for debrief" notice), and the unsubscribe link those
 * messages carry, which works without logging in: it shows a button first, so a mail scanner that opens links
 * does not unsubscribe anybody. Messages about one's own interviews and owed scorecards cannot be turned off.
 */
@Path("/mail")
@Produces(MediaType.TEXT_HTML)
public class MailPreferencePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance preferences(boolean optionalOff, boolean saved);

        static native TemplateInstance unsubscribe(String token, boolean valid, boolean done);
    }

    private final CurrentUser currentUser;
    private final UnsubscribeLinks links;

    MailPreferencePage(CurrentUser currentUser, UnsubscribeLinks links) {
        this.currentUser = currentUser;
        this.links = links;
    }

    @GET
    @Path("/preferences")
    @Authenticated
    @Transactional
    public TemplateInstance preferences(UriInfo uri) {
        return Templates.preferences(MailPreference.optionalOff(currentUser.id()), uri.getQueryParameters().containsKey("saved"));
    }

    @POST
    @Path("/preferences")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String optional) {
        set(currentUser.id(), !"on".equals(optional));
        return Pages.seeOther("/mail/preferences?saved");
    }

    @GET
    @Path("/unsubscribe/{token}")
    @PermitAll
    public TemplateInstance unsubscribeForm(@PathParam("token") String token) {
        return Templates.unsubscribe(token, links.userOf(token).isPresent(), false);
    }

    @POST
    @Path("/unsubscribe/{token}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unsubscribe(@PathParam("token") String token) {
        var user = links.userOf(token);
        if (user.isEmpty()) {
            return Response.status(404).entity(Templates.unsubscribe(token, false, false)).build();
        }
        set(user.get(), true);
        return Response.ok(Templates.unsubscribe(token, true, true)).build();
    }

    @Transactional
    void set(long userId, boolean optionalOff) {
        MailPreference preference = MailPreference.findById(userId);
        if (preference == null) {
            preference = new MailPreference();
            preference.userId = userId;
            preference.optionalOff = optionalOff;
            preference.persist();
        } else {
            preference.optionalOff = optionalOff;
        }
    }
}
