package io.traitscore.security;

import static io.traitscore.security.Permission.Scope.AFTER_OWN_SCORECARD;
import static io.traitscore.security.Permission.Scope.ANY;
import static io.traitscore.security.Permission.Scope.INTERVIEWED_CANDIDATES;
import static io.traitscore.security.Permission.Scope.OWN_INTERVIEWS;
import static io.traitscore.security.Permission.Scope.OWN_OPENINGS;
import static io.traitscore.security.Permission.Scope.SHARED_OPENINGS;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The permission matrix: what each role may do, and on what. It is the single source of truth: a
 * user's identity carries the permission names of their role (endpoints require them with
 * {@code @PermissionsAllowed}), {@link Access} checks the scopes on each object and the independence
 * rule, pages and the navigation ask {@link Access}, and the README's table is checked against this
 * one by a test. A new feature adds a row here (with its scopes) and asks {@link Access}; nothing else
 * names a role.
 */
public enum Permission {

    MANAGE_USERS(Names.MANAGE_USERS, "Manage user accounts", Map.of(Role.ADMIN, Set.of(ANY))),
    PICK_PEOPLE(Names.PICK_PEOPLE, "List the active people who can interview (to pick a panel), not every account",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(ANY), Role.RECRUITER, Set.of(ANY))),
    MANAGE_OPENINGS(Names.MANAGE_OPENINGS, "Create and edit openings, traits, weights, panel and access",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS))),
    MANAGE_CANDIDATES(Names.MANAGE_CANDIDATES, "Add candidates, move them along, schedule interviews",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS), Role.RECRUITER, Set.of(ANY))),
    IMPORT_CANDIDATES(Names.IMPORT_CANDIDATES, "Import candidates from a CSV file",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS), Role.RECRUITER, Set.of(ANY))),
    // HR exports and erases a candidate's documents with the rest of their personal data (PERSONAL_DATA) but has
    // no reason to read a CV otherwise; interviewers read the CVs of the candidates they interview.
    MANAGE_DOCUMENTS(Names.MANAGE_DOCUMENTS, "Upload and delete a candidate's documents (CV)",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS), Role.RECRUITER, Set.of(ANY))),
    READ_DOCUMENTS(Names.READ_DOCUMENTS, "Read a candidate's documents (CV)",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS, SHARED_OPENINGS, INTERVIEWED_CANDIDATES),
                    Role.INTERVIEWER, Set.of(INTERVIEWED_CANDIDATES), Role.RECRUITER, Set.of(ANY))),
    VIEW_OPENINGS(Names.VIEW_OPENINGS, "See openings, their candidates and interviews",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS, SHARED_OPENINGS),
                    Role.RECRUITER, Set.of(ANY), Role.HR, Set.of(ANY))),
    READ_QUESTION_BANK(Names.READ_QUESTION_BANK, "Browse the question bank and interview kits",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(ANY), Role.INTERVIEWER, Set.of(ANY),
                    Role.RECRUITER, Set.of(ANY), Role.HR, Set.of(ANY))),
    EDIT_QUESTION_BANK(Names.EDIT_QUESTION_BANK, "Add custom questions to the question bank",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(ANY))),
    FILL_SCORECARD(Names.FILL_SCORECARD, "Fill and submit a scorecard",
            Map.of(Role.HIRING_MANAGER, Set.of(OWN_INTERVIEWS), Role.INTERVIEWER, Set.of(OWN_INTERVIEWS))),
    READ_SCORECARDS(Names.READ_SCORECARDS, "Read other interviewers' submitted scorecards",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS, SHARED_OPENINGS, AFTER_OWN_SCORECARD),
                    Role.INTERVIEWER, Set.of(AFTER_OWN_SCORECARD), Role.RECRUITER, Set.of(ANY), Role.HR, Set.of(ANY)),
            Independence.APPLIES),
    READ_PROFILE(Names.READ_PROFILE, "Read a candidate profile",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS, SHARED_OPENINGS),
                    Role.RECRUITER, Set.of(ANY), Role.HR, Set.of(ANY)),
            Independence.APPLIES),
    COMPARE(Names.COMPARE, "Compare candidates",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS, SHARED_OPENINGS),
                    Role.RECRUITER, Set.of(ANY), Role.HR, Set.of(ANY)),
            Independence.APPLIES),
    RATER_STATISTICS(Names.RATER_STATISTICS, "See rater statistics",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS, SHARED_OPENINGS),
                    Role.RECRUITER, Set.of(ANY), Role.HR, Set.of(ANY)),
            Independence.APPLIES),
    DEBRIEF(Names.DEBRIEF, "Read a debrief and add debrief notes",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS, SHARED_OPENINGS, AFTER_OWN_SCORECARD),
                    Role.INTERVIEWER, Set.of(AFTER_OWN_SCORECARD), Role.RECRUITER, Set.of(ANY)),
            Independence.APPLIES),
    DECIDE(Names.DECIDE, "Open a debrief early, resolve red flags, record a hiring decision",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS)), Independence.APPLIES),
    NUDGE_SCORECARD(Names.NUDGE_SCORECARD, "Nudge an interviewer by e-mail about an overdue scorecard",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HIRING_MANAGER, Set.of(OWN_OPENINGS), Role.RECRUITER, Set.of(ANY))),
    EXPORT(Names.EXPORT, "Export reports", Map.of(Role.ADMIN, Set.of(ANY), Role.HR, Set.of(ANY))),
    IMPORT_OPENINGS(Names.IMPORT_OPENINGS, "Import an opening from a JSON export",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HR, Set.of(ANY))),
    PERSONAL_DATA(Names.PERSONAL_DATA, "Export or erase a candidate's personal data, apply retention",
            Map.of(Role.ADMIN, Set.of(ANY), Role.HR, Set.of(ANY))),
    READ_AUDIT(Names.READ_AUDIT, "Read the audit trail", Map.of(Role.ADMIN, Set.of(ANY), Role.HR, Set.of(ANY))),
    OPERATE(Names.OPERATE, "Read the metrics, take database backups", Map.of(Role.ADMIN, Set.of(ANY)));

    /** Compile-time names for {@code @PermissionsAllowed}. */
    public static final class Names {
        public static final String MANAGE_USERS = "manage-users";
        public static final String PICK_PEOPLE = "pick-people";
        public static final String MANAGE_OPENINGS = "manage-openings";
        public static final String MANAGE_CANDIDATES = "manage-candidates";
        public static final String IMPORT_CANDIDATES = "import-candidates";
        public static final String MANAGE_DOCUMENTS = "manage-documents";
        public static final String READ_DOCUMENTS = "read-documents";
        public static final String VIEW_OPENINGS = "view-openings";
        public static final String READ_QUESTION_BANK = "read-question-bank";
        public static final String EDIT_QUESTION_BANK = "edit-question-bank";
        public static final String FILL_SCORECARD = "fill-scorecard";
        public static final String READ_SCORECARDS = "read-scorecards";
        public static final String READ_PROFILE = "read-profile";
        public static final String COMPARE = "compare";
        public static final String RATER_STATISTICS = "rater-statistics";
        public static final String DEBRIEF = "debrief";
        public static final String DECIDE = "decide";
        public static final String NUDGE_SCORECARD = "nudge-scorecard";
        public static final String EXPORT = "export";
        public static final String IMPORT_OPENINGS = "import-openings";
        public static final String PERSONAL_DATA = "personal-data";
        public static final String READ_AUDIT = "read-audit";
        public static final String OPERATE = "operate";

        private Names() {
        }
    }

    /**
     * On what a role may exercise a permission; {@link Access} decides whether an object is covered.
     * A role may hold a permission in several scopes: any one of them is enough.
     */
    public enum Scope {
        /** Everything. */
        ANY("yes"),
        /** Openings the user is the hiring manager of, and their candidates and interviews. */
        OWN_OPENINGS("own openings"),
        /** Openings another hiring manager shared with the user (to read, never to change). */
        SHARED_OPENINGS("shared openings"),
        /** Interviews the user conducts. */
        OWN_INTERVIEWS("own interviews"),
        /** Candidates the user interviews (or interviewed), whether or not their scorecard is in. */
        INTERVIEWED_CANDIDATES("candidates they interview"),
        /** Candidates the user interviewed and submitted their own scorecard for. */
        AFTER_OWN_SCORECARD("after submitting own scorecard");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Whether the permission shows other interviewers' ratings or notes: then whoever interviews the
     * candidate sees them only after submitting their own scorecard, whatever their role and scope.
     */
    enum Independence {
        APPLIES, DOES_NOT_APPLY
    }

    private final String key;
    private final String action;
    private final Map<Role, Set<Scope>> grants;
    private final boolean revealsOthersFeedback;

    Permission(String key, String action, Map<Role, Set<Scope>> grants) {
        this(key, action, grants, Independence.DOES_NOT_APPLY);
    }

    Permission(String key, String action, Map<Role, Set<Scope>> grants, Independence independence) {
        this.key = key;
        this.action = action;
        this.grants = new EnumMap<>(Role.class);
        grants.forEach((role, scopes) -> this.grants.put(role, Collections.unmodifiableSet(EnumSet.copyOf(scopes))));
        this.revealsOthersFeedback = independence == Independence.APPLIES;
    }

    public String key() {
        return key;
    }

    public String action() {
        return action;
    }

    /** The scopes a role holds the permission in; empty when the role does not have it. */
    public Set<Scope> scopesFor(Role role) {
        return grants.getOrDefault(role, Set.of());
    }

    /** The README's cell: "yes", "—" or the scopes, e.g. "own openings or shared openings". */
    public String labelFor(Role role) {
        Set<Scope> scopes = scopesFor(role);
        return scopes.isEmpty() ? "—" : scopes.stream().map(Scope::label).collect(Collectors.joining(" or "));
    }

    public boolean isGrantedTo(Role role) {
        return grants.containsKey(role);
    }

    public boolean revealsOthersFeedback() {
        return revealsOthersFeedback;
    }

    /** The permission of a key, as templates name it; an unknown key is a mistake in the template. */
    public static Permission ofKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("There is no permission '" + key + "'"));
    }

    public static Set<String> keysFor(Role role) {
        return Arrays.stream(values()).filter(p -> p.isGrantedTo(role)).map(Permission::key).collect(Collectors.toSet());
    }
}
