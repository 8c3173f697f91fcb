package io.traitscore.profile;

/**
 * Whether the figures beside it come from the rater model, and if not, why: the product then shows
 * today's plain figures (leniency offsets, overlapping intervals, flat-profile halo check) instead.
 *
 * @param fitted         the model was fitted to the opening's submitted scores
 * @param fallbackReason why it was not, in words a reader understands; null when fitted
 * @param ratings        the scores the fit rests on (0 when not fitted)
 * @param refreshing     the figures come from the opening's previous fit while a new one, taking in the
 *                       latest submitted scorecards or edit, is computed in the background
 */
public record ModelStatus(boolean fitted, String fallbackReason, int ratings, boolean refreshing) {

    public ModelStatus(boolean fitted, String fallbackReason, int ratings) {
        this(fitted, fallbackReason, ratings, false);
    }

    /** The model as it is written in the README, for the page's one-line explanation. */
    public static final String FORMULA =
            "score ~ 0 + trait + (1|candidate) + (1|candidate:trait) + (1|interviewer) + (1|candidate:interviewer)";

    public static ModelStatus of(OpeningModel model) {
        return model.fitted() ? new ModelStatus(true, null, model.fit().ratingCount(), model.isRefreshing())
                : new ModelStatus(false, model.fallbackReason(), 0, model.isRefreshing());
    }
}
