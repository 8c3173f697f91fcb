package io.traitscore.export;

import io.traitscore.candidate.CandidateRequest;
import io.traitscore.catalog.NewQuestionRequest;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import io.traitscore.interview.InterviewRequest;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.opening.OpeningRequest;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.Malformed;
import io.traitscore.outcome.NotAllowed;
import io.traitscore.scorecard.ScorecardDraft;
import io.traitscore.scorecard.SubmitRules;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import io.traitscore.security.UserRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks an opening document before anything is written, by the rules the API applies to the same data
 * (its request records' constraints, the submit rules, the permission matrix), and reports every problem
 * at once, each with its place in the document. What the API would refuse, the import refuses:
 * <ul>
 * <li>the hiring manager must own openings; only who may hand openings to others (administrators) may
 * import one for an existing account other than themselves, and sharing with existing accounts is theirs
 * too. A manager the import creates is inactive, so nobody gains access before an administrator acts;</li>
 * <li>new accounts get valid usernames, names and emails, and only administrators create administrators;</li>
 * <li>scores, evidence, traits (within the opening and the interview's focus), durations and text lengths
 * follow the API's rules; times lie in {@link #EARLIEST}..{@link #LATEST}; erased candidates are not
 * imported (their personal data could be neither exported nor erased);</li>
 * <li>timelines, decision records and resolved red flags follow the stage, decision and debrief rules
 * ({@link PipelineImportCheck}).</li>
 * </ul>
 * The document's size is bounded before anything is looked up, so a huge one is refused at once.
 */
@ApplicationScoped
class OpeningImportCheck {

    static final int MAX_USERS = 200;
    static final int MAX_CANDIDATES = 2_000;
    static final int MAX_INTERVIEWS_PER_CANDIDATE = 30;
    /** The name erasure gives a candidate (ErasureService), followed by their id. */
    static final String ERASED_NAME = "Erased candidate #";
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

    private final Validator validator;
    private final Access access;
    private final CurrentUser currentUser;

    OpeningImportCheck(Validator validator, Access access, CurrentUser currentUser) {
        this.validator = validator;
        this.access = access;
        this.currentUser = currentUser;
    }

    /** The accounts of this instance the document names, by username (one query). */
    record People(Map<String, UserAccount> existing) {
    }

    People requireValid(OpeningDocument doc) {
        if (!OpeningDocument.FORMAT.equals(doc.format()) || doc.formatVersion() != OpeningDocument.VERSION) {
            throw new Malformed("format", "not a traitscore opening export: expected format '"
                    + OpeningDocument.FORMAT + "' version " + OpeningDocument.VERSION);
        }
        requireBounded(doc);
        List<FieldError> errors = new ArrayList<>();
        People people = new People(existing(doc));
        Map<String, Role> roles = users(doc, people, errors);
        opening(doc, people, roles, errors);
        Set<String> traits = traits(doc, errors);
        panel(doc, roles, traits, errors);
        for (int c = 0; c < doc.candidates().size(); c++) {
            candidate(FieldPath.position("candidates", c), doc.candidates().get(c), roles, traits, errors);
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The export cannot be imported into this instance", errors);
        }
        requireAllowed(doc, people);
        return people;
    }

    private static void requireBounded(OpeningDocument doc) {
        List<FieldError> errors = new ArrayList<>();
        if (doc.users().size() > MAX_USERS) {
            errors.add(new FieldError("users", "at most " + MAX_USERS + " people; this document lists " + doc.users().size()));
        }
        if (doc.candidates().size() > MAX_CANDIDATES) {
            errors.add(new FieldError("candidates", "at most " + MAX_CANDIDATES + " candidates; this document has "
                    + doc.candidates().size()));
        }
        for (int c = 0; c < doc.candidates().size(); c++) {
            if (doc.candidates().get(c).interviews().size() > MAX_INTERVIEWS_PER_CANDIDATE) {
                errors.add(new FieldError(FieldPath.position("candidates", c) + ".interviews",
                        "at most " + MAX_INTERVIEWS_PER_CANDIDATE + " interviews per candidate"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The export is larger than one import takes", errors);
        }
    }

    private static Map<String, UserAccount> existing(OpeningDocument doc) {
        List<String> names = doc.users().stream().map(OpeningDocument.User::username).distinct().toList();
        if (names.isEmpty()) {
            return Map.of();
        }
        return UserAccount.<UserAccount>list("username in ?1", names).stream()
                .collect(Collectors.toMap(u -> u.username, Function.identity()));
    }

    /** Each listed person's role here (an existing account's, else the document's); new accounts checked as the user API would. */
    private Map<String, Role> users(OpeningDocument doc, People people, List<FieldError> errors) {
        Map<String, Role> roles = new HashMap<>();
        boolean mayManageUsers = access.may(Permission.MANAGE_USERS);
        for (int u = 0; u < doc.users().size(); u++) {
            OpeningDocument.User user = doc.users().get(u);
            String at = FieldPath.elementOf("users", user, u);
            if (roles.containsKey(user.username())) {
                errors.add(new FieldError(at + ".username", "'" + user.username() + "' is listed twice"));
                continue;
            }
            UserAccount account = people.existing().get(user.username());
            if (account != null) {
                roles.put(user.username(), account.role);
                continue;
            }
            rule(UserRequests.NewUser.class, "username", user.username(), at + ".username", errors);
            rule(UserRequests.NewUser.class, "displayName", user.displayName(), at + ".displayName", errors);
            rule(UserRequests.NewUser.class, "email", user.email(), at + ".email", errors);
            if (user.role() == Role.ADMIN && !mayManageUsers) {
                errors.add(new FieldError(at + ".role", "only an administrator may create administrator accounts"));
            }
            if (user.role() != null) {
                roles.put(user.username(), user.role());
            }
        }
        return roles;
    }

    private void opening(OpeningDocument doc, People people, Map<String, Role> roles, List<FieldError> errors) {
        OpeningDocument.Opening o = doc.opening();
        rule(OpeningRequest.class, "title", o.title(), "opening.title", errors);
        rule(OpeningRequest.class, "team", o.team(), "opening.team", errors);
        rule(OpeningRequest.class, "description", o.description(), "opening.description", errors);
        time("opening.createdAt", o.createdAt(), errors);
        String manager = o.hiringManager();
        if (listed("opening.hiringManager", manager, roles, errors) && !roles.get(manager).ownsOpenings()) {
            errors.add(new FieldError("opening.hiringManager", "must have the " + Role.names(Role::ownsOpenings, " or ")
                    + " role; '" + manager + "' is " + roles.get(manager)));
        }
        Set<String> shared = new HashSet<>();
        for (String name : o.sharedWith()) {
            String at = FieldPath.element("opening.sharedWith", name);
            if (!listed(at, name, roles, errors)) {
                continue;
            }
            if (!roles.get(name).ownsOpenings() || name.equals(manager)) {
                errors.add(new FieldError(at, "access is shared with other hiring managers; '" + name + "' is "
                        + (name.equals(manager) ? "the owner" : roles.get(name))));
            } else if (!shared.add(name)) {
                errors.add(new FieldError(at, "'" + name + "' is listed twice"));
            }
        }
    }

    /**
     * Who gains access by the import, as the API decides it: the opening goes to the importer, or to an
     * account the import creates inactive; handing it to (or sharing it with) another existing account is for
     * those who may manage any opening.
     */
    private void requireAllowed(OpeningDocument doc, People people) {
        if (access.scopes(Permission.MANAGE_OPENINGS).contains(Permission.Scope.ANY)) {
            return;
        }
        String me = currentUser.get().username;
        String manager = doc.opening().hiringManager();
        if (people.existing().containsKey(manager) && !manager.equals(me)) {
            throw new NotAllowed("Only an administrator may import an opening for another hiring manager ('" + manager
                    + "'): import it for yourself, or for an account the import creates");
        }
        for (String name : doc.opening().sharedWith()) {
            if (people.existing().containsKey(name) && !name.equals(me)) {
                throw new NotAllowed("Only the opening's hiring manager or an administrator may share it with '" + name + "'");
            }
        }
    }

    private Set<String> traits(OpeningDocument doc, List<FieldError> errors) {
        Set<String> traits = new HashSet<>();
        if (doc.traits().isEmpty()) {
            errors.add(new FieldError("traits", "pick at least one trait"));
        }
        for (int t = 0; t < doc.traits().size(); t++) {
            OpeningDocument.TraitWeight weight = doc.traits().get(t);
            String at = FieldPath.elementOf("traits", weight, t);
            trait(at + ".key", weight.key(), errors);
            if (!traits.add(weight.key())) {
                errors.add(new FieldError(at + ".key", "trait '" + weight.key() + "' is listed twice"));
            }
            rule(OpeningRequest.TraitWeight.class, "weight", weight.weight(), at + ".weight", errors);
        }
        return traits;
    }

    private static void panel(OpeningDocument doc, Map<String, Role> roles, Set<String> traits, List<FieldError> errors) {
        Set<String> seated = new HashSet<>();
        for (int p = 0; p < doc.panel().size(); p++) {
            OpeningDocument.PanelSeat seat = doc.panel().get(p);
            String at = FieldPath.elementOf("panel", seat, p);
            if (listed(at + ".interviewer", seat.interviewer(), roles, errors) && !roles.get(seat.interviewer()).canInterview()) {
                errors.add(new FieldError(at + ".interviewer", "must be an interviewer or hiring manager"));
            }
            if (!seated.add(seat.interviewer())) {
                errors.add(new FieldError(at + ".interviewer", "this interviewer is on the panel twice"));
            }
            focus(at + ".focusTraits", seat.focusTraits(), traits, "the opening's traits", errors);
        }
    }

    private void candidate(String at, OpeningDocument.Candidate candidate, Map<String, Role> roles, Set<String> traits,
            List<FieldError> errors) {
        rule(CandidateRequest.class, "name", candidate.name(), at + ".name", errors);
        rule(CandidateRequest.class, "email", candidate.email(), at + ".email", errors);
        if (candidate.erasedAt() != null && !isAnonymous(candidate)) {
            // Marked erased, it could be neither exported nor erased here, yet its text would be in every report.
            errors.add(new FieldError(at + ".erasedAt", "an erased candidate is imported only as erasure left it: no"
                    + " name but \"" + ERASED_NAME + "<number>\", no email, no summaries or evidence notes"));
        }
        time(at + ".createdAt", candidate.createdAt(), errors);
        time(at + ".statusChangedAt", candidate.statusChangedAt(), errors);
        time(at + ".decidedAt", candidate.decidedAt(), errors);
        new PipelineImportCheck(this::rule, roles, traits, errors).candidate(at, candidate);
        Set<String> interviewers = new HashSet<>();
        for (int i = 0; i < candidate.interviews().size(); i++) {
            OpeningDocument.Interview interview = candidate.interviews().get(i);
            String field = FieldPath.elementOf(at + ".interviews", interview, i);
            interview(field, interview, candidate.erasedAt() != null, roles, traits, errors);
            if (!interviewers.add(interview.interviewer())) {
                errors.add(new FieldError(field + ".interviewer", "interviews the candidate twice"));
            }
        }
    }

    private void interview(String at, OpeningDocument.Interview interview, boolean erased, Map<String, Role> roles,
            Set<String> traits, List<FieldError> errors) {
        boolean known = listed(at + ".interviewer", interview.interviewer(), roles, errors);
        rule(InterviewRequest.class, "durationMinutes", interview.durationMinutes(), at + ".durationMinutes", errors);
        time(at + ".scheduledAt", interview.scheduledAt(), errors);
        time(at + ".createdAt", interview.createdAt(), errors);
        rule(InterviewRequest.class, "focusTraits", interview.focusTraits(), at + ".focusTraits", errors);
        focus(at + ".focusTraits", interview.focusTraits(), traits, "the opening's traits", errors);
        if (interview.scorecard() != null) {
            scorecard(at + ".scorecard", interview.scorecard(), Set.copyOf(interview.focusTraits()), erased, errors);
        } else if (known && !roles.get(interview.interviewer()).canInterview()) {
            // Whoever owes a scorecard must be held to the independence rule, which HR and administrators are not.
            errors.add(new FieldError(at + ".interviewer", "'" + interview.interviewer() + "' is "
                    + roles.get(interview.interviewer()) + " here and cannot owe a scorecard: only interviewers"
                    + " and hiring managers interview"));
        }
    }

    private void scorecard(String at, OpeningDocument.Scorecard s, Set<String> focus, boolean erased,
            List<FieldError> errors) {
        if (s.status() != ScorecardStatus.SUBMITTED || s.submittedAt() == null || s.recommendation() == null) {
            errors.add(new FieldError(at, "only submitted scorecards, with their time and recommendation, are imported"));
        }
        rule(ScorecardDraft.class, "summary", s.summary(), at + ".summary", errors);
        rule(ScorecardDraft.class, "ratings", s.ratings(), at + ".ratings", errors);
        if (s.bankVersion() != null && s.bankVersion().length() > 64) {
            errors.add(new FieldError(at + ".bankVersion", "must be at most 64 characters"));
        }
        time(at + ".createdAt", s.createdAt(), errors);
        time(at + ".updatedAt", s.updatedAt(), errors);
        time(at + ".submittedAt", s.submittedAt(), errors);
        Set<String> rated = new HashSet<>();
        for (int r = 0; r < s.ratings().size(); r++) {
            OpeningDocument.Rating rating = s.ratings().get(r);
            String field = FieldPath.elementOf(at + ".ratings", rating, r);
            if (!focus.contains(rating.trait())) {
                errors.add(new FieldError(field + ".trait", "'" + rating.trait() + "' is not a focus trait of this interview"));
            }
            if (!rated.add(rating.trait())) {
                errors.add(new FieldError(field + ".trait", "trait '" + rating.trait() + "' is rated twice"));
            }
            if (rating.score() == null ? !rating.noEvidence() : rating.noEvidence()) {
                errors.add(new FieldError(field + ".score", "rate from 1 to 5, or mark it \"no evidence\" without a score"));
            }
            rule(ScorecardDraft.RatingInput.class, "score", rating.score(), field + ".score", errors);
            rule(ScorecardDraft.RatingInput.class, "evidence", rating.evidence(), field + ".evidence", errors);
            if (!erased) {
                // Erasure removed the evidence notes an extreme score needed when it was submitted.
                SubmitRules.evidenceMissing(rating.score(), rating.evidence())
                        .ifPresent(message -> errors.add(new FieldError(field + ".evidence", message)));
            }
            rule(ScorecardDraft.RatingInput.class, "questionIds", rating.questionsAsked(), field + ".questionsAsked", errors);
            rule(ScorecardDraft.RatingInput.class, "redFlags", rating.redFlags().stream().map(OpeningDocument.RedFlag::code)
                    .toList(), field + ".redFlags", errors);
            for (int q = 0; q < rating.questionsAsked().size(); q++) {
                OpeningDocument.Question question = rating.questionsAsked().get(q);
                String asked = FieldPath.elementOf(field + ".questionsAsked", question, q);
                trait(asked + ".trait", question.trait(), errors);
                rule(NewQuestionRequest.class, "text", question.text(), asked + ".text", errors);
                if (question.code() != null && question.code().length() > 80) {
                    errors.add(new FieldError(asked + ".code", "must be at most 80 characters"));
                }
            }
            for (OpeningDocument.RedFlag flag : rating.redFlags()) {
                if (flag.code().length() > 80 || TraitIndicator.findById(flag.code()) == null) {
                    errors.add(new FieldError(FieldPath.element(field + ".redFlags", flag.code()),
                            "unknown red flag '" + flag.code() + "'"));
                }
            }
        }
        for (String key : focus) {
            if (!rated.contains(key)) {
                errors.add(new FieldError(FieldPath.element(at + ".ratings", key) + ".score",
                        "rate '" + key + "' from 1 to 5, or mark it 'no evidence'"));
            }
        }
    }

    private static boolean isAnonymous(OpeningDocument.Candidate candidate) {
        return candidate.name().matches(java.util.regex.Pattern.quote(ERASED_NAME) + "[0-9]{1,19}") && candidate.email() == null
                && candidate.interviews().stream().map(OpeningDocument.Interview::scorecard).filter(s -> s != null)
                        .allMatch(s -> s.summary() == null && s.ratings().stream().allMatch(r -> r.evidence() == null));
    }

    private static void focus(String at, List<String> keys, Set<String> allowed, String what, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            String field = FieldPath.element(at, key);
            if (!allowed.contains(key)) {
                errors.add(new FieldError(field, "'" + key + "' is not one of " + what));
            } else if (!seen.add(key)) {
                errors.add(new FieldError(field, "'" + key + "' is listed twice"));
            }
        }
    }

    /** Applies the API's own constraint on {@code property} of its request record to a value of the document. */
    private <T> void rule(Class<T> api, String property, Object value, String field, List<FieldError> errors) {
        validator.validateValue(api, property, value).forEach(v -> errors.add(new FieldError(field, v.getMessage())));
    }

    static void time(String field, Instant value, List<FieldError> errors) {
        if (value != null && (value.isBefore(EARLIEST) || !value.isBefore(LATEST))) {
            errors.add(new FieldError(field, "must lie between " + EARLIEST + " and " + LATEST));
        }
    }

    static boolean listed(String field, String username, Map<String, Role> roles, List<FieldError> errors) {
        if (!roles.containsKey(username)) {
            errors.add(new FieldError(field, "'" + username + "' is not listed under users"));
            return false;
        }
        return true;
    }

    private static void trait(String field, String key, List<FieldError> errors) {
        if (key.length() > 60 || Trait.findById(key) == null) {
            errors.add(new FieldError(field, "unknown trait '" + key + "'"));
        }
    }
}
