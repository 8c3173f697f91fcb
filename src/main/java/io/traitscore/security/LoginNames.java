package io.traitscore.security;

import java.util.Locale;

/** One spelling per username for login and throttling: " VICTIM2" and "victim2" are the same account. */
public final class LoginNames {

    private LoginNames() {
    }

    public static String normalise(String username) {
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > 60 ? key.substring(0, 60) : key;
    }
}
