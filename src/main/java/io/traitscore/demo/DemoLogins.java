package io.traitscore.demo;

import io.traitscore.security.Role;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The demo accounts as a few lines for the console: who logs in as what, with the shared password. */
final class DemoLogins {

    private DemoLogins() {
    }

    static String describe(DemoData data) {
        Map<String, List<String>> byRole = data.users().stream().collect(Collectors.groupingBy(DemoData.User::role,
                LinkedHashMap::new, Collectors.mapping(DemoData.User::username, Collectors.toList())));
        StringBuilder text = new StringBuilder("Demo logins, each with the password '" + data.password() + "':");
        for (Role role : Role.values()) {
            List<String> users = byRole.getOrDefault(role.name(), List.of());
            if (!users.isEmpty()) {
                text.append(String.format("%n  %-36s %s", String.join(", ", users), role.label()));
            }
        }
        return text.toString();
    }
}
