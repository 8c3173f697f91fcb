package io.traitscore.export;

import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.Malformed;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an opening document before anything is written: the format, and that every trait, red flag and
 * person it names is known (people must be listed under "users"), with the rules the schema enforces.
 * All problems are reported at once, each with its place in the document.
 */
final class OpeningImportCheck {

    private OpeningImportCheck() {
    }

    static void requireValid(OpeningDocument doc) {
        if (!OpeningDocument.FORMAT.equals(doc.format()) || doc.formatVersion() != OpeningDocument.VERSION) {
            throw new Malformed("format", "not a traitscore opening export: expected format '"
                    + OpeningDocument.FORMAT + "' version " + OpeningDocument.VERSION);
        }
        List<FieldError> errors = new ArrayList<>();
        Set<String> users = doc.users().stream().map(OpeningDocument.User::username).collect(Collectors.toSet());
        Map<String, Role> roles = rolesHere(doc);
        user("opening.hiringManager", doc.opening().hiringManager(), users, errors);
        doc.opening().sharedWith().forEach(u -> user(FieldPath.element("opening.sharedWith", u), u, users, errors));
        Set<String> traits = new HashSet<>();
        for (int t = 0; t < doc.traits().size(); t++) {
            OpeningDocument.TraitWeight weight = doc.traits().get(t);
            String at = FieldPath.elementOf("traits", weight, t);
            trait(at + ".key", weight.key(), errors);
            if (!traits.add(weight.key())) {
                errors.add(new FieldError(at + ".key", "trait '" + weight.key() + "' is listed twice"));
            }
            if (weight.weight() < 1 || weight.weight() > 3) {
                errors.add(new FieldError(at + ".weight", "must be between 1 and 3"));
            }
        }
        for (int p = 0; p < doc.panel().size(); p++) {
            String at = FieldPath.elementOf("panel", doc.panel().get(p), p);
            user(at + ".interviewer", doc.panel().get(p).interviewer(), users, errors);
            doc.panel().get(p).focusTraits().forEach(k -> trait(FieldPath.element(at + ".focusTraits", k), k, errors));
        }
        for (int c = 0; c < doc.candidates().size(); c++) {
            OpeningDocument.Candidate candidate = doc.candidates().get(c);
            Set<String> interviewers = new HashSet<>();
            for (int i = 0; i < candidate.interviews().size(); i++) {
                OpeningDocument.Interview interview = candidate.interviews().get(i);
                String at = FieldPath.elementOf(FieldPath.position("candidates", c) + ".interviews", interview, i);
                user(at + ".interviewer", interview.interviewer(), users, errors);
                if (!interviewers.add(interview.interviewer())) {
                    errors.add(new FieldError(at + ".interviewer", "interviews the candidate twice"));
                }
                interview.focusTraits().forEach(k -> trait(FieldPath.element(at + ".focusTraits", k), k, errors));
                if (interview.scorecard() != null) {
                    scorecard(at + ".scorecard", interview.scorecard(), errors);
                } else if (roles.containsKey(interview.interviewer()) && !roles.get(interview.interviewer()).canInterview()) {
                    // Whoever owes a scorecard must be held to the independence rule, which HR and administrators are not.
                    errors.add(new FieldError(at + ".interviewer", "'" + interview.interviewer() + "' is "
                            + roles.get(interview.interviewer()) + " here and cannot owe a scorecard: only interviewers"
                            + " and hiring managers interview"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The export cannot be imported into this instance", errors);
        }
    }

    private static void scorecard(String at, OpeningDocument.Scorecard s, List<FieldError> errors) {
        if (s.status() != ScorecardStatus.SUBMITTED || s.submittedAt() == null || s.recommendation() == null) {
            errors.add(new FieldError(at, "only submitted scorecards, with their time and recommendation, are imported"));
        }
        Set<String> rated = new HashSet<>();
        for (int r = 0; r < s.ratings().size(); r++) {
            OpeningDocument.Rating rating = s.ratings().get(r);
            String field = FieldPath.elementOf(at + ".ratings", rating, r);
            trait(field + ".trait", rating.trait(), errors);
            if (!rated.add(rating.trait())) {
                errors.add(new FieldError(field + ".trait", "trait '" + rating.trait() + "' is rated twice"));
            }
            if (rating.score() != null && (rating.score() < 1 || rating.score() > 5 || rating.noEvidence())) {
                errors.add(new FieldError(field + ".score", "must be 1 to 5, and absent for \"no evidence\""));
            }
            for (int q = 0; q < rating.questionsAsked().size(); q++) {
                OpeningDocument.Question question = rating.questionsAsked().get(q);
                trait(FieldPath.elementOf(field + ".questionsAsked", question, q) + ".trait", question.trait(), errors);
            }
            for (OpeningDocument.RedFlag flag : rating.redFlags()) {
                if (TraitIndicator.findById(flag.code()) == null) {
                    errors.add(new FieldError(FieldPath.element(field + ".redFlags", flag.code()),
                            "unknown red flag '" + flag.code() + "'"));
                }
            }
        }
    }

    /** Each listed person's role in this instance: an existing account's, else the one the document gives. */
    private static Map<String, Role> rolesHere(OpeningDocument doc) {
        Map<String, Role> roles = new HashMap<>();
        for (OpeningDocument.User u : doc.users()) {
            Role role = UserAccount.findByUsername(u.username()).map(account -> account.role).orElse(u.role());
            if (role != null) {
                roles.put(u.username(), role);
            }
        }
        return roles;
    }

    private static void user(String field, String username, Set<String> users, List<FieldError> errors) {
        if (!users.contains(username)) {
            errors.add(new FieldError(field, "'" + username + "' is not listed under users"));
        }
    }

    private static void trait(String field, String key, List<FieldError> errors) {
        if (Trait.findById(key) == null) {
            errors.add(new FieldError(field, "unknown trait '" + key + "'"));
        }
    }
}
