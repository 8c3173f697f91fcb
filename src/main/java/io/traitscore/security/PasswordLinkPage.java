package io.traitscore.security;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotFound;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/**
 * Where an invited person, or one whose password an administrator reset, sets their own password. Open
 * to everyone: the link's token is the credential. An unknown, used or expired link says so (410) and
 * tells the person to ask an administrator for a new one.
 */
@Path("/password/{token}")
@Produces(MediaType.TEXT_HTML)
public class PasswordLinkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setPassword(String token, PasswordLinks.Redeemable link, String rule, FormErrors errors);

        static native TemplateInstance linkGone();
    }

    private final PasswordLinks links;

    PasswordLinkPage(PasswordLinks links) {
        this.links = links;
    }

    @GET
    @PermitAll
    public Response form(@PathParam("token") String token) {
        return links.peek(token)
                .map(link -> Response.ok(Templates.setPassword(token, link, PasswordPolicy.RULE, FormErrors.none())))
                .orElseGet(PasswordLinkPage::gone).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response set(@PathParam("token") String token, MultivaluedMap<String, String> fields) {
        Optional<PasswordLinks.Redeemable> link = links.peek(token);
        if (link.isEmpty()) {
            return gone().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
        String password = Optional.ofNullable(fields.getFirst("password")).orElse("");
        String repeated = Optional.ofNullable(fields.getFirst("repeat")).orElse("");
        if (!password.equals(repeated)) {
            return Pages.invalid(Templates.setPassword(token, link.get(), PasswordPolicy.RULE,
                    FormErrors.none().add("repeat", "does not match the password above")));
        }
        try {
            links.redeem(token, password);
            return Pages.seeOther("/login?passwordSet");
        } catch (Invalid e) {
            return Pages.invalid(Templates.setPassword(token, link.get(), PasswordPolicy.RULE, FormErrors.of(e)));
        } catch (NotFound e) {
            return gone().type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
        }
    }

    private static Response.ResponseBuilder gone() {
        return Response.status(Response.Status.GONE).entity(Templates.linkGone());
    }
}
