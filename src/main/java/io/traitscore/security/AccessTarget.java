package io.traitscore.security;

/**
 * An object an action is on, as the permission matrix's scopes see it: implemented by openings,
 * candidates and interviews, so {@link Access} can decide without knowing those packages (which
 * depend on this one).
 */
public interface AccessTarget {

    /** {@link Permission.Scope#OWN_OPENINGS}: the user is the hiring manager of the opening this belongs to. */
    boolean isInOpeningOwnedBy(long userId);

    /** {@link Permission.Scope#SHARED_OPENINGS}: the opening this belongs to was shared with the user. */
    boolean isInOpeningSharedWith(long userId);

    /** {@link Permission.Scope#OWN_INTERVIEWS}: this is an interview the user conducts. */
    default boolean isInterviewOf(long userId) {
        return false;
    }

    /**
     * The candidate whose feedback this shows, for {@link Permission.Scope#AFTER_OWN_SCORECARD} and the
     * independence rule; null for a whole opening, where each candidate is decided on its own.
     */
    default Long candidateId() {
        return null;
    }

    /** Something that lies inside another target (a candidate in its opening): the opening scopes are the whole's. */
    interface Part extends AccessTarget {

        AccessTarget whole();

        @Override
        default boolean isInOpeningOwnedBy(long userId) {
            return whole().isInOpeningOwnedBy(userId);
        }

        @Override
        default boolean isInOpeningSharedWith(long userId) {
            return whole().isInOpeningSharedWith(userId);
        }
    }
}
