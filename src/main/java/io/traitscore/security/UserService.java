package io.traitscore.security;

import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class UserService {

    private final PasswordHasher hasher;
    private final CurrentUser currentUser;
    private final AuditLog audit;

    UserService(PasswordHasher hasher, CurrentUser currentUser, AuditLog audit) {
        this.hasher = hasher;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    @Transactional
    public List<UserView> list(Role role) {
        List<UserAccount> users = role == null ? UserAccount.list("order by displayName, id")
                : UserAccount.list("role = ?1 order by displayName, id", role);
        return users.stream().map(UserView::of).toList();
    }

    @Transactional
    public UserView get(long id) {
        return UserView.of(require(id));
    }

    @Transactional
    public UserView create(UserRequests.NewUser request) {
        if (UserAccount.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("The username '" + request.username() + "' is taken");
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
            throw ProblemException.conflict("You cannot change your own role or deactivate yourself");
        }
        UserView before = UserView.of(user);
        user.displayName = request.displayName().strip();
        user.email = blankToNull(request.email());
        user.role = request.role();
        user.active = request.active();
        UserView after = UserView.of(user);
        audit.record(AuditAction.UPDATE, "User", user.id, "User changed: " + user.username, before, after);
        return after;
    }

    @Transactional
    public void resetPassword(long id, UserRequests.PasswordReset request) {
        UserAccount user = require(id);
        user.passwordHash = hasher.hash(request.password());
        audit.record(AuditAction.PASSWORD_RESET, "User", user.id, "Password set for " + user.username, null, null);
    }

    public static UserAccount require(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
