package io.traitscore.profile;

import java.util.Objects;

/**
 * One trait of an opening as the profile math needs it; also the projection of the opening's traits.
 *
 * @param key      the trait's key
 * @param name     the trait's name
 * @param weight   its weight in the overall score, 1-3
 * @param mustHave whether a low consensus on it is flagged
 */
public record TraitSetup(String key, String name, int weight, boolean mustHave) {

    public TraitSetup {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
    }
}
