package io.traitscore.opening;

import io.traitscore.security.CurrentUser;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;

import io.traitscore.outcome.NotAllowed;
import jakarta.enterprise.context.RequestScoped;

/**
 * Who may see and change an opening and its candidates. Hiring managers are limited to the openings
 * they own, or see those shared with them; administrators, recruiters and HR work across openings; interviewers reach candidates
 * only through their own interviews.
 */
@RequestScoped
public class OpeningAccess {

    private final CurrentUser currentUser;

    OpeningAccess(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public boolean canView(Opening opening) {
        return switch (currentUser.role()) {
            case ADMIN, RECRUITER, HR -> true;
            case HIRING_MANAGER -> owns(opening) || isSharedWithMe(opening);
            case INTERVIEWER -> false;
        };
    }

    public boolean canManage(Opening opening) {
        return currentUser.is(Role.ADMIN) || (currentUser.is(Role.HIRING_MANAGER) && owns(opening));
    }

    /** Adding candidates, scheduling interviews and moving candidates along the pipeline. */
    public boolean canManageCandidates(Opening opening) {
        return canManage(opening) || currentUser.is(Role.RECRUITER);
    }

    public void requireView(Opening opening) {
        if (!canView(opening)) {
            throw new NotAllowed("You do not have access to opening " + opening.id);
        }
    }

    public void requireManage(Opening opening) {
        if (!canManage(opening)) {
            throw new NotAllowed("Only the opening's hiring manager or an administrator may change opening "
                    + opening.id);
        }
    }

    public void requireManageCandidates(Opening opening) {
        if (!canManageCandidates(opening)) {
            throw new NotAllowed("You may not manage the candidates of opening " + opening.id);
        }
    }

    private boolean isSharedWithMe(Opening opening) {
        long me = currentUser.id();
        return opening.sharedWith.stream().anyMatch(u -> u.id == me);
    }

    private boolean owns(Opening opening) {
        UserAccount me = currentUser.get();
        return opening.hiringManager.id.equals(me.id);
    }
}
