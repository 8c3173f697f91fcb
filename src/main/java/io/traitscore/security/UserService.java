package io.traitscore.security;

import io.traitscore.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class UserService {

    private final PasswordHasher hasher;
    private final CurrentUser currentUser;

    UserService(PasswordHasher hasher, CurrentUser currentUser) {
        this.hasher = hasher;
        this.currentUser = currentUser;
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
        return UserView.of(user);
    }

    @Transactional
    public UserView update(long id, UserRequests.UserUpdate request) {
        UserAccount user = require(id);
        if (user.id.equals(currentUser.id()) && (request.role() != user.role || !request.active())) {
            throw ProblemException.conflict("You cannot change your own role or deactivate yourself");
        }
        user.displayName = request.displayName().strip();
        user.email = blankToNull(request.email());
        user.role = request.role();
        user.active = request.active();
        return UserView.of(user);
    }

    @Transactional
    public void resetPassword(long id, UserRequests.PasswordReset request) {
        require(id).passwordHash = hasher.hash(request.password());
    }

    public static UserAccount require(long id) {
        return UserAccount.<UserAccount>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("User", id));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
