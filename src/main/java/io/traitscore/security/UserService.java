package io.traitscore.security;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.session.Sessions;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final Sessions sessions;

    UserService(PasswordHasher hasher, CurrentUser currentUser, AuditLog audit, OwnScorecards ownScorecards,
            Sessions sessions) {
        this.hasher = hasher;
        this.currentUser = currentUser;
        this.audit = audit;
        this.ownScorecards = ownScorecards;
        this.sessions = sessions;
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
        if (UserAccount.findByUsername(request.username()).isPresent()) {
            throw new Conflict("The username '" + request.username() + "' is taken");
        }
        UserAccount user = new UserAccount();
        user.username = request.username();
        user.displayName = request.displayName().strip();
        user.email = blankToNull(request.email());
        user.role = request.role();
        user.passwordHash = hasher.hash(request.password());
        user.active = true;
        user.createdAt = Instant.now();
        user.persist();
        UserView created = UserView.of(user);
        audit.record(AuditAction.CREATE, "User", user.id, "User created: " + user.username, null, created);
        return created;
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
        if (!user.active) {
            // Deactivated: logged out everywhere at once (sessions re-check the flag too, this also drops the rows).
            sessions.endAllFor(user.id);
        }
        UserView after = UserView.of(user);
        audit.record(AuditAction.UPDATE, "User", user.id, "User changed: " + user.username, before, after);
        return after;
    }

    @Transactional
    public void resetPassword(long id, UserRequests.PasswordReset request) {
        UserAccount user = require(id);
        user.passwordHash = hasher.hash(request.password());
        // Whoever held a session of this user (perhaps who learnt the old password) is logged out.
        sessions.endAllFor(user.id);
        audit.record(AuditAction.PASSWORD_RESET, "User", user.id, "Password set for " + user.username, null, null);
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
