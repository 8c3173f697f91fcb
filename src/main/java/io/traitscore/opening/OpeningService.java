package io.traitscore.opening;

import io.quarkus.panache.common.Parameters;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.catalog.Trait;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotAllowed;
import io.traitscore.outcome.NotFound;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission.Scope;
import io.traitscore.security.Permission;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates and changes openings; checks every trait and panel member against the catalogue and users. */
@ApplicationScoped
public class OpeningService {

    private final CurrentUser currentUser;
    private final Access access;
    private final AuditLog audit;

    OpeningService(CurrentUser currentUser, Access access, AuditLog audit) {
        this.currentUser = currentUser;
        this.access = access;
        this.audit = audit;
    }

    /** The openings the caller's scopes of {@link Permission#VIEW_OPENINGS} cover, newest first. */
    @Transactional
    public List<OpeningView> list() {
        Visible visible = visible();
        return Opening.<Opening>list("select o from Opening o where " + visible.where() + " order by o.createdAt desc, o.id desc",
                visible.params()).stream().map(OpeningView::of).toList();
    }

    /**
     * The openings a query over {@code Opening o} may return: a condition and its parameters, from the caller's
     * scopes of {@link Permission#VIEW_OPENINGS}. Lists and searches start from it, so they never show more.
     */
    record Visible(String where, Parameters params) {
    }

    Visible visible() {
        Set<Scope> scopes = access.scopes(Permission.VIEW_OPENINGS);
        if (scopes.isEmpty()) {
            throw new NotAllowed("Interviewers see candidates through their interviews");
        }
        if (scopes.contains(Scope.ANY)) {
            return new Visible("1 = 1", new Parameters());
        }
        List<String> covered = new ArrayList<>();
        if (scopes.contains(Scope.OWN_OPENINGS)) {
            covered.add("o.hiringManager.id = :me");
        }
        if (scopes.contains(Scope.SHARED_OPENINGS)) {
            covered.add("o.id in (select shared.id from Opening shared join shared.sharedWith s where s.id = :me)");
        }
        return covered.isEmpty() ? new Visible("1 = 0", new Parameters())
                : new Visible("(" + String.join(" or ", covered) + ")", Parameters.with("me", currentUser.id()));
    }

    @Transactional
    public OpeningView get(long id) {
        Opening opening = require(id);
        requireView(opening);
        return OpeningView.of(opening);
    }

    /** The checks every feature makes on an opening, with the refusals people have always read. */
    public void requireView(Opening opening) {
        access.require(Permission.VIEW_OPENINGS, opening, "You do not have access to opening " + opening.id);
    }

    public void requireManage(Opening opening) {
        access.require(Permission.MANAGE_OPENINGS, opening,
                "Only the opening's hiring manager or an administrator may change opening " + opening.id);
    }

    public void requireManageCandidates(Opening opening) {
        access.require(Permission.MANAGE_CANDIDATES, opening, "You may not manage the candidates of opening " + opening.id);
    }

    @Transactional
    public OpeningView create(OpeningRequest request) {
        Opening opening = new Opening();
        opening.hiringManager = hiringManagerFor(request);
        apply(opening, request);
        opening.persist();
        OpeningView created = OpeningView.of(opening);
        audit.record(AuditAction.CREATE, "Opening", opening.id, "Opening created: " + opening.title, null, created);
        return created;
    }

    @Transactional
    public OpeningView update(long id, OpeningRequest request) {
        Opening opening = require(id);
        requireManage(opening);
        OpeningView before = OpeningView.of(opening);
        if (request.hiringManagerId() != null && !request.hiringManagerId().equals(opening.hiringManager.id)) {
            opening.hiringManager = hiringManagerFor(request);
        }
        apply(opening, request);
        // Weights and traits are part of the rater model's input: its cached fit must not outlive them.
        Opening.flush();
        Opening.ratingsChanged(opening.id);
        OpeningView after = OpeningView.of(opening);
        audit.record(AuditAction.UPDATE, "Opening", opening.id, "Opening changed: " + opening.title, before, after);
        return after;
    }

    /** Lets another hiring manager see the opening and its results (not change it). */
    @Transactional
    public OpeningView share(long id, long userId, boolean granted) {
        Opening opening = require(id);
        requireManage(opening);
        UserAccount user = UserAccount.findById(userId);
        if (user == null) {
            throw new NotFound("User", userId);
        }
        if (!user.role.ownsOpenings() || user.id.equals(opening.hiringManager.id)) {
            throw new Invalid("Access is shared with other hiring managers",
                    List.of(new FieldError("userId", "must be a hiring manager other than the owner")));
        }
        Map<String, List<String>> before = sharing(opening);
        boolean changed = granted ? opening.sharedWith.add(user) : opening.sharedWith.remove(user);
        if (changed) {
            audit.record(granted ? AuditAction.GRANT_ACCESS : AuditAction.REVOKE_ACCESS, "Opening", opening.id,
                    (granted ? "Access granted to " : "Access revoked from ") + user.username, before, sharing(opening));
        }
        return OpeningView.of(opening);
    }

    /** Who the opening is shared with, by username in order, as the audit trail's before and after values. */
    private static Map<String, List<String>> sharing(Opening opening) {
        return Map.of("sharedWith", opening.sharedWith.stream().map(u -> u.username).sorted().toList());
    }

    public static Opening require(long id) {
        return Opening.<Opening>findByIdOptional(id).orElseThrow(() -> new NotFound("Opening", id));
    }

    private UserAccount hiringManagerFor(OpeningRequest request) {
        UserAccount me = currentUser.get();
        if (request.hiringManagerId() == null || request.hiringManagerId().equals(me.id)) {
            if (!me.role.ownsOpenings()) {
                throw new Invalid("An opening needs a hiring manager",
                        List.of(new FieldError("hiringManagerId", "choose the hiring manager who owns this opening")));
            }
            return me;
        }
        if (!access.scopes(Permission.MANAGE_OPENINGS).contains(Scope.ANY)) {
            throw new NotAllowed("Only an administrator may hand an opening to another hiring manager");
        }
        UserAccount manager = UserAccount.findById(request.hiringManagerId());
        if (manager == null || !manager.role.ownsOpenings() || !manager.active) {
            throw new Invalid("The hiring manager is not valid", List.of(new FieldError("hiringManagerId",
                    "must be an active user with the " + Role.names(Role::ownsOpenings, " or ") + " role")));
        }
        return manager;
    }

    /** Replaces title, traits and panel; rows for unchanged traits and members are kept and updated. */
    private static void apply(Opening opening, OpeningRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Trait> traits = resolveTraits(request, errors);
        Map<Long, UserAccount> interviewers = resolveInterviewers(request, traits.keySet(), errors);
        if (!errors.isEmpty()) {
            throw new Invalid("The opening's traits or panel are not valid", errors);
        }
        opening.title = request.title().strip();
        opening.team = request.team().strip();
        opening.description = request.description() == null ? null : request.description().strip();
        if (request.status() != null) {
            opening.status = request.status();
        }
        opening.traits.removeIf(t -> !traits.containsKey(t.trait.key));
        for (OpeningRequest.TraitWeight weight : request.traits()) {
            OpeningTrait row = opening.trait(weight.traitKey()).orElseGet(() -> {
                OpeningTrait added = new OpeningTrait();
                added.opening = opening;
                added.trait = traits.get(weight.traitKey());
                opening.traits.add(added);
                return added;
            });
            row.weight = weight.weight();
            row.mustHave = weight.mustHave();
        }
        opening.panel.removeIf(p -> !interviewers.containsKey(p.interviewer.id));
        for (OpeningRequest.PanelSeat seat : request.panelOrEmpty()) {
            PanelMember member = opening.panelMember(seat.interviewerId()).orElseGet(() -> {
                PanelMember added = new PanelMember();
                added.opening = opening;
                added.interviewer = interviewers.get(seat.interviewerId());
                opening.panel.add(added);
                return added;
            });
            member.focusTraits.clear();
            seat.focusTraits().forEach(key -> member.focusTraits.add(traits.get(key)));
        }
    }

    private static Map<String, Trait> resolveTraits(OpeningRequest request, List<FieldError> errors) {
        Map<String, Trait> traits = new HashMap<>();
        for (int i = 0; i < request.traits().size(); i++) {
            OpeningRequest.TraitWeight weight = request.traits().get(i);
            String key = weight.traitKey();
            String field = FieldPath.elementOf("traits", weight, i) + ".traitKey";
            Trait trait = Trait.findById(key);
            if (trait == null) {
                errors.add(new FieldError(field, "unknown trait '" + key + "'"));
            } else if (traits.put(key, trait) != null) {
                errors.add(new FieldError(field, "trait '" + key + "' is listed twice"));
            }
        }
        return traits;
    }

    private static Map<Long, UserAccount> resolveInterviewers(OpeningRequest request, Set<String> traitKeys,
            List<FieldError> errors) {
        Map<Long, UserAccount> interviewers = new HashMap<>();
        List<OpeningRequest.PanelSeat> panel = request.panelOrEmpty();
        for (int i = 0; i < panel.size(); i++) {
            OpeningRequest.PanelSeat seat = panel.get(i);
            String at = FieldPath.elementOf("panel", seat, i);
            UserAccount user = UserAccount.findById(seat.interviewerId());
            if (user == null || !user.active || !user.role.canInterview()) {
                errors.add(new FieldError(at + ".interviewerId", "must be an active interviewer or hiring manager"));
            } else if (interviewers.put(user.id, user) != null) {
                errors.add(new FieldError(at + ".interviewerId", "this interviewer is on the panel twice"));
            }
            Set<String> seen = new HashSet<>();
            for (String key : seat.focusTraits()) {
                String field = FieldPath.element(at + ".focusTraits", key);
                if (!traitKeys.contains(key)) {
                    errors.add(new FieldError(field, "'" + key + "' is not one of the opening's traits"));
                } else if (!seen.add(key)) {
                    errors.add(new FieldError(field, "'" + key + "' is listed twice"));
                }
            }
        }
        return interviewers;
    }
}
