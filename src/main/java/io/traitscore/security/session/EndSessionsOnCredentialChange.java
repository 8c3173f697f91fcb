package io.traitscore.security.session;

import io.traitscore.security.UserCredentialsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whoever held a session of a user whose password was reset or set, or who was deactivated (perhaps
 * someone who learnt the old password), is logged out everywhere. The observer runs inside the change's
 * own transaction, so the new password and the ended sessions commit together or not at all.
 */
@ApplicationScoped
class EndSessionsOnCredentialChange {

    private final Sessions sessions;

    EndSessionsOnCredentialChange(Sessions sessions) {
        this.sessions = sessions;
    }

    void end(@Observes UserCredentialsChanged change) {
        sessions.endAllFor(change.userId());
    }
}
