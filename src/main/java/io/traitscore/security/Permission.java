package io.traitscore.security;

import static io.traitscore.security.Permission.Scope.AFTER_OWN_SCORECARD;
import static io.traitscore.security.Permission.Scope.ANY;
import static io.traitscore.security.Permission.Scope.OWN_INTERVIEWS;
import static io.traitscore.security.Permission.Scope.OWN_OPENINGS;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The permission matrix: what each role may do, and on what. It is the single source of truth:
 * a user's identity carries the permission names of their role, endpoints require them with
 * {@code @PermissionsAllowed}, services check the scope (own openings, own interviews), and the
 * README's table is checked against it by a test.
 */
public enum Permission {

    MANAGE_USERS(Names.MANAGE_USERS, "Manage user accounts", Map.of(Role.ADMIN, ANY)),
    MANAGE_OPENINGS(Names.MANAGE_OPENINGS, "Create and edit openings, traits, weights, panel and access",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, OWN_OPENINGS)),
    MANAGE_CANDIDATES(Names.MANAGE_CANDIDATES, "Add candidates, move them along, schedule interviews",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, OWN_OPENINGS, Role.RECRUITER, ANY)),
    VIEW_OPENINGS(Names.VIEW_OPENINGS, "See openings, their candidates and interviews",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, OWN_OPENINGS, Role.RECRUITER, ANY, Role.HR, ANY)),
    READ_QUESTION_BANK(Names.READ_QUESTION_BANK, "Browse the question bank and interview kits",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, ANY, Role.INTERVIEWER, ANY, Role.RECRUITER, ANY, Role.HR, ANY)),
    EDIT_QUESTION_BANK(Names.EDIT_QUESTION_BANK, "Add custom questions to the question bank",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, ANY)),
    FILL_SCORECARD(Names.FILL_SCORECARD, "Fill and submit a scorecard",
            Map.of(Role.HIRING_MANAGER, OWN_INTERVIEWS, Role.INTERVIEWER, OWN_INTERVIEWS)),
    READ_SCORECARDS(Names.READ_SCORECARDS, "Read other interviewers' submitted scorecards",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, OWN_OPENINGS, Role.INTERVIEWER, AFTER_OWN_SCORECARD,
                    Role.RECRUITER, ANY, Role.HR, ANY)),
    READ_PROFILE(Names.READ_PROFILE, "Read a candidate profile",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, OWN_OPENINGS, Role.RECRUITER, ANY, Role.HR, ANY)),
    COMPARE(Names.COMPARE, "Compare candidates",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, OWN_OPENINGS, Role.RECRUITER, ANY, Role.HR, ANY)),
    RATER_STATISTICS(Names.RATER_STATISTICS, "See rater statistics",
            Map.of(Role.ADMIN, ANY, Role.HIRING_MANAGER, OWN_OPENINGS, Role.RECRUITER, ANY, Role.HR, ANY)),
    EXPORT(Names.EXPORT, "Export reports", Map.of(Role.ADMIN, ANY, Role.HR, ANY)),
    IMPORT_OPENINGS(Names.IMPORT_OPENINGS, "Import an opening from a JSON export", Map.of(Role.ADMIN, ANY, Role.HR, ANY)),
    PERSONAL_DATA(Names.PERSONAL_DATA, "Export or erase a candidate's personal data, apply retention",
            Map.of(Role.ADMIN, ANY, Role.HR, ANY)),
    READ_AUDIT(Names.READ_AUDIT, "Read the audit trail", Map.of(Role.ADMIN, ANY, Role.HR, ANY)),
    OPERATE(Names.OPERATE, "Read the metrics, take database backups", Map.of(Role.ADMIN, ANY));

    /** Compile-time names for {@code @PermissionsAllowed}. */
    public static final class Names {
        public static final String MANAGE_USERS = "manage-users";
        public static final String MANAGE_OPENINGS = "manage-openings";
        public static final String MANAGE_CANDIDATES = "manage-candidates";
        public static final String VIEW_OPENINGS = "view-openings";
        public static final String READ_QUESTION_BANK = "read-question-bank";
        public static final String EDIT_QUESTION_BANK = "edit-question-bank";
        public static final String FILL_SCORECARD = "fill-scorecard";
        public static final String READ_SCORECARDS = "read-scorecards";
        public static final String READ_PROFILE = "read-profile";
        public static final String COMPARE = "compare";
        public static final String RATER_STATISTICS = "rater-statistics";
        public static final String EXPORT = "export";
        public static final String IMPORT_OPENINGS = "import-openings";
        public static final String PERSONAL_DATA = "personal-data";
        public static final String READ_AUDIT = "read-audit";
        public static final String OPERATE = "operate";

        private Names() {
        }
    }

    /** On what a role may exercise a permission; checked by the services. */
    public enum Scope {
        ANY("yes"),
        OWN_OPENINGS("own openings"),
        OWN_INTERVIEWS("own interviews"),
        AFTER_OWN_SCORECARD("after submitting own scorecard");

        private final String label;

        Scope(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String key;
    private final String action;
    private final Map<Role, Scope> grants;

    Permission(String key, String action, Map<Role, Scope> grants) {
        this.key = key;
        this.action = action;
        this.grants = new EnumMap<>(grants);
    }

    public String key() {
        return key;
    }

    public String action() {
        return action;
    }

    /** The scope a role has, or null when the role does not have the permission. */
    public Scope scopeFor(Role role) {
        return grants.get(role);
    }

    public boolean isGrantedTo(Role role) {
        return grants.containsKey(role);
    }

    public static Set<String> keysFor(Role role) {
        return Arrays.stream(values()).filter(p -> p.isGrantedTo(role)).map(Permission::key).collect(Collectors.toSet());
    }
}
