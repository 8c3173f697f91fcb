package io.traitscore.demo;

import io.traitscore.audit.AuditLog;
import io.traitscore.candidate.Candidate;
import io.traitscore.candidate.CandidateStatus;
import io.traitscore.candidate.StageService;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import io.traitscore.catalog.bank.CurrentQuestionBank;
import io.traitscore.interview.Interview;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningTrait;
import io.traitscore.opening.PanelMember;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.scorecard.Scorecard;
import io.traitscore.scorecard.SubmitRules;
import io.traitscore.scorecard.TraitRating;
import io.traitscore.security.PasswordHasher;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the demo data set in one transaction; it either loads completely or not at all. */
@ApplicationScoped
class DemoDataWriter {

    private final PasswordHasher hasher;
    private final CurrentQuestionBank bank;

    DemoDataWriter(PasswordHasher hasher, CurrentQuestionBank bank) {
        this.hasher = hasher;
        this.bank = bank;
    }

    @Transactional
    boolean hasUsers() {
        return UserAccount.count() > 0;
    }

    @Transactional
    boolean demoUsersExist(DemoData data) {
        return data.users().stream().allMatch(u -> UserAccount.findByUsername(u.username()).isPresent());
    }

    @Transactional
    void write(DemoData data) {
        Instant now = Instant.now();
        // One hash serves every demo account: they share the demo password, and bcrypt is slow on purpose.
        String passwordHash = hasher.hash(data.password());
        Map<String, UserAccount> users = new HashMap<>();
        for (DemoData.User u : data.users()) {
            UserAccount user = new UserAccount();
            user.username = u.username();
            user.displayName = u.name();
            user.email = u.email();
            user.role = Role.valueOf(u.role());
            user.passwordHash = passwordHash;
            user.createdAt = now;
            user.persist();
            users.put(user.username, user);
        }
        Opening opening = writeOpening(data.opening(), users, now);
        for (DemoData.Candidate c : data.candidates()) {
            writeCandidate(c, opening, users, now);
        }
    }

    private static Opening writeOpening(DemoData.Opening o, Map<String, UserAccount> users, Instant now) {
        Opening opening = new Opening();
        opening.title = o.title();
        opening.team = o.team();
        opening.description = o.description();
        opening.hiringManager = require(users, o.hiringManager());
        opening.createdAt = now.minus(Duration.ofDays(30));
        for (DemoData.TraitWeight w : o.traits()) {
            OpeningTrait trait = new OpeningTrait();
            trait.opening = opening;
            trait.trait = trait(w.trait());
            trait.weight = w.weight();
            trait.mustHave = w.mustHave();
            opening.traits.add(trait);
        }
        for (DemoData.PanelSeat seat : o.panel()) {
            PanelMember member = new PanelMember();
            member.opening = opening;
            member.interviewer = require(users, seat.interviewer());
            seat.focus().forEach(key -> member.focusTraits.add(trait(key)));
            opening.panel.add(member);
        }
        opening.persist();
        return opening;
    }

    private void writeCandidate(DemoData.Candidate c, Opening opening, Map<String, UserAccount> users, Instant now) {
        Candidate candidate = new Candidate();
        candidate.opening = opening;
        candidate.name = c.name();
        candidate.email = c.email();
        candidate.createdAt = now.minus(Duration.ofDays(25));
        candidate.statusChangedAt = candidate.createdAt;
        candidate.moveTo(CandidateStatus.valueOf(c.status()), now.minus(Duration.ofDays(1)));
        candidate.persist();
        StageService.recordAutomatic(candidate, null, AuditLog.SYSTEM, null);
        for (DemoData.Interview i : c.interviews()) {
            Interview interview = new Interview();
            interview.candidate = candidate;
            interview.interviewer = require(users, i.interviewer());
            interview.scheduledAt = LocalDate.now(ZoneOffset.UTC).plusDays(i.daysFromNow())
                    .atTime(i.hour(), 0).toInstant(ZoneOffset.UTC);
            interview.createdAt = candidate.createdAt;
            interview.focusTraits.addAll(opening.panelMember(interview.interviewer.id)
                    .orElseThrow(() -> new IllegalStateException(i.interviewer() + " is not on the demo panel"))
                    .focusTraits);
            interview.persist();
            if (i.scorecard() != null) {
                writeScorecard(i.scorecard(), interview);
            }
        }
    }

    private void writeScorecard(DemoData.Scorecard s, Interview interview) {
        Scorecard scorecard = new Scorecard();
        scorecard.interview = interview;
        scorecard.recommendation = s.recommendation() == null ? null : Recommendation.valueOf(s.recommendation());
        scorecard.summary = s.summary();
        scorecard.bankVersion = bank.version();
        scorecard.createdAt = interview.scheduledAt.plus(Duration.ofHours(1));
        scorecard.updatedAt = scorecard.createdAt;
        for (DemoData.Rating r : s.ratings()) {
            TraitRating rating = new TraitRating();
            rating.scorecard = scorecard;
            rating.trait = trait(r.trait());
            rating.score = r.score();
            rating.noEvidence = r.noEvidence();
            rating.evidence = r.evidence() == null ? null : r.evidence().strip();
            orEmpty(r.questions()).forEach(code -> rating.questionsAsked.add(question(code)));
            orEmpty(r.redFlags()).forEach(code -> rating.redFlags.add(indicator(code)));
            scorecard.ratings.add(rating);
        }
        if (ScorecardStatus.valueOf(s.status()) == ScorecardStatus.SUBMITTED) {
            var problems = SubmitRules.check(scorecard);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("Demo scorecard of " + interview.candidate.name + " by "
                        + interview.interviewer.username + " would not pass submission: " + problems);
            }
            scorecard.status = ScorecardStatus.SUBMITTED;
            scorecard.submittedAt = interview.scheduledAt.plus(Duration.ofHours(2));
            scorecard.updatedAt = scorecard.submittedAt;
        }
        scorecard.persist();
    }

    private static Trait trait(String key) {
        Trait trait = Trait.findById(key);
        if (trait == null) {
            throw new IllegalStateException("Demo data names an unknown trait '" + key + "'");
        }
        return trait;
    }

    private static Question question(String code) {
        return Question.<Question>find("code", code).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("Demo data names an unknown question '" + code + "'"));
    }

    private static TraitIndicator indicator(String code) {
        TraitIndicator indicator = TraitIndicator.findById(code);
        if (indicator == null) {
            throw new IllegalStateException("Demo data names an unknown red flag '" + code + "'");
        }
        return indicator;
    }

    private static UserAccount require(Map<String, UserAccount> users, String username) {
        UserAccount user = users.get(username);
        if (user == null) {
            throw new IllegalStateException("Demo data names an unknown user '" + username + "'");
        }
        return user;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
