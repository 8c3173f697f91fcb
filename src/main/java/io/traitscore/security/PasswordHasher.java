package io.traitscore.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;

/** Hashes and checks passwords with bcrypt; the cost is stored inside each hash. */
@ApplicationScoped
public class PasswordHasher {

    public static final int MIN_PASSWORD_LENGTH = 10;

    private final SecurityConfig config;
    // Checked against when the user does not exist, so a missing user costs as much time as a wrong password.
    private final String decoyHash;

    PasswordHasher(SecurityConfig config) {
        this.config = config;
        this.decoyHash = BcryptUtil.bcryptHash("decoy-password-for-timing", config.bcryptCost());
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    public void spendDecoyCheck(String password) {
        BcryptUtil.matches(password, decoyHash);
    }
}
