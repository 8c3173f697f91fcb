package io.traitscore.scorecard;

import io.traitscore.outcome.FieldError;
import io.traitscore.outcome.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a scorecard needs before it can be submitted: a recommendation, every focus trait either
 * scored or marked "no evidence", and evidence notes behind every extreme or low score (1, 2, 5),
 * because those move a decision most and are the ones a hiring committee will question.
 */
public final class SubmitRules {

    public static final Set<Integer> SCORES_NEEDING_EVIDENCE = Set.of(1, 2, 5);

    private SubmitRules() {
    }

    /** @return one error per problem, with the field named as {@code ratings.<traitKey>.<field>} */
    public static List<FieldError> check(Scorecard scorecard) {
        List<FieldError> errors = new ArrayList<>();
        if (scorecard.recommendation == null) {
            errors.add(new FieldError("recommendation", "choose an overall recommendation"));
        }
        scorecard.interview.focusTraitsInOrder().forEach(trait -> {
            String field = FieldPath.element("ratings", trait.key);
            var rating = scorecard.rating(trait.key);
            if (rating.isEmpty() || !rating.get().isRated()) {
                errors.add(new FieldError(field + ".score", "rate " + trait.name + " from 1 to 5, or mark it 'no evidence'"));
            } else {
                evidenceMissing(rating.get().score, rating.get().evidence)
                        .ifPresent(message -> errors.add(new FieldError(field + ".evidence", message)));
            }
        });
        return errors;
    }

    /** Why a score cannot stand without evidence notes, or empty when it can (also used by the opening import). */
    public static Optional<String> evidenceMissing(Integer score, String evidence) {
        if (score != null && SCORES_NEEDING_EVIDENCE.contains(score) && isBlank(evidence)) {
            return Optional.of("a score of " + score + " needs evidence notes: what did the candidate say or do?");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
