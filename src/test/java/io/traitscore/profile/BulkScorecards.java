package io.traitscore.profile;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.traitscore.Fixtures;
import io.traitscore.candidate.Candidate;
import io.traitscore.catalog.IndicatorKind;
import io.traitscore.catalog.Question;
import io.traitscore.catalog.Trait;
import io.traitscore.catalog.TraitIndicator;
import io.traitscore.interview.Interview;
import io.traitscore.interview.ScorecardStatus;
import io.traitscore.opening.Opening;
import io.traitscore.opening.OpeningTrait;
import io.traitscore.scorecard.Recommendation;
import io.traitscore.scorecard.Scorecard;
import io.traitscore.scorecard.TraitRating;
import io.traitscore.security.Role;
import io.traitscore.security.UserAccount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an opening with many candidates, interviewers and submitted scorecards straight through
 * the entities in one transaction: the API would take minutes for the sizes the query-count test needs.
 */
public final class BulkScorecards {

    static final List<String> TRAITS = List.of("listens-with-empathy", "adapts-easily", "proud-to-serve",
            "thick-skin-warm-heart", "reads-beyond-the-words");
    private static final String PASSWORD_HASH = BcryptUtil.bcryptHash(Fixtures.PASSWORD, 4);

    public record Built(UserAccount manager, long openingId, List<Long> candidateIds) {
    }

    private BulkScorecards() {
    }

    /** Every interviewer interviews every candidate on every trait; the first one also notes a red flag. */
    public static Built write(int candidates, int interviewers) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = Instant.now();
            UserAccount manager = user(Role.HIRING_MANAGER, now);
            List<UserAccount> panel = new ArrayList<>();
            for (int i = 0; i < interviewers; i++) {
                panel.add(user(Role.INTERVIEWER, now));
            }
            List<Trait> traits = TRAITS.stream().map(key -> Trait.<Trait>findById(key)).toList();
            List<Question> questions = traits.stream()
                    .map(t -> Question.find("trait.key = ?1 order by id", t.key).<Question>firstResult()).toList();
            TraitIndicator redFlag = TraitIndicator.find("trait.key = ?1 and kind = ?2", traits.get(0).key,
                    IndicatorKind.RED_FLAG).firstResult();

            Opening opening = new Opening();
            opening.title = Fixtures.unique("Bulk opening");
            opening.team = "Customer Care";
            opening.hiringManager = manager;
            for (int t = 0; t < traits.size(); t++) {
                OpeningTrait row = new OpeningTrait();
                row.opening = opening;
                row.trait = traits.get(t);
                row.weight = 1 + t % 3;
                row.mustHave = t == 0;
                opening.traits.add(row);
            }
            opening.persist();

            List<Long> ids = new ArrayList<>();
            for (int c = 0; c < candidates; c++) {
                Candidate candidate = new Candidate();
                candidate.opening = opening;
                candidate.name = Fixtures.unique("Bulk candidate");
                candidate.persist();
                ids.add(candidate.id);
                for (int i = 0; i < panel.size(); i++) {
                    scorecard(candidate, panel.get(i), traits, questions, i == 0 ? redFlag : null, c + i, now);
                }
            }
            return new Built(manager, opening.id, ids);
        });
    }

    private static void scorecard(Candidate candidate, UserAccount interviewer, List<Trait> traits,
            List<Question> questions, TraitIndicator redFlag, int seed, Instant now) {
        Interview interview = new Interview();
        interview.candidate = candidate;
        interview.interviewer = interviewer;
        interview.scheduledAt = now;
        interview.focusTraits.addAll(traits);
        interview.persist();
        Scorecard scorecard = new Scorecard();
        scorecard.interview = interview;
        scorecard.status = ScorecardStatus.SUBMITTED;
        scorecard.recommendation = Recommendation.values()[seed % 4];
        scorecard.bankVersion = "bulk";
        scorecard.submittedAt = now;
        for (int t = 0; t < traits.size(); t++) {
            TraitRating rating = new TraitRating();
            rating.scorecard = scorecard;
            rating.trait = traits.get(t);
            rating.score = 1 + (seed + t) % 5;
            rating.evidence = "Bulk evidence";
            rating.questionsAsked.add(questions.get(t));
            if (t == 0 && redFlag != null) {
                rating.redFlags.add(redFlag);
            }
            scorecard.ratings.add(rating);
        }
        scorecard.persist();
    }

    private static UserAccount user(Role role, Instant now) {
        UserAccount user = new UserAccount();
        user.username = Fixtures.unique(role.name().toLowerCase().replace('_', '-'));
        user.displayName = "Bulk " + user.username;
        user.role = role;
        user.passwordHash = PASSWORD_HASH;
        user.createdAt = now;
        user.persist();
        return user;
    }
}
