package io.traitscore.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/** Hashes and checks passwords with bcrypt; the cost is stored inside each hash. */
@ApplicationScoped
public class PasswordHasher {

    private final SecurityConfig config;
    private final VerifiedPasswords verified;
    // Checked against when the user does not exist, so a missing user costs as much time as a wrong password.
    private final String decoyHash;

    PasswordHasher(SecurityConfig config) {
        this.config = config;
        this.verified = new VerifiedPasswords(config.verifiedPasswordTtl(), 10_000, Clock.systemUTC());
        this.decoyHash = BcryptUtil.bcryptHash("decoy-password-for-timing", config.bcryptCost());
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    public boolean matches(String password, String hash) {
        return BcryptUtil.matches(password, hash);
    }

    /** Whether this password was verified against this very hash within the last few minutes (no bcrypt). */
    public boolean isRemembered(String username, String password, String hash) {
        return verified.isVerified(username, password, hash);
    }

    /** Whether {@link #isRemembered} may say yes, judged in memory only: spares known API callers the flood guard. */
    public boolean mayBeRemembered(String username, String password) {
        return verified.mayBeVerified(username, password);
    }

    /** bcrypt itself; a success is remembered for a while so repeated API calls skip bcrypt. */
    public PasswordCheck verify(String username, String password, String hash) {
        if (!BcryptUtil.matches(password, hash)) {
            return PasswordCheck.WRONG;
        }
        verified.remember(username, password, hash);
        return PasswordCheck.VERIFIED;
    }

    public void spendDecoyCheck(String password) {
        BcryptUtil.matches(password, decoyHash);
    }
}
