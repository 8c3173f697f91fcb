package io.traitscore.security;

import io.traitscore.outcome.NotAllowed;
import io.traitscore.security.OwnScorecards.Standing;
import io.traitscore.security.Permission.Scope;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one answer to "may the logged-in user do this?", read from the {@link Permission} matrix and the
 * independence rule. Services ask it before they act ({@link #require}); pages, templates
 * ({@code inject:access.may('compare')}) and the navigation ask it what to offer ({@link #may}).
 *
 * <p>Three levels: the role holds the permission at all ({@link #may(Permission)}, enough for a link);
 * one of its scopes covers the object ({@link #may(Permission, AccessTarget)}); and for permissions that
 * show others' feedback, whoever interviews the candidate must have submitted their own scorecard first,
 * whatever their role. A new scope is a constant in {@link Scope} and one case in {@link #covers}.
 */
@Named("access")
@RequestScoped
public class Access {

    private final CurrentUser currentUser;
    private final OwnScorecards ownScorecards;
    // A page asks about the same candidates many times; the answers do not change within a request.
    private final Map<Long, Standing> standings = new HashMap<>();

    Access(CurrentUser currentUser, OwnScorecards ownScorecards) {
        this.currentUser = currentUser;
        this.ownScorecards = ownScorecards;
    }

    /** Whether the role holds the permission on anything at all: what pages and the navigation offer. */
    public boolean may(Permission permission) {
        return permission.isGrantedTo(currentUser.role());
    }

    /**
     * {@link #may(Permission)} by the permission's key, for templates: {@code inject:access.may('export')}. A
     * key that names no permission fails the page rather than quietly hiding what it guards.
     */
    public boolean may(String permissionKey) {
        return may(Permission.ofKey(permissionKey));
    }

    /** The scopes the role holds the permission in (empty: not at all), for queries that list what is covered. */
    public Set<Scope> scopes(Permission permission) {
        return permission.scopesFor(currentUser.role());
    }

    /** Whether the user may do this to the target: a scope covers it and the independence rule allows it. */
    public boolean may(Permission permission, AccessTarget target) {
        return decide(permission, target) == Decision.ALLOWED;
    }

    /**
     * Refuses unless {@link #may(Permission, AccessTarget)}: with {@code refusal} as the message, or with
     * {@link FeedbackWithheld} when only the user's own missing scorecard stands in the way.
     */
    public void require(Permission permission, AccessTarget target, String refusal) {
        switch (decide(permission, target)) {
            case ALLOWED -> {
            }
            case WITHHELD -> throw new FeedbackWithheld(FeedbackWithheld.ONE_CANDIDATE);
            case REFUSED -> throw new NotAllowed(refusal);
        }
    }

    /** Whether the user interviews the candidate and has not submitted their scorecard yet. */
    public boolean awaitsOwnScorecard(long candidateId) {
        return standing(candidateId) == Standing.OWED;
    }

    /**
     * Candidates of an opening whose others' feedback the user may not see yet (independence): pages
     * and figures over a whole opening leave them out.
     */
    public Set<Long> withheldCandidates(long openingId) {
        return ownScorecards.owedInOpening(currentUser.id(), openingId);
    }

    private enum Decision {
        ALLOWED, WITHHELD, REFUSED
    }

    private Decision decide(Permission permission, AccessTarget target) {
        Set<Scope> scopes = scopes(permission);
        boolean covered = scopes.stream().anyMatch(scope -> covers(scope, target));
        boolean owed = (permission.revealsOthersFeedback() || scopes.contains(Scope.AFTER_OWN_SCORECARD))
                && target.candidateId() != null && awaitsOwnScorecard(target.candidateId());
        if (covered) {
            return permission.revealsOthersFeedback() && owed ? Decision.WITHHELD : Decision.ALLOWED;
        }
        // Only the missing scorecard stands between them and the feedback: say so rather than "no access".
        return owed && scopes.contains(Scope.AFTER_OWN_SCORECARD) ? Decision.WITHHELD : Decision.REFUSED;
    }

    private boolean covers(Scope scope, AccessTarget target) {
        long me = currentUser.id();
        return switch (scope) {
            case ANY -> true;
            case OWN_OPENINGS -> target.isInOpeningOwnedBy(me);
            case SHARED_OPENINGS -> target.isInOpeningSharedWith(me);
            case OWN_INTERVIEWS -> target.isInterviewOf(me);
            case INTERVIEWED_CANDIDATES -> target.candidateId() != null
                    && standing(target.candidateId()) != Standing.NOT_INTERVIEWING;
            case AFTER_OWN_SCORECARD -> target.candidateId() != null && standing(target.candidateId()) == Standing.SUBMITTED;
        };
    }

    private Standing standing(long candidateId) {
        return standings.computeIfAbsent(candidateId, id -> ownScorecards.standing(currentUser.id(), id));
    }
}
