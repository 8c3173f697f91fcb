package io.traitscore.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.catalog.bank.CurrentQuestionBank;
import io.traitscore.opening.OpeningService;
import io.traitscore.outcome.Conflict;
import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.Invalid;
import io.traitscore.outcome.NotFound;
import io.traitscore.profile.CandidateComparison;
import io.traitscore.profile.CandidateComparison.ComparedCandidate;
import io.traitscore.profile.CandidateProfile;
import io.traitscore.profile.ProfileService;
import io.traitscore.security.Access;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records the hiring manager's decision with a frozen snapshot of the profile, and names where it goes
 * against the evidence: such a decision needs an explicit justification and is marked for good.
 */
@ApplicationScoped
public class DecisionService {

    /** Decisions are taken in debrief; an offered candidate's decision may still be replaced. */
    static final Set<CandidateStatus> DECIDABLE = EnumSet.of(CandidateStatus.DEBRIEF, CandidateStatus.OFFERED);

    private final ProfileService profiles;
    private final Access access;
    private final CurrentUser currentUser;
    private final OpeningService openings;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final EntityManager em;
    private final CurrentQuestionBank bank;

    DecisionService(ProfileService profiles, Access access, CurrentUser currentUser, OpeningService openings,
            AuditLog audit, ObjectMapper json, EntityManager em, CurrentQuestionBank bank) {
        this.profiles = profiles;
        this.access = access;
        this.currentUser = currentUser;
        this.openings = openings;
        this.audit = audit;
        this.json = json;
        this.em = em;
        this.bank = bank;
    }

    @Transactional
    public DecisionView decide(long candidateId, DecisionRequest request) {
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null) {
            throw new NotFound("Candidate", candidateId);
        }
        access.require(Permission.DECIDE, candidate, "Only the opening's hiring manager records decisions on candidate "
                + candidateId);
        if (candidate.erasedAt != null) {
            throw new Conflict("Candidate " + candidateId + " was erased: no decision can be recorded on them");
        }
        if (!DECIDABLE.contains(candidate.status)) {
            throw new Conflict("Candidate " + candidateId + " is " + candidate.status.name().toLowerCase(Locale.ROOT)
                    + ": decisions are recorded in debrief (or to replace the decision on an offered candidate)");
        }
        DecisionRecord current = currentRecord(candidateId);
        if (current != null && !current.id.equals(request.supersedes())) {
            throw new Conflict("Candidate " + candidateId + " already has a decision (" + current.decision + ", record "
                    + current.id + "); to replace it, send supersedes: " + current.id);
        }
        if (current == null && request.supersedes() != null) {
            throw new Conflict("Record " + request.supersedes() + " is not the current decision on candidate " + candidateId);
        }
        CandidateProfile profile = profiles.profile(candidateId, Permission.DECIDE);
        Set<String> traitKeys = profile.traits().stream().map(CandidateProfile.TraitProfile::traitKey)
                .collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.citedTraits().size(); i++) {
            String key = request.citedTraits().get(i);
            if (!traitKeys.contains(key)) {
                errors.add(new FieldError("citedTraits[" + i + "]", "'" + key + "' is not a trait of this opening"));
            }
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The rationale must cite traits of the opening", errors);
        }
        List<EvidenceConflict> conflicts = conflicts(candidate, profile, request.decision());
        String justification = blankToNull(request.justification());
        if (!conflicts.isEmpty() && justification == null) {
            List<FieldError> named = conflicts.stream().map(c -> new FieldError("justification", c.text())).toList();
            throw new Invalid("This decision goes against the evidence; say why you decide so anyway (justification)",
                    named);
        }
        DecisionRecord record = new DecisionRecord();
        record.candidateId = candidateId;
        record.openingId = candidate.opening.id;
        record.decision = request.decision();
        record.rationale = request.rationale().strip();
        record.citedTraits = String.join(",", new LinkedHashSet<>(request.citedTraits()));
        record.againstEvidence = !conflicts.isEmpty();
        record.conflicts = write(conflicts);
        record.justification = conflicts.isEmpty() ? null : justification;
        List<String> versions = bankVersions(candidateId);
        record.snapshot = write(DecisionSnapshot.of(profile, versions));
        record.bankVersions = String.join(",", versions);
        record.decidedById = currentUser.id();
        record.decidedBy = currentUser.get().username;
        record.decidedAt = Instant.now();
        record.persist();
        if (current != null) {
            current.supersededBy = record.id;
        }
        DecisionView view = view(record);
        audit.recordAbout(candidateId, AuditAction.CREATE, "DecisionRecord", record.id, "Decision " + record.decision + " on candidate "
                + candidateId + (record.againstEvidence ? " against the evidence" : "")
                + (current != null ? ", replacing record " + current.id : ""), null, view);
        return view;
    }

    /** A candidate's decisions, newest first: for whoever may read the candidate's profile. */
    @Transactional
    public List<DecisionView> ofCandidate(long candidateId) {
        Candidate candidate = Candidate.findById(candidateId);
        if (candidate == null) {
            throw new NotFound("Candidate", candidateId);
        }
        access.require(Permission.READ_PROFILE, candidate, "You do not have access to candidate " + candidateId);
        return DecisionRecord.<DecisionRecord>list("candidateId = ?1 order by decidedAt desc, id desc", candidateId).stream()
                .map(this::view).toList();
    }

    /**
     * The current decisions of an opening's candidates, erased ones included (anonymous): for whoever may
     * compare its candidates, without those they still owe a scorecard (the snapshot holds others' scores).
     */
    @Transactional
    public List<DecisionView> ofOpening(long openingId) {
        access.require(Permission.COMPARE, io.traitscore.opening.OpeningService.require(openingId),
                "You do not have access to opening " + openingId);
        Set<Long> withheld = access.withheldCandidates(openingId);
        return currentOfOpening(openingId).values().stream().filter(d -> !withheld.contains(d.candidateId()))
                .sorted(java.util.Comparator.comparing(DecisionView::candidateId)).toList();
    }

    /** Every decision on a candidate, oldest first, without an access check: for the personal-data export. */
    @Transactional
    public List<DecisionView> allOf(long candidateId) {
        return DecisionRecord.<DecisionRecord>list("candidateId = ?1 order by decidedAt, id", candidateId).stream()
                .map(this::view).toList();
    }

    /** The current decision of each candidate of an opening, by candidate id; no access check (callers have one). */
    @Transactional
    public Map<Long, DecisionView> currentOfOpening(long openingId) {
        return DecisionRecord.<DecisionRecord>list("openingId = ?1 and supersededBy is null", openingId).stream()
                .map(this::view).collect(Collectors.toMap(DecisionView::candidateId, Function.identity(), (a, b) -> b));
    }

    /** The current decision on one candidate, or null; no access check (callers have one). */
    @Transactional
    public DecisionView currentOf(long candidateId) {
        DecisionRecord record = currentRecord(candidateId);
        return record == null ? null : view(record);
    }

    /** Whether the candidate's current decision is to hire. */
    @Transactional
    public boolean decidedToHire(long candidateId) {
        DecisionRecord record = currentRecord(candidateId);
        return record != null && record.decision == Decision.HIRE;
    }

    private List<EvidenceConflict> conflicts(Candidate candidate, CandidateProfile profile, Decision decision) {
        List<EvidenceConflict> conflicts = new ArrayList<>();
        if (decision == Decision.HIRE) {
            profile.flags().mustHaveBelowThreshold().forEach(m -> conflicts.add(new EvidenceConflict(
                    EvidenceConflict.Kind.MUST_HAVE_BELOW_THREE, m.traitKey(), null, "Hiring although " + m.traitName()
                            + " is a must-have with a mean of " + one(m.mean()) + ", below 3")));
            profile.flags().redFlags().stream().filter(f -> !f.resolved()).collect(Collectors.toMap(f -> f.traitKey() + "/" + f.code(), f -> f,
                    (a, b) -> a, java.util.LinkedHashMap::new)).values().forEach(f -> conflicts.add(new EvidenceConflict(
                    EvidenceConflict.Kind.RED_FLAG, f.traitKey(), null, "Hiring although a red flag on " + f.traitName()
                            + " is unresolved: " + f.text())));
        }
        if (decision == Decision.NO_HIRE) {
            Set<Long> hired = hiredInOpening(candidate);
            if (!hired.isEmpty()) {
                Set<Long> compared = new TreeSet<>(hired);
                compared.add(candidate.id);
                CandidateComparison comparison = profiles.comparison(candidate.opening.id, compared, "overall", "desc");
                ComparedCandidate self = comparison.candidates().stream().filter(c -> c.id() == candidate.id).findFirst()
                        .orElse(null);
                for (ComparedCandidate other : comparison.candidates()) {
                    if (self == null || other.id() == candidate.id || self.overall() == null || other.overall() == null) {
                        continue;
                    }
                    boolean tied = self.notDistinguishableFrom().stream().anyMatch(r -> r.id() == other.id());
                    boolean better = self.overall().score() > other.overall().score();
                    if (tied || better) {
                        conflicts.add(new EvidenceConflict(EvidenceConflict.Kind.NOT_WORSE_THAN_HIRED, null, other.id(),
                                "Not hiring although the candidate " + (better ? "scored above" : "cannot be told apart from")
                                        + " candidate #" + other.id() + ", who was hired for this opening (overall "
                                        + one(self.overall().score()) + " against " + one(other.overall().score()) + ")"));
                    }
                }
            }
        }
        return conflicts;
    }

    /** Others of the opening with a current decision to hire, an offer or a hire. */
    private Set<Long> hiredInOpening(Candidate candidate) {
        Set<Long> hired = new TreeSet<>(em.createQuery("select d.candidateId from DecisionRecord d where d.openingId = :o"
                + " and d.supersededBy is null and d.decision = :hire", Long.class)
                .setParameter("o", candidate.opening.id).setParameter("hire", Decision.HIRE).getResultList());
        hired.addAll(em.createQuery("select c.id from Candidate c where c.opening.id = :o and c.status in :stages"
                + " and c.erasedAt is null", Long.class).setParameter("o", candidate.opening.id)
                .setParameter("stages", EnumSet.of(CandidateStatus.OFFERED, CandidateStatus.HIRED)).getResultList());
        hired.remove(candidate.id);
        // Whom the decider still owes a scorecard cannot be compared for them (independence); nor can erased ones.
        hired.removeAll(access.withheldCandidates(candidate.opening.id));
        // Erased candidates are no longer compared; their anonymous decisions stay.
        if (!hired.isEmpty()) {
            hired.retainAll(em.createQuery("select c.id from Candidate c where c.id in :ids and c.erasedAt is null", Long.class)
                    .setParameter("ids", hired).getResultList());
        }
        return hired;
    }

    private List<String> bankVersions(long candidateId) {
        Set<String> versions = new TreeSet<>(em.createQuery("select distinct s.bankVersion from Scorecard s"
                + " where s.interview.candidate.id = :c and s.status = io.traitscore.interview.ScorecardStatus.SUBMITTED",
                String.class).setParameter("c", candidateId).getResultList());
        versions.add(bank.version());
        return List.copyOf(versions);
    }

    private DecisionRecord currentRecord(long candidateId) {
        return DecisionRecord.<DecisionRecord>find("candidateId = ?1 and supersededBy is null", candidateId).firstResult();
    }

    DecisionView view(DecisionRecord r) {
        try {
            List<EvidenceConflict> conflicts = json.readValue(r.conflicts, new TypeReference<>() {
            });
            return new DecisionView(r.id, r.candidateId, r.openingId, r.decision, r.rationale,
                    Arrays.asList(r.citedTraits.split(",")), r.againstEvidence, conflicts, r.justification,
                    json.readTree(r.snapshot), r.decidedBy, r.decidedAt, r.supersededBy);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Decision record " + r.id + " holds unreadable JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String one(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
