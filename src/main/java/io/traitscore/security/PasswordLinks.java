package io.traitscore.security;

import io.traitscore.security.session.Tokens;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.PasswordLink.Purpose;
import io.traitscore.security.UserCredentialsChanged.Reason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;

/**
 * Invitation and password-reset links: a random token, shown once to the administrator to hand on,
 * stored only as its SHA-256, usable once within {@code traitscore.security.password-link-validity}
 * (72 hours). Issuing a new link voids the user's earlier unused ones; a reset also voids the old
 * password at once, so whoever knew it is locked out until the person sets a new one.
 */
@ApplicationScoped
public class PasswordLinks {

    /** A link just issued: the token exists only here and in the link the administrator copies. */
    public record Issued(long userId, String username, Purpose purpose, String token, Instant expiresAt) {

        public String path() {
            return "/password/" + token;
        }
    }

    /** What the set-password page shows about a usable link. */
    public record Redeemable(String username, String displayName, Purpose purpose, Instant expiresAt) {
    }


    private final SecurityConfig config;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Event<UserCredentialsChanged> credentialsChanged;

    PasswordLinks(SecurityConfig config, PasswordHasher hasher, AuditLog audit,
            Event<UserCredentialsChanged> credentialsChanged) {
        this.config = config;
        this.hasher = hasher;
        this.audit = audit;
        this.credentialsChanged = credentialsChanged;
    }

    /** An invitation for a new account, in the transaction that creates it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Issued invite(UserAccount user, String issuedBy) {
        return issue(user, Purpose.INVITATION, issuedBy);
    }

    /**
     * A reset link (or a fresh invitation for someone who never set a password): the current password
     * stops working now and the user's sessions end.
     */
    @Transactional
    public Issued reset(long userId, String issuedBy) {
        UserAccount user = UserService.require(userId);
        if (!user.active) {
            throw new Conflict(user.username + " is deactivated: reactivate the account before sending a link");
        }
        Purpose purpose = isInvitedAndNeverSetPassword(user.id) ? Purpose.INVITATION : Purpose.RESET;
        user.passwordHash = hasher.hash(unusablePassword());
        Issued issued = issue(user, purpose, issuedBy);
        audit.record(AuditAction.PASSWORD_RESET, "User", user.id, (purpose == Purpose.RESET ? "Password reset link" : "New invitation link")
                + " issued for " + user.username + ", valid until " + issued.expiresAt(), null, null);
        credentialsChanged.fire(new UserCredentialsChanged(user.id, user.username, Reason.PASSWORD_RESET));
        return issued;
    }

    /** The link's user and purpose while it can be used; empty when unknown, used or expired. */
    @Transactional
    public Optional<Redeemable> peek(String token) {
        return find(token).filter(link -> link.isUsable(Instant.now())).flatMap(link -> UserAccount
                .<UserAccount>findByIdOptional(link.userId).filter(u -> u.active)
                .map(user -> new Redeemable(user.username, user.displayName, link.purpose, link.expiresAt)));
    }

    /**
     * Sets the password through the link and uses it up. The policy is checked first, so a refused
     * password leaves the link usable; two submissions racing for one link: only one wins.
     */
    @Transactional
    public String redeem(String token, String password) {
        PasswordLink link = find(token).filter(l -> l.isUsable(Instant.now()))
                .orElseThrow(() -> new NotFound("Password link", "given"));
        UserAccount user = UserService.require(link.userId);
        if (!user.active) {
            throw new NotFound("Password link", "given");
        }
        PasswordPolicy.require(user.username, password, "password");
        int claimed = PasswordLink.update("usedAt = ?1 where id = ?2 and usedAt is null and voidedAt is null", Instant.now(), link.id);
        if (claimed != 1) {
            throw new NotFound("Password link", "given");
        }
        user.passwordHash = hasher.hash(password);
        audit.recordAs(user.username, user.id, AuditAction.PASSWORD_RESET, "User", user.id,
                user.username + " set their password with " + (link.purpose == Purpose.INVITATION ? "an invitation" : "a reset") + " link");
        credentialsChanged.fire(new UserCredentialsChanged(user.id, user.username, Reason.PASSWORD_SET));
        return user.username;
    }

    /** Whether the account was created by invitation and its person never set a password through a link. */
    @Transactional
    public boolean isInvitedAndNeverSetPassword(long userId) {
        return PasswordLink.count("userId = ?1 and purpose = ?2", userId, Purpose.INVITATION) > 0
                && PasswordLink.count("userId = ?1 and usedAt is not null", userId) == 0;
    }

    private Issued issue(UserAccount user, Purpose purpose, String issuedBy) {
        Instant now = Instant.now();
        PasswordLink.update("voidedAt = ?1 where userId = ?2 and usedAt is null and voidedAt is null", now, user.id);
        String token = Tokens.random(32);
        PasswordLink link = new PasswordLink();
        link.userId = user.id;
        link.purpose = purpose;
        link.tokenHash = sha256(token);
        link.createdAt = now;
        link.expiresAt = now.plus(config.passwordLinkValidity());
        link.createdBy = issuedBy;
        link.persist();
        return new Issued(user.id, user.username, purpose, token, link.expiresAt);
    }

    private static Optional<PasswordLink> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return PasswordLink.find("tokenHash", sha256(token)).firstResultOptional();
    }

    /** A password nobody knows, for accounts whose person has not set one (yet, or again). */
    public static String unusablePassword() {
        return "unset-" + Tokens.random(32);
    }

    static String sha256(String token) {
        return Tokens.sha256(token);
    }
}
