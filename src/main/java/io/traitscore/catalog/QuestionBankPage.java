package io.traitscore.catalog;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.PermissionsAllowed;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import io.traitscore.web.FormErrors;
import io.traitscore.web.Pages;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;

/** Browse and search the question bank; hiring managers and administrators add their own questions. */
@Path("/question-bank")
@Produces(MediaType.TEXT_HTML)
public class QuestionBankPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance bank(QuestionSearch search, List<Trait> traits, TraitView trait,
                List<QuestionGroup> groups, int found, boolean canAdd, QuestionForm form, FormErrors errors, String flash);
    }

    /** The questions found for one trait. */
    public record QuestionGroup(String traitKey, String traitName, List<QuestionView> questions) {
    }

    /** What was searched for, echoed into the search form. */
    public record QuestionSearch(String trait, String kind, String word) {
        public boolean isEmpty() {
            return trait.isEmpty() && kind.isEmpty() && word.isEmpty();
        }
    }

    /** The add-question form as typed. */
    public record QuestionForm(String trait, String kind, String text, List<String> probes) {
        static QuestionForm empty(String trait) {
            return new QuestionForm(trait, "BEHAVIORAL", "", List.of("", "", ""));
        }

        public String probe(int index) {
            return index < probes.size() ? probes.get(index) : "";
        }
    }

    private final CatalogService catalog;
    private final CurrentUser currentUser;
    private final Access access;
    private final Validator validator;

    QuestionBankPage(CatalogService catalog, CurrentUser currentUser, Access access, Validator validator) {
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.access = access;
        this.validator = validator;
    }

    @GET
    @PermissionsAllowed(Permission.Names.READ_QUESTION_BANK)
    public TemplateInstance bank(@QueryParam("trait") String trait, @QueryParam("kind") String kind,
            @QueryParam("q") String word, UriInfo uri) {
        QuestionSearch search = new QuestionSearch(orEmpty(trait), orEmpty(kind).toUpperCase(Locale.ROOT), orEmpty(word));
        return page(search, QuestionForm.empty(search.trait()), FormErrors.none(),
                uri.getQueryParameters().containsKey("added") ? "Your question was added to the bank." : "");
    }

    @POST
    @Path("/questions")
    @PermissionsAllowed(Permission.Names.EDIT_QUESTION_BANK)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@RestForm String trait, @RestForm String kind, @RestForm String text,
            @RestForm("probe") List<String> probes) {
        List<String> typed = new ArrayList<>(probes == null ? List.of() : probes);
        QuestionForm form = new QuestionForm(orEmpty(trait), orEmpty(kind), orEmpty(text), typed);
        QuestionKind questionKind = parseKind(kind);
        NewQuestionRequest request = new NewQuestionRequest(questionKind, orEmpty(text),
                typed.stream().filter(p -> !p.isBlank()).toList());
        FormErrors errors = FormErrors.of(validator.validate(request));
        if (form.trait().isBlank()) {
            errors.add("trait", "choose the trait the question is for");
        }
        if (errors.isEmpty()) {
            try {
                catalog.addCustomQuestion(form.trait(), request, currentUser.get());
                return Pages.seeOther("/question-bank?trait=" + form.trait() + "&added");
            } catch (NotFound e) {
                errors.add("trait", "choose one of the 15 traits");
            }
        }
        QuestionSearch search = new QuestionSearch(form.trait(), "", "");
        return Pages.invalid(page(search, form, errors, ""));
    }

    private TemplateInstance page(QuestionSearch search, QuestionForm form, FormErrors errors, String flash) {
        List<Trait> traits = Trait.listInArticleOrder();
        boolean knownTrait = traits.stream().anyMatch(t -> t.key.equals(search.trait()));
        String traitKey = knownTrait ? search.trait() : null;
        List<QuestionView> questions = catalog.questions(traitKey, parseKind(search.kind()), search.word());
        TraitView trait = traitKey == null ? null : catalog.trait(traitKey);
        Map<String, List<QuestionView>> byTrait = questions.stream()
                .collect(Collectors.groupingBy(QuestionView::traitKey, LinkedHashMap::new, Collectors.toList()));
        List<QuestionGroup> groups = traits.stream().filter(t -> byTrait.containsKey(t.key))
                .map(t -> new QuestionGroup(t.key, t.name, byTrait.get(t.key))).toList();
        boolean canAdd = access.may(Permission.EDIT_QUESTION_BANK);
        return Templates.bank(search, traits, trait, groups, questions.size(), canAdd, form, errors, flash);
    }

    private static QuestionKind parseKind(String kind) {
        try {
            return kind == null || kind.isBlank() ? null : QuestionKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
