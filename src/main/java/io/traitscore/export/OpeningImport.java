package io.traitscore.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.traitscore.audit.AuditAction;
import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.StageChange;
import io.traitscore.candidate.StageReason;
import io.traitscore.candidate.StageService;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import io.traitscore.decision.Decision;
import io.traitscore.decision.DecisionRecord;
import io.traitscore.decision.EvidenceConflict;
import io.traitscore.interview.Interview;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningTrait;
import io.traitscore.opening.PanelMember;
import io.traitscore.profile.ResolvedRedFlag;
import io.traitscore.scorecard.Scorecard;
import io.traitscore.scorecard.TraitRating;
import io.traitscore.security.CurrentUser;
import io.traitscore.security.PasswordHasher;
import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recreates an exported opening: its traits, panel, candidates, interviews and submitted scorecards, the
 * candidates' timelines, decision records and resolved red flags, with their original times and statuses,
 * in one transaction (all or nothing). Users are matched by username;
 * a missing one is created as an inactive account with a random password nobody knows, so the history
 * keeps its names but nobody can log in as them until an administrator activates the account and sets a
 * password. Everything is checked first, by the API's rules and the permission matrix, by
 * {@link OpeningImportCheck}: nothing is written unless the whole document passes.
 */
@ApplicationScoped
public class OpeningImport {

    public record Result(long openingId, String title, int candidates, int interviews, int scorecards, int decisions,
            List<String> usersCreated, List<Long> customQuestionsCreated) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final CurrentUser currentUser;
    private final OpeningImportCheck check;
    private final ObjectMapper json;
    /**
     * The password hash of every account the import creates: of a random secret that is thrown away at once,
     * so nobody can log in with it, computed once rather than one bcrypt per account (hundreds of accounts
     * would otherwise hold the import for minutes).
     */
    private volatile String unusableHash;

    OpeningImport(PasswordHasher hasher, AuditLog audit, CurrentUser currentUser, OpeningImportCheck check,
            ObjectMapper json) {
        this.json = json;
        this.hasher = hasher;
        this.audit = audit;
        this.currentUser = currentUser;
        this.check = check;
    }

    @Transactional
    public Result importOpening(OpeningDocument doc) {
        OpeningImportCheck.People people = check.requireValid(doc);
        List<String> created = new ArrayList<>();
        Map<String, UserAccount> users = users(doc, people, created);
        Opening opening = opening(doc, users);
        List<Long> customQuestions = new ArrayList<>();
        int interviews = 0;
        int scorecards = 0;
        Map<Long, Long> candidateIds = new HashMap<>();
        List<Map.Entry<Candidate, OpeningDocument.Candidate>> pipelines = new ArrayList<>();
        for (OpeningDocument.Candidate c : doc.candidates()) {
            Candidate candidate = new Candidate();
            candidate.opening = opening;
            candidate.name = c.name();
            candidate.email = c.email();
            candidate.status = c.status();
            candidate.createdAt = c.createdAt();
            candidate.statusChangedAt = c.statusChangedAt();
            candidate.decidedAt = c.decidedAt();
            // Only an anonymous record may arrive erased (OpeningImportCheck).
            candidate.erasedAt = c.erasedAt();
            candidate.persist();
            if (c.id() != null) {
                candidateIds.put(c.id(), candidate.id);
            }
            if (c.timeline() == null || c.timeline().isEmpty()) {
                StageService.recordAutomatic(candidate, null, "import", null);
            } else {
                c.timeline().forEach(move -> move(candidate, move, users));
            }
            if (c.resolvedRedFlags() != null) {
                c.resolvedRedFlags().forEach(flag -> resolved(candidate, flag, users));
            }
            pipelines.add(Map.entry(candidate, c));
            for (OpeningDocument.Interview i : c.interviews()) {
                Interview interview = new Interview();
                interview.candidate = candidate;
                interview.interviewer = users.get(i.interviewer());
                interview.scheduledAt = i.scheduledAt();
                interview.durationMinutes = i.durationMinutes();
                interview.createdAt = i.createdAt();
                i.focusTraits().forEach(key -> interview.focusTraits.add(Trait.findById(key)));
                interview.persist();
                interviews++;
                if (i.scorecard() != null) {
                    scorecard(i.scorecard(), interview, customQuestions).persist();
                    scorecards++;
                }
            }
        }
        // Decisions last: their conflicts may name candidates listed after them, by the ids of the exporting instance.
        int decisions = 0;
        for (Map.Entry<Candidate, OpeningDocument.Candidate> pipeline : pipelines) {
            decisions += decisions(pipeline.getKey(), pipeline.getValue(), users, candidateIds);
        }
        Result result = new Result(opening.id, opening.title, doc.candidates().size(), interviews, scorecards,
                decisions, List.copyOf(created), List.copyOf(customQuestions));
        audit.record(AuditAction.IMPORT, "Opening", opening.id, "Opening imported: " + opening.title + " ("
                + result.candidates() + " candidates, " + scorecards + " scorecards, " + decisions + " decisions, " + created.size()
                + " inactive users created)", null, result);
        return result;
    }

    private static void move(Candidate candidate, OpeningDocument.StageMove m, Map<String, UserAccount> users) {
        StageChange change = new StageChange();
        change.candidateId = candidate.id;
        change.fromStatus = m.from() == null ? null : CandidateStatus.valueOf(m.from());
        change.toStatus = CandidateStatus.valueOf(m.to());
        change.reason = m.reason() == null ? null : StageReason.valueOf(m.reason());
        change.note = m.note();
        change.debriefOverride = m.debriefOverride();
        change.automatic = m.automatic();
        UserAccount actor = users.get(m.actor());
        change.actorId = actor == null ? null : actor.id;
        change.actor = m.actor();
        change.changedAt = m.changedAt();
        change.persist();
    }

    private static void resolved(Candidate candidate, OpeningDocument.ResolvedRedFlag flag, Map<String, UserAccount> users) {
        ResolvedRedFlag resolved = new ResolvedRedFlag();
        resolved.candidateId = candidate.id;
        resolved.traitKey = flag.trait();
        resolved.flagCode = flag.code();
        resolved.note = flag.note();
        resolved.resolvedById = users.get(flag.resolvedBy()).id;
        resolved.resolvedBy = flag.resolvedBy();
        resolved.resolvedAt = flag.resolvedAt();
        resolved.persist();
    }

    /** The candidate's decisions, oldest first, each replaced by the next; conflicts name the copied candidates. */
    private int decisions(Candidate candidate, OpeningDocument.Candidate c, Map<String, UserAccount> users,
            Map<Long, Long> candidateIds) {
        if (c.decisions() == null) {
            return 0;
        }
        DecisionRecord previous = null;
        for (OpeningDocument.DecisionEntry d : c.decisions()) {
            DecisionRecord record = new DecisionRecord();
            record.candidateId = candidate.id;
            record.openingId = candidate.opening.id;
            record.decision = Decision.valueOf(d.decision());
            record.rationale = d.rationale();
            record.citedTraits = String.join(",", d.citedTraits());
            record.againstEvidence = d.againstEvidence();
            record.conflicts = write(d.conflicts().stream().map(k -> k.candidateId() == null ? k
                    : new EvidenceConflict(k.kind(), k.traitKey(), candidateIds.getOrDefault(k.candidateId(),
                            k.candidateId()), k.text())).toList());
            record.justification = d.justification();
            record.snapshot = write(d.snapshot());
            record.bankVersions = String.join(",", d.questionBankVersions());
            record.decidedById = users.get(d.decidedBy()).id;
            record.decidedBy = d.decidedBy();
            record.decidedAt = d.decidedAt();
            record.persist();
            if (previous != null) {
                previous.supersededBy = record.id;
            }
            previous = record;
        }
        return c.decisions().size();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private Map<String, UserAccount> users(OpeningDocument doc, OpeningImportCheck.People people, List<String> created) {
        Map<String, UserAccount> users = new HashMap<>();
        for (OpeningDocument.User u : doc.users()) {
            UserAccount existing = people.existing().get(u.username());
            UserAccount user = existing != null ? existing : create(u, created);
            users.put(user.username, user);
        }
        return users;
    }

    private UserAccount create(OpeningDocument.User u, List<String> created) {
        UserAccount account = new UserAccount();
        account.username = u.username();
        account.displayName = u.displayName();
        account.email = u.email();
        account.role = u.role();
        account.active = false;
        account.passwordHash = unusableHash();
        account.createdAt = Instant.now();
        account.persist();
        created.add(account.username);
        return account;
    }

    private String unusableHash() {
        if (unusableHash == null) {
            unusableHash = hasher.hash(unguessablePassword());
        }
        return unusableHash;
    }

    private static Opening opening(OpeningDocument doc, Map<String, UserAccount> users) {
        OpeningDocument.Opening o = doc.opening();
        Opening opening = new Opening();
        opening.title = o.title();
        opening.team = o.team();
        opening.description = o.description();
        opening.status = o.status();
        opening.createdAt = o.createdAt();
        opening.hiringManager = users.get(o.hiringManager());
        o.sharedWith().forEach(name -> opening.sharedWith.add(users.get(name)));
        for (OpeningDocument.TraitWeight w : doc.traits()) {
            OpeningTrait trait = new OpeningTrait();
            trait.opening = opening;
            trait.trait = Trait.findById(w.key());
            trait.weight = w.weight();
            trait.mustHave = w.mustHave();
            opening.traits.add(trait);
        }
        for (OpeningDocument.PanelSeat seat : doc.panel()) {
            PanelMember member = new PanelMember();
            member.opening = opening;
            member.interviewer = users.get(seat.interviewer());
            seat.focusTraits().forEach(key -> member.focusTraits.add(Trait.findById(key)));
            opening.panel.add(member);
        }
        opening.persist();
        return opening;
    }

    private Scorecard scorecard(OpeningDocument.Scorecard s, Interview interview, List<Long> customQuestions) {
        Scorecard scorecard = new Scorecard();
        scorecard.interview = interview;
        scorecard.status = s.status();
        scorecard.recommendation = s.recommendation();
        scorecard.summary = s.summary();
        scorecard.bankVersion = s.bankVersion();
        scorecard.createdAt = s.createdAt();
        scorecard.updatedAt = s.updatedAt();
        scorecard.submittedAt = s.submittedAt();
        for (OpeningDocument.Rating r : s.ratings()) {
            TraitRating rating = new TraitRating();
            rating.scorecard = scorecard;
            rating.trait = Trait.findById(r.trait());
            rating.score = r.score();
            rating.noEvidence = r.noEvidence();
            rating.evidence = r.evidence();
            r.questionsAsked().forEach(q -> rating.questionsAsked.add(question(q, customQuestions)));
            r.redFlags().forEach(f -> rating.redFlags.add(TraitIndicator.findById(f.code())));
            scorecard.ratings.add(rating);
        }
        return scorecard;
    }

    /** A bank question by its code; a custom one (or a bank question this instance lacks) by trait and text. */
    private Question question(OpeningDocument.Question q, List<Long> customQuestions) {
        if (q.code() != null) {
            Question bank = Question.find("code", q.code()).firstResult();
            if (bank != null) {
                return bank;
            }
        }
        Question same = Question.find("trait.key = ?1 and text = ?2 and custom = true order by id", q.trait(), q.text())
                .firstResult();
        if (same != null) {
            return same;
        }
        Question question = new Question();
        question.trait = Trait.findById(q.trait());
        question.kind = q.kind();
        question.text = q.text();
        question.custom = true;
        question.createdBy = currentUser.get();
        question.createdAt = Instant.now();
        Integer last = Question.find("select max(q.position) from Question q where q.trait.key = ?1", q.trait())
                .project(Integer.class).firstResult();
        question.position = (last == null ? 0 : last) + 1;
        question.persist();
        customQuestions.add(question.id);
        return question;
    }

    private static String unguessablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
