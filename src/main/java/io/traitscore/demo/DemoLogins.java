package io.traitscore.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo accounts as a few lines for the console: who logs in as what, with the shared password. */
final class DemoLogins {

    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("HIRING_MANAGER", "hiring manager");
        ROLES.put("INTERVIEWER", "interviewers");
        ROLES.put("RECRUITER", "recruiter");
        ROLES.put("HR", "HR");
        ROLES.put("ADMIN", "administrator");
    }

    private DemoLogins() {
    }

    static String describe(DemoData data) {
        Map<String, List<String>> byRole = data.users().stream().collect(Collectors.groupingBy(DemoData.User::role,
                LinkedHashMap::new, Collectors.mapping(DemoData.User::username, Collectors.toList())));
        StringBuilder text = new StringBuilder("Demo logins, each with the password '" + data.password() + "':");
        ROLES.forEach((role, label) -> {
            List<String> users = byRole.getOrDefault(role, List.of());
            if (!users.isEmpty()) {
                text.append(String.format("%n  %-36s %s", String.join(", ", users), label));
            }
        });
        return text.toString();
    }
}
