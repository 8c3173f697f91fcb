package io.traitscore.security;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

@ApplicationScoped
public class UserService {

    private final PasswordHasher hasher;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final OwnScorecards ownScorecards;
    private final PasswordLinks links;
    private final Event<UserCredentialsChanged> credentialsChanged;

    UserService(PasswordHasher hasher, CurrentUser currentUser, AuditLog audit, OwnScorecards ownScorecards,
            PasswordLinks links, Event<UserCredentialsChanged> credentialsChanged) {
        this.hasher = hasher;
        this.currentUser = currentUser;
        this.audit = audit;
        this.ownScorecards = ownScorecards;
        this.links = links;
        this.credentialsChanged = credentialsChanged;
    }

    /** A new account and the link with which its person sets their own password. */
    public record Invited(UserView user, PasswordLinks.Issued invitation) {
    }

    @Transactional
    public List<UserView> list(Role role) {
        List<UserAccount> users = role == null ? UserAccount.list("order by displayName, id")
                : UserAccount.list("role = ?1 order by displayName, id", role);
        return users.stream().map(UserView::of).toList();
    }

    /** Active users whose role answers yes (e.g. {@link Role#canInterview}), by name: whom a form offers. */
    @Transactional
    public List<UserView> activeWhere(Predicate<Role> which) {
        List<Role> roles = Arrays.stream(Role.values()).filter(which).toList();
        return UserAccount.<UserAccount>list("active = true and role in ?1 order by displayName, id", roles).stream()
                .map(UserView::of).toList();
    }

    @Transactional
    public UserView get(long id) {
        return UserView.of(require(id));
    }

    @Transactional
    public UserView create(UserRequests.NewUser request) {
        PasswordPolicy.require(request.username(), request.password(), "password");
        UserAccount user = persistNew(request.username(), request.displayName(), request.email(), request.role(),
                request.password());
        UserView created = UserView.of(user);
        audit.record(AuditAction.CREATE, "User", user.id, "User created: " + user.username, null, created);
        return created;
    }

    /** Creates the account without a password and issues the invitation link (shown once). */
    @Transactional
    public Invited invite(UserRequests.NewInvitation request) {
        UserAccount user = persistNew(request.username(), request.displayName(), request.email(), request.role(),
                PasswordLinks.unusablePassword());
        PasswordLinks.Issued invitation = links.invite(user, currentUser.get().username);
        UserView created = UserView.of(user);
        audit.record(AuditAction.CREATE, "User", user.id, "User invited: " + user.username + ", link valid until "
                + invitation.expiresAt(), null, created);
        return new Invited(created, invitation);
    }

    /** A new invitation or reset link for the user; their current password stops working at once. */
    @Transactional
    public PasswordLinks.Issued issuePasswordLink(long id) {
        return links.reset(id, currentUser.get().username);
    }

    private UserAccount persistNew(String username, String displayName, String email, Role role, String password) {
        if (UserAccount.findByUsername(username).isPresent()) {
            throw new Conflict("The username '" + username + "' is taken");
        }
        UserAccount user = new UserAccount();
        user.username = username;
        user.displayName = displayName.strip();
        user.email = blankToNull(email);
        user.role = role;
        user.passwordHash = hasher.hash(password);
        user.active = true;
        user.createdAt = Instant.now();
        user.persist();
        return user;
    }

    /** Deactivates (never deletes: the audit trail keeps the name) or reactivates an account. */
    @Transactional
    public UserView setActive(long id, boolean active) {
        UserAccount user = require(id);
        return update(id, new UserRequests.UserUpdate(user.displayName, user.email, user.role, active));
    }

    @Transactional
    public UserView update(long id, UserRequests.UserUpdate request) {
        UserAccount user = require(id);
        if (user.id.equals(currentUser.id()) && (request.role() != user.role || !request.active())) {
            throw new Conflict("You cannot change your own role or deactivate yourself");
        }
        requireNoScorecardOwed(user, request.role());
        UserView before = UserView.of(user);
        user.displayName = request.displayName().strip();
        user.email = blankToNull(request.email());
        user.role = request.role();
        user.active = request.active();
        UserView after = UserView.of(user);
        String summary = before.active() && !after.active() ? "User deactivated: " + user.username
                : !before.active() && after.active() ? "User reactivated: " + user.username
                : "User changed: " + user.username;
        audit.record(AuditAction.UPDATE, "User", user.id, summary, before, after);
        if (before.active() && !after.active()) {
            credentialsChanged.fire(new UserCredentialsChanged(user.id, user.username, UserCredentialsChanged.Reason.DEACTIVATED));
        }
        return after;
    }

    @Transactional
    public void resetPassword(long id, UserRequests.PasswordReset request) {
        UserAccount user = require(id);
        PasswordPolicy.require(user.username, request.password(), "password");
        user.passwordHash = hasher.hash(request.password());
        audit.record(AuditAction.PASSWORD_RESET, "User", user.id, "Password set for " + user.username, null, null);
        credentialsChanged.fire(new UserCredentialsChanged(user.id, user.username, UserCredentialsChanged.Reason.PASSWORD_RESET));
    }

    /**
     * The independence rule follows people, not roles: HR and administrators read every rating and export
     * them, so someone who still owes a scorecard keeps a role that interviews until it is submitted or
     * the interview cancelled. Otherwise the new role would show them colleagues' ratings first.
     */
    private void requireNoScorecardOwed(UserAccount user, Role newRole) {
        if (!user.role.canInterview() || newRole.canInterview()) {
            return;
        }
        List<Long> owed = ownScorecards.interviewsAwaitingScorecard(user.id);
        if (!owed.isEmpty()) {
            throw new Conflict(user.username + " has not submitted the scorecard of interview(s) "
                    + owed.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ": until it is submitted or"
                    + " the interview cancelled, their role stays " + Role.names(Role::canInterview, " or ") + ", so that no new role shows"
                    + " them colleagues' ratings of that candidate first");
        }
    }

    public static UserAccount require(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> new NotFound("User", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
