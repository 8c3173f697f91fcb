package io.traitscore.decision;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateService;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.Invalid;
import io.traitscore.profile.CandidateProfile;
import io.traitscore.profile.ProfileService;
import io.traitscore.security.Permission;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The hiring manager's decision form: the evidence at a glance, hire / no hire / hold, the traits the rationale
 * cites, and, when the decision goes against the evidence, the conflicts named and a justification asked for.
 */
@Path("/candidates/{id: \\d+}/decision")
@Produces(MediaType.TEXT_HTML)
public class DecisionPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance decision(CandidateProfile profile, String stage, boolean decidable,
                DecisionView current, DecisionForm form, FormErrors errors, List<String> conflicts);
    }

    /** What was typed, to show again next to the messages. */
    public record DecisionForm(String decision, List<String> citedTraits, String rationale, String justification) {
        static final DecisionForm EMPTY = new DecisionForm("", List.of(), "", "");

        public boolean isDecision(String value) {
            return value.equals(decision);
        }

        public boolean cites(String traitKey) {
            return citedTraits.contains(traitKey);
        }
    }

    private final DecisionService decisions;
    private final ProfileService profiles;
    private final Validator validator;

    DecisionPage(DecisionService decisions, ProfileService profiles, Validator validator) {
        this.decisions = decisions;
        this.profiles = profiles;
        this.validator = validator;
    }

    @GET
    @PermissionsAllowed(Permission.Names.DECIDE)
    @Transactional
    public TemplateInstance form(@PathParam("id") long id) {
        return page(id, DecisionForm.EMPTY, FormErrors.none(), List.of());
    }

    @POST
    @PermissionsAllowed(Permission.Names.DECIDE)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") long id, @RestForm String decision, @RestForm List<String> citedTraits,
            @RestForm String rationale, @RestForm String justification, @RestForm String supersedes) {
        DecisionForm form = new DecisionForm(decision == null ? "" : decision, citedTraits == null ? List.of() : citedTraits,
                rationale == null ? "" : rationale, justification == null ? "" : justification);
        Decision chosen = parse(form.decision());
        Long replaced = parseId(supersedes);
        DecisionRequest request = new DecisionRequest(chosen, form.rationale(), form.citedTraits(), form.justification(),
                replaced);
        FormErrors errors = FormErrors.of(validator.validate(request));
        if (errors.isEmpty()) {
            try {
                decisions.decide(id, request);
                return Pages.seeOther("/candidates/" + id + "/pipeline?decided#decision");
            } catch (Invalid e) {
                List<String> conflicts = e.errors().stream().filter(f -> f.field().equals("justification"))
                        .map(f -> f.message()).toList();
                errors = conflicts.isEmpty() ? FormErrors.of(e)
                        : FormErrors.none().add("justification", "The decision goes against the evidence: say why you"
                                + " decide so anyway");
                return Pages.invalid(page(id, form, errors, conflicts));
            } catch (Conflict e) {
                return Pages.conflict(page(id, form, FormErrors.of(e), List.of()));
            }
        }
        return Pages.invalid(page(id, form, errors, List.of()));
    }

    private TemplateInstance page(long id, DecisionForm form, FormErrors errors, List<String> conflicts) {
        Candidate candidate = CandidateService.require(id);
        CandidateProfile profile = profiles.profile(id, Permission.DECIDE);
        return Templates.decision(profile, candidate.status.name().toLowerCase(Locale.ROOT), DecisionService.DECIDABLE.contains(candidate.status),
                decisions.currentOf(id), form, errors, conflicts);
    }

    private static Decision parse(String value) {
        try {
            return value.isBlank() ? null : Decision.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parseId(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
